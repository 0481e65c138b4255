import AuditCore
import AuditEngine

/// What a report says of the case's review record, in words: the status line under the title,
/// each finding's decision under its heading, a dismissed finding's entry and a decision that
/// matches no finding. Pure functions of the review and the subject's name, returning text
/// spans, so that any layout can place them (docs/review-format.md).
enum ReviewWording {
  /// The subject as the sentences name it: "the Azerbaijan Red Crescent Society" (a name that
  /// starts with "The" keeps its own article).
  static func subject(_ name: String) -> String {
    name.lowercased().hasPrefix("the ") ? "the " + name.dropFirst(4) : "the " + name
  }

  /// The status line as one sentence: where the case stands with the committee, from the
  /// review record (a draft when there is none).
  static func statusSentence(_ review: ReviewAssessment, subjectName: String, findings: [Finding])
    -> String
  {
    let subject = Self.subject(subjectName)
    let on = review.record?.statusDate.map { " on " + DateWording.name($0) } ?? ""
    let of = review.record?.statusDate.map { " of " + DateWording.name($0) } ?? ""
    switch review.status {
    case .draft:
      return "Draft by the analyst\(of): not yet reviewed; \(subject) has not been heard."
    case .preliminary:
      return
        "Preliminary observations\(of), for the response of \(subject): it has not yet been heard."
    case .sentForResponse:
      return "Sent to \(subject) for its response\(on); no response yet."
    case .responseReceived:
      return "The response of \(subject) was received\(on); the findings are not yet decided."
    case .decided:
      return "Decided\(on): " + tally(review, findings) + "."
    }
  }

  /// "2 findings upheld, 1 dismissed, 1 still open; 1 changed since decided".
  static func tally(_ review: ReviewAssessment, _ findings: [Finding]) -> String {
    let standings = findings.map { review.standing(of: $0.id) }
    var parts: [String] = []
    for verdict in [ReviewDecision.Verdict.upheld, .dismissed, .referred] {
      let count = standings.filter { !$0.isChanged && $0.verdict == verdict }.count
      guard count > 0 else { continue }
      parts.append(
        (parts.isEmpty ? Counted.phrase(count, "finding") + " " : "\(count) ") + verdict.rawValue)
    }
    let open = standings.filter { $0.verdict == .open }.count
    if open > 0 {
      parts.append(
        (parts.isEmpty ? Counted.phrase(open, "finding") + " " : "\(open) ") + "still open")
    }
    var text = parts.isEmpty ? "no finding" : parts.joined(separator: ", ")
    let changed = standings.filter(\.isChanged).count
    if changed > 0 { text += "; \(changed) changed since decided, to be decided again" }
    return text
  }

  /// "upheld by the committee on 7 December 2026 — the reason": a decision in words, with no
  /// full stop of its own at the end.
  static func decisionPhrase(_ decision: ReviewDecision) -> String {
    var text = decision.verdict.rawValue
    if let by = decision.decidedBy { text += " by " + SourceText.oneLine(by) }
    if let date = decision.date { text += " on " + DateWording.name(date) }
    if let reason = decision.reason {
      var reason = SourceText.oneLine(reason)
      while reason.hasSuffix(".") { reason.removeLast() }
      text += " — " + reason
    }
    return text
  }

  /// `text` ended as a sentence: a full stop unless it ends with one, or with ? or !.
  static func sentence(_ text: String) -> String {
    text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!") ? text : text + "."
  }

  /// A finding's standing, as the line under its heading.
  static func standingLine(_ standing: ReviewAssessment.Standing) -> [InlineSpan] {
    switch standing {
    case .open(let decision):
      let reason = decision?.reason.map { " — " + SourceText.oneLine($0) } ?? ""
      return [.strong("Decision:"), .text(" " + sentence("open, not yet decided" + reason))]
    case .decided(let decision):
      return [.strong("Decision:"), .text(" " + sentence(decisionPhrase(decision)))]
    case .changed(let decision):
      let day = decision.date.map(DateWording.name) ?? "an unrecorded date"
      return [
        .strong("Changed since decided on \(day):"),
        .text(
          " " + decisionPhrase(decision)
            + "; the acts, rules or evidence the finding rests on have changed since, so the decision is to be taken again."
        ),
      ]
    }
  }

  /// An open finding's standing as the head of its facts line: "Decision: open" (with the
  /// record's note, if any).
  static func openFact(_ standing: ReviewAssessment.Standing) -> [InlineSpan] {
    let note = standing.decision?.reason.map { " (" + SourceText.oneLine($0) + ")" } ?? ""
    return [.strong("Decision:"), .text(" open" + note)]
  }

  /// The standing in plain words, for the terminal: "dismissed", "changed since decided on
  /// 2026-12-01"; nil for an open finding.
  static func terminalNote(_ standing: ReviewAssessment.Standing) -> String? {
    switch standing {
    case .open: nil
    case .decided(let decision): decision.verdict.rawValue
    case .changed(let decision):
      "changed since decided on " + (decision.date?.description ?? "an unrecorded date")
    }
  }

  /// The line introducing the dismissed findings.
  static let dismissedIntroduction =
    "Findings the committee dismissed, each with its reason, on the basis they still have: should that basis change, the finding returns among the findings."

  /// The findings part when every finding shown is dismissed.
  static let allDismissed = "None stands: every finding is dismissed (see Dismissed findings)."

  /// The line introducing the decisions that match no finding of this run.
  static let orphanIntroduction =
    "Decisions recorded in the review record about findings this run no longer makes (the acts, evidence or rules changed): kept, not dropped."

  /// One decision matching no finding: what it was about (`name`, the episode's title, the
  /// person's name or the act's summary when the case still has it) and what was decided.
  static func orphanLine(_ decision: ReviewDecision, name: String?) -> [InlineSpan] {
    var text =
      name.map { SourceText.oneLine($0) + " (" + decision.finding + ")" } ?? decision.finding
    text += ": " + sentence(decisionPhrase(decision))
    return [.text(text)]
  }
}
