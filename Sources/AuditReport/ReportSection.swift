/// The parts of a report, each written by the layout under its own heading. Rearranging a
/// report is rearranging `full` or `abridged`; a part's heading, anchor and whether it starts
/// a printed page are said here once, for the layout and its table of contents alike.
enum ReportSection: Sendable, CaseIterable {
  case title, summary, result, limits, standards, findings, dismissed, orphanedDecisions
  case background, patterns, context
  case replies, outcomes
  case unmatchedActions, chronology, sources, method
  /// Parts of the abridged report only.
  case shownNote, tallies, leftOut

  /// The report of a case whose findings are all shown.
  static let full: [ReportSection] = [
    .title, .summary, .result, .limits, .standards, .findings, .dismissed, .orphanedDecisions,
    .background, .patterns, .context, .replies,
    .outcomes,
    .unmatchedActions, .chronology, .sources, .method,
  ]

  /// The report of a case with more findings than a committee can read
  /// (`MarkdownReport.findingLimit`): every part it shows is bounded, whatever the case's size.
  static let abridged: [ReportSection] = [
    .title, .summary, .result, .shownNote, .tallies, .standards, .findings, .dismissed,
    .orphanedDecisions, .patterns, .replies,
    .leftOut,
    .sources, .method,
  ]

  /// The heading's level, its text and its anchor; nil for a part without a heading of its own.
  var heading: (level: Int, title: String, anchor: String)? {
    switch self {
    case .title, .summary, .shownNote: nil
    case .result: (2, "Result", "result")
    case .limits: (2, "Limits of the evidence", "limits")
    case .standards: (2, "Standards", "standards")
    case .findings: (2, "Findings", "findings")
    case .dismissed: (2, "Dismissed findings", "dismissed-findings")
    case .orphanedDecisions: (2, "Decisions about findings no longer made", "orphaned-decisions")
    case .background: (2, "Background", "background")
    case .patterns: (2, "Patterns", "patterns")
    case .context: (2, "Context", "context")
    case .replies: (2, "Right of reply", "right-of-reply")
    case .outcomes: (2, "Rules with no match, and undecided rules", "rules-with-no-match")
    case .unmatchedActions: (2, "Acts no rule matched", "acts-no-rule-matched")
    case .chronology: (2, "Chronology", "chronology")
    case .sources: (2, "Sources and method", "sources")
    case .method: (3, "Method", "method")
    case .tallies: (2, "Findings by principle and by rule", "findings-by-principle")
    case .leftOut: (2, "Left to the JSON report", "left-to-the-json-report")
    }
  }

  /// True for a part a printed report starts on a new page: the findings, and the reference
  /// parts after them (the rules with no match, then the sources and method).
  var startsPage: Bool {
    switch self {
    case .findings, .outcomes, .sources: true
    default: false
    }
  }
}
