/// The parts of a report, each written by the layout under its own heading. The report is a
/// decision paper: a front a committee reads first (status, summary, findings at a glance, the
/// subject's position, the questions to settle, the measures recommended), the findings, then
/// the audit trail in annexes. Rearranging a report is rearranging `full` or `abridged`; a
/// part's heading, anchor and whether it starts a printed page are said here once, for the
/// layout and its table of contents alike.
enum ReportSection: Sendable, CaseIterable {
  case title, summary, result, position, questions, measures
  case findings, background, patterns, dismissed, orphanedDecisions
  case standards, context, outcomes, unmatchedActions, chronology, sources, limits, judgements
  case method
  /// Parts of the abridged report only.
  case shownNote, tallies, leftOut

  /// The report of a case whose findings are all shown.
  static let full: [ReportSection] = [
    .title, .summary, .result, .position, .questions, .measures,
    .findings, .background, .patterns, .dismissed, .orphanedDecisions,
    .standards, .context, .outcomes, .unmatchedActions, .chronology, .sources, .limits,
    .judgements, .method,
  ]

  /// The report of a case with more findings than a committee can read
  /// (`MarkdownReport.findingLimit`): every part it shows is bounded, whatever the case's size.
  static let abridged: [ReportSection] = [
    .title, .summary, .result, .shownNote, .position, .questions, .measures,
    .findings, .patterns, .dismissed, .orphanedDecisions, .tallies, .standards, .leftOut, .sources,
    .judgements, .method,
  ]

  /// The heading's level, its text and its anchor; nil for a part without a heading of its own.
  var heading: (level: Int, title: String, anchor: String)? {
    switch self {
    case .title, .shownNote: nil
    case .summary: (2, "Summary", "summary")
    case .result: (2, "Findings at a glance", "at-a-glance")
    case .position: (2, "The subject's stated position", "position")
    case .questions: (2, "Questions for the committee", "questions")
    case .measures: (2, "Recommended measures", "measures")
    case .findings: (2, "Findings", "findings")
    case .dismissed: (2, "Dismissed findings", "dismissed-findings")
    case .orphanedDecisions: (2, "Decisions about findings no longer made", "orphaned-decisions")
    case .background: (2, "Background", "background")
    case .patterns: (2, "Patterns across findings", "patterns")
    case .standards: (2, "Annex A. Texts cited", "annex-a")
    case .context: (2, "Annex B. Conduct of others", "annex-b")
    case .outcomes: (2, "Annex C. Rules with no match, and undecided rules", "annex-c")
    case .unmatchedActions: (2, "Annex D. Acts of the subject no rule matched", "annex-d")
    case .chronology: (2, "Annex E. Chronology", "annex-e")
    case .sources: (2, "Annex F. Sources and method", "annex-f")
    case .limits: (3, "Limits of the evidence", "limits")
    case .judgements: (3, "Judgements on the coding", "judgements")
    case .method: (3, "Method", "method")
    case .tallies: (2, "Findings by principle and by rule", "findings-by-principle")
    case .leftOut: (2, "Left to the JSON report", "left-to-the-json-report")
    }
  }

  /// True for a part a printed report starts on a new page: the findings, and the first
  /// annex (the annexes follow one another).
  var startsPage: Bool {
    switch self {
    case .findings, .standards: true
    default: false
    }
  }
}
