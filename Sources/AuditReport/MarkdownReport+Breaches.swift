import AuditCore
import AuditEngine

extension MarkdownReport {
  /// Under a rule of a finding: the provisions its hits breach that were in force on the acts'
  /// dates (once in the report; later findings point back), and the circumstance that set the
  /// severity, if one did.
  func breachLines(
    _ rule: String, _ finding: Finding, _ number: Int, _ contents: ReportContents,
    _ memory: MarkdownMemory
  ) -> [String] {
    var lines: [String] = []
    let names = contents.breachesInForce(rule, in: finding)
    let key = names.joined(separator: "\u{0}")
    if !names.isEmpty, let earlier = memory.listedBreaches[key], earlier != number {
      lines.append("    - Breaches the texts in force listed under Finding \(earlier).")
    } else if !names.isEmpty {
      memory.listedBreaches[key] = number
      lines.append(
        "    - Breaches, in the texts in force on the act's date: "
          + names.map(ReportText.inline).joined(separator: "; ") + ".")
    }
    if let (level, because) = contents.severityReason(rule, in: finding) {
      lines.append("    - Severity " + level.rawValue + ": " + ReportText.inline(because) + ".")
    }
    return lines
  }
}
