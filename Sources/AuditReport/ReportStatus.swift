import AuditCore

/// Where the case stands in the committee's procedure, as the report's first line says it.
enum ReportStatus {
  /// The status line, from the case's review record (`ReviewWording`): a case with no record
  /// is the analyst's draft, on which the subject has not been heard.
  static func line(_ contents: ReportContents) -> String {
    ReviewWording.statusSentence(
      contents.review, subjectName: contents.name(of: contents.audit.subject),
      findings: contents.findings)
  }
}
