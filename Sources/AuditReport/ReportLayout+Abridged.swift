import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Parts of the abridged report

  /// How many findings are shown, and where the rest are.
  func shownNote<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph([
      .text(
        "This report shows the \(contents.shownFindings.count) most severe of "
          + "\(contents.findings.count) findings. The JSON report of the same run ("),
      .code("--format json"), .text(") holds every finding, hit and act."),
    ])
  }

  /// Findings per principle and per rule, over every finding, shown or not.
  func tallies<W: DocumentWriter>(_ writer: inout W) {
    writer.table(
      ["Principle", "Findings"],
      rows: contents.counts.byPrinciple.map { [[.text($0.name)], [.text("\($0.findings)")]] })
    var findings: [String: Int] = [:]
    var hits: [String: Int] = [:]
    for finding in contents.findings {
      for rule in Set(finding.hits.map(\.rule)) { findings[rule, default: 0] += 1 }
      for hit in finding.hits { hits[hit.rule, default: 0] += 1 }
    }
    for pattern in contents.assessment.patterns { hits[pattern.hit.rule, default: 0] += 1 }
    for hit in contents.assessment.context { hits[hit.rule, default: 0] += 1 }
    writer.paragraph(
      "A hit is one rule matching one act (or one window of acts, or one person); a finding "
        + "counts each episode once, with every rule it engages; context hits are the acts of "
        + "others.")
    writer.table(
      ["Rule", "Title", "Judged by", "Severity", "Findings", "Hits"],
      rows: contents.rules.filter { hits[$0.id] != nil }.map { rule in
        [
          [.text(rule.id)], [.text(rule.title)], [.text(contents.basisName(rule.basis))],
          [.severity(rule.severity.rawValue)], [.text("\(findings[rule.id] ?? 0)")],
          [.text("\(hits[rule.id] ?? 0)")],
        ]
      })
  }

  /// What the abridged report leaves to the JSON report, counted.
  func leftOut<W: DocumentWriter>(_ writer: inout W) {
    let counts = contents.counts
    let hidden = contents.findings.count - contents.shownFindings.count
    let items = [
      "\(ReportCounts.count(hidden, "finding")) after the \(contents.shownFindings.count) shown",
      "\(ReportCounts.count(counts.context, "context hit")) on the acts of others",
      "\(ReportCounts.count(counts.quietRules, "rule")) with no recorded act matched",
      "\(ReportCounts.count(counts.undecided, "undecided evaluation")) for lack of data",
      "\(ReportCounts.count(counts.unmatchedActions, "act")) no rule matched",
      "the limits of the evidence, act by act (translations, capacities inferred, findings "
        + "resting on analysis, quotes not verified)",
      "the chronology of all \(ReportCounts.count(contents.actions.count, "act"))",
      "the \(ReportCounts.count(contents.sources.count, "source")) of the case, "
        + "\(contents.shownCitedSources.count) of them quoted here",
    ]
    writer.paragraph("Too long to read here, and held by the JSON report of the same run:")
    writer.list(items.map { ListItem(text: [.text($0)]) })
  }
}
