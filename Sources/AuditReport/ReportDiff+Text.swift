import AuditCore

/// The diff for a terminal: a line per finding, its reasons indented below. Every text from
/// the reports is shown on one line with its control and bidi characters made visible.
extension ReportDiff {
  /// The plain-text diff, ending with a new line.
  public func text() -> String {
    var lines = [
      "What changed in \(ReportText.terminal(new.caseID)): "
        + "\(ReportText.terminal(new.caseTitle))",
      "  from \(side(old))",
      "  to   \(side(new))",
      "  " + tally() + ".",
    ]
    for entry in entries {
      let finding = entry.finding
      let label = entry.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
      var heading = "\(label) "
      heading += entry.status == .gone ? "(was \(finding.number)) " : "\(finding.number). "
      heading +=
        ReportText.terminal(finding.id) + ": " + ReportText.terminal(finding.title)
        + " [\(ReportText.terminal(finding.severity)), \(ReportText.terminal(finding.strength))]"
      if entry.status == .changed, let before = entry.before, before.number != finding.number {
        heading += " (was \(before.number))"
      }
      lines.append(heading)
      lines += entry.changes.map { "         - " + ReportText.terminal($0.text) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "3 new, 1 changed, 0 gone, 5 unchanged".
  func tally() -> String {
    Status.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
      + ", \(unchanged.count) unchanged"
  }

  private func side(_ report: ReportSnapshot) -> String {
    ReportText.terminal(report.path) + " (\(ReportText.terminal(report.schema)), "
      + Counted.phrase(report.findings.count, "finding") + ")"
  }
}
