import AuditCore
import AuditEngine

extension MarkdownReport {
  // MARK: - 5b. Background

  /// The subject's acts that rules matched but that are not findings: outside the case's
  /// period, or before the norms the rules rest on took effect. Never numbered; no pattern
  /// counts them.
  func backgroundSection(_ contents: ReportContents) -> String {
    guard !contents.assessment.background.isEmpty else { return "" }
    var blocks = ["## Background", ReportText.inline(contents.backgroundIntroduction)]
    for finding in contents.assessment.background {
      var lines = ["### " + ReportText.inline(finding.title)]
      for id in finding.actions {
        guard let action = contents.action(id) else { continue }
        lines.append(actLine(action, contents))
      }
      lines.append(ReportText.inline(contents.backgroundReason(finding)))
      blocks.append(lines.joined(separator: "\n\n"))
    }
    return blocks.joined(separator: "\n\n")
  }
}
