import AuditCore

/// Where the case stands in the committee's procedure, as the report's first line says it.
enum ReportStatus {
  /// The status line: a case with no review record is the analyst's preliminary reading, on
  /// which the subject has not been heard.
  static func line(_ contents: ReportContents) -> String {
    let subject = contents.name(of: contents.audit.subject)
    return "Preliminary observations, not yet reviewed: " + subject + " has not been heard."
  }
}
