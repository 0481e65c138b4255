import AuditCore
import AuditEngine

extension MarkdownReport {
  /// The most findings a Markdown report shows in full; past it the report is abridged.
  static let findingLimit = 200

  /// The report of a case with more findings than a committee can read: the result table and
  /// the findings for the `findingLimit` most severe, the count of findings per principle and
  /// per rule, the standards, patterns, replies, and sources and method; what is left out is
  /// counted and left to the JSON report, which holds everything. Every part it shows is
  /// bounded by the limit or by the rules, so its length does not grow with the case.
  func abridged(
    _ contents: ReportContents, _ memory: MarkdownMemory, _ document: inout MarkdownDocument
  ) {
    document.part(header(contents))
    document.part(result(contents))
    document.part(shownNote(contents))
    document.part(tallies(contents))
    document.part(standards(contents))
    document.part(findingsSection(contents, memory))
    document.part(patterns(contents))
    document.part(replies(contents, memory))
    document.part(leftOut(contents))
    document.part(sourcesSection(contents))
    document.part(method(contents))
  }

  private func shownNote(_ contents: ReportContents) -> String {
    "This report shows the \(contents.shownFindings.count) most severe of "
      + "\(contents.findings.count) findings. The JSON report of the same run (`--format json`) "
      + "holds every finding, hit and act."
  }

  /// Findings per principle and per rule, over every finding, shown or not.
  func tallies(_ contents: ReportContents) -> String {
    var blocks = ["## Findings by principle and by rule"]
    var principles = MarkdownTable(["Principle", "Findings"])
    for principle in contents.counts.byPrinciple {
      principles.append([ReportText.inline(principle.name), "\(principle.findings)"])
    }
    blocks.append(principles.render())
    var findings: [String: Int] = [:]
    var hits: [String: Int] = [:]
    for finding in contents.findings {
      for rule in Set(finding.hits.map(\.rule)) { findings[rule, default: 0] += 1 }
      for hit in finding.hits { hits[hit.rule, default: 0] += 1 }
    }
    for pattern in contents.assessment.patterns { hits[pattern.hit.rule, default: 0] += 1 }
    for hit in contents.assessment.context { hits[hit.rule, default: 0] += 1 }
    var rules = MarkdownTable(["Rule", "Title", "Judged by", "Severity", "Findings", "Hits"])
    for rule in contents.rules where hits[rule.id] != nil {
      rules.append([
        ReportText.inline(rule.id), ReportText.inline(rule.title),
        ReportText.inline(contents.basisName(rule.basis)), rule.severity.rawValue,
        "\(findings[rule.id] ?? 0)", "\(hits[rule.id] ?? 0)",
      ])
    }
    blocks.append(
      "A hit is one rule matching one act (or one window of acts, or one person); a finding "
        + "counts each episode once, with every rule it engages; context hits are the acts of "
        + "others.")
    blocks.append(rules.render())
    return blocks.joined(separator: "\n\n")
  }

  /// What the abridged report leaves to the JSON report, counted.
  private func leftOut(_ contents: ReportContents) -> String {
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
    return "## Left to the JSON report\n\n"
      + "Too long to read here, and held by the JSON report of the same run:\n\n"
      + items.map { "- " + $0 }.joined(separator: "\n")
  }
}
