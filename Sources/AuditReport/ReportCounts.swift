import AuditCore
import AuditEngine

/// The numbers a report states about one case, computed once so that every renderer (terminal,
/// Markdown, JSON, index) says the same.
struct ReportCounts: Sendable, Hashable {
  /// Findings (episodes) about the subject.
  let findings: Int
  /// Findings per severity, highest first, zeros left out.
  let bySeverity: [(Severity, Int)]
  /// Findings engaging each principle, in the catalogue's order (principles engaged only).
  let byPrinciple: [(id: String, name: String, findings: Int)]
  /// Pattern hits about the subject.
  let patterns: Int
  /// Rule hits behind the findings and patterns.
  let hits: Int
  /// Context hits: acts of others under standards, and hits about other organisations.
  let context: Int
  /// Rules evaluated (shown).
  let rules: Int
  /// Rules that hit nothing.
  let quietRules: Int
  /// Rule-and-act pairs left undecided for lack of data.
  let undecided: Int
  /// Acts no rule cited.
  let unmatchedActions: Int

  init(_ contents: ReportContents) {
    let findings = contents.findings
    self.findings = findings.count
    bySeverity = Severity.allCases.reversed().compactMap { severity in
      let n = findings.filter { $0.severity == severity }.count
      return n == 0 ? nil : (severity, n)
    }
    byPrinciple = contents.engagedPrinciples.map { principle in
      let n = findings.filter { $0.engagements.contains { $0.principle == principle.id } }.count
      return (principle.id, principle.name, n)
    }
    patterns = contents.assessment.patterns.count
    hits = findings.reduce(0) { $0 + $1.hits.count } + patterns
    context = contents.assessment.context.count
    rules = contents.rules.count
    quietRules = contents.quietOutcomes.count
    undecided = contents.undecided.count
    unmatchedActions = contents.unmatchedActions.count
  }

  static func == (a: ReportCounts, b: ReportCounts) -> Bool {
    a.findings == b.findings && a.patterns == b.patterns && a.hits == b.hits
      && a.context == b.context && a.rules == b.rules && a.quietRules == b.quietRules
      && a.undecided == b.undecided && a.unmatchedActions == b.unmatchedActions
      && a.bySeverity.map(\.1) == b.bySeverity.map(\.1)
      && a.byPrinciple.map(\.findings) == b.byPrinciple.map(\.findings)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(findings) }

  /// The result in one plain sentence (no Markdown): the same words in every output.
  /// The findings by severity and the patterns, for the front: no engine counts.
  var shortSentence: String {
    var text = Self.count(findings, "finding")
    if !bySeverity.isEmpty {
      text += " (" + bySeverity.map { "\($1) \($0.rawValue)" }.joined(separator: ", ") + ")"
    }
    if patterns > 0 { text += "; " + Self.count(patterns, "pattern") + " across findings" }
    return text + "."
  }

  /// Every count of the run, for the method annex and the terminal.
  var sentence: String {
    var text = Self.count(findings, "finding") + " about the subject"
    if !bySeverity.isEmpty {
      text += " (" + bySeverity.map { "\($1) \($0.rawValue)" }.joined(separator: ", ") + ")"
    }
    if !byPrinciple.isEmpty {
      text +=
        ", engaging " + byPrinciple.map { "\($0.name) in \($0.findings)" }.joined(separator: ", ")
    }
    text += "; \(Self.count(patterns, "pattern")) across findings"
    text += "; \(Self.count(context, "context hit")) on the acts of others"
    text += "; \(Self.count(rules, "rule")) evaluated, \(quietRules) with no recorded act matched"
    text += "; \(Self.count(undecided, "undecided evaluation")) for lack of data"
    text += "; \(Self.count(unmatchedActions, "act")) no rule matched."
    return text
  }

  /// `1 finding`, `3 findings`, `2 people`.
  static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
    Counted.phrase(n, singular, plural: plural)
  }
}
