import AuditCore

/// The diff as Markdown, for a committee's file: a section per status, a heading per finding,
/// its reasons as a list. Text from the reports is escaped as in the report (`ReportText`).
extension ReportDiff {
  /// The Markdown diff, ending with a new line.
  public func markdown() -> String {
    var blocks = [
      "# What changed: \(ReportText.inline(new.caseTitle))",
      "Case \(ReportText.code(new.caseID)), from \(side(old)) to \(side(new)): \(tally()).",
    ]
    let headings: [Status: String] = [
      .new: "New findings", .changed: "Changed findings", .gone: "Gone findings",
    ]
    for status in Status.allCases {
      let group = entries.filter { $0.status == status }
      guard !group.isEmpty else { continue }
      blocks.append("## \(headings[status]!)")
      for entry in group { blocks += section(entry) }
    }
    if !unchanged.isEmpty {
      blocks.append("## Unchanged findings")
      blocks.append(
        unchanged.map { "\($0.number). \(ReportText.code($0.id))" }.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func section(_ entry: Entry) -> [String] {
    let finding = entry.finding
    var heading =
      "### " + (entry.status == .gone ? "Was \(finding.number). " : "\(finding.number). ")
    heading += ReportText.inline(finding.title)
    if entry.status == .changed, let before = entry.before, before.number != finding.number {
      heading += " (was \(before.number))"
    }
    let facts =
      "\(ReportText.code(finding.id)) · \(ReportText.inline(finding.severity)) · "
      + ReportText.inline(finding.strength)
    let reasons = entry.changes.map { "- " + ReportText.inline($0.text) }
    return [heading, facts, reasons.joined(separator: "\n")]
  }

  private func side(_ report: ReportSnapshot) -> String {
    ReportText.code(report.path) + " (\(ReportText.inline(report.schema)), "
      + Counted.phrase(report.findings.count, "finding") + ")"
  }
}
