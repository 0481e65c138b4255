import AuditCore

/// A case's review record matched to the findings of one run: each finding's decision, found
/// by the finding's id; whether the finding's basis changed since it was decided (its
/// fingerprint differs from the one recorded: the decision is kept but flagged, as an expired
/// waiver is); the decisions that match no finding of this run (kept and reported, never
/// dropped); and the judgements the case's coding no longer agrees with.
///
/// Pure: it reads no clock and no file. Without a record, the case is a draft and every
/// finding open.
public struct ReviewAssessment: Sendable {
  /// Where one finding stands with the committee.
  public enum Standing: Sendable, Hashable {
    /// Not decided: no entry in the record, or an entry `open`.
    case open(ReviewDecision?)
    /// Decided, on the basis the finding still has.
    case decided(ReviewDecision)
    /// Decided on a basis that has changed since: the decision is kept, flagged.
    case changed(ReviewDecision)

    /// The decision recorded, if any.
    public var decision: ReviewDecision? {
      switch self {
      case .open(let decision): decision
      case .decided(let decision), .changed(let decision): decision
      }
    }

    /// The verdict: `open` when nothing is recorded.
    public var verdict: ReviewDecision.Verdict { decision?.verdict ?? .open }

    /// True when the finding's basis changed since it was decided.
    public var isChanged: Bool { if case .changed = self { true } else { false } }

    /// True when the finding stands dismissed on its present basis: it leaves the findings
    /// for the list of dismissed findings, and `--fail-on` does not count it.
    public var isDismissed: Bool {
      if case .decided(let decision) = self { decision.verdict == .dismissed } else { false }
    }
  }

  /// The record matched, if one was read.
  public let record: ReviewRecord?
  /// Each finding's standing, by finding id.
  private let standings: [String: Standing]
  /// Decisions whose finding this run does not make, in the record's order.
  public let orphanedDecisions: [ReviewDecision]
  /// Findings the record does not list, by id, in the findings' order: open.
  public let unlisted: [String]
  /// Judgements the case's coding disagrees with: a declined tag the act now carries, or an
  /// applied one it no longer does.
  public let contradictedJudgements: [ReviewJudgement]

  /// Matches `record` to `findings` (the run's findings about the subject), whose acts are
  /// those of `audit`.
  public init(record: ReviewRecord?, findings: [Finding], audit: AuditCase) {
    self.record = record
    var byID: [String: ReviewDecision] = [:]
    for decision in record?.decisions ?? [] where byID[decision.finding] == nil {
      byID[decision.finding] = decision
    }
    var standings: [String: Standing] = [:]
    var unlisted: [String] = []
    for finding in findings {
      guard let decision = byID[finding.id] else {
        standings[finding.id] = .open(nil)
        if record != nil { unlisted.append(finding.id) }
        continue
      }
      if decision.verdict == .open {
        standings[finding.id] = .open(decision)
      } else if decision.fingerprint != finding.fingerprint {
        standings[finding.id] = .changed(decision)
      } else {
        standings[finding.id] = .decided(decision)
      }
    }
    self.standings = standings
    self.unlisted = unlisted
    orphanedDecisions = (record?.decisions ?? []).filter { standings[$0.finding] == nil }
    let judgements = record?.judgements ?? []
    // The tags of the judged acts alone (the first act with an id wins), read by position: a
    // dictionary of every act's tags, grown one act at a time from copies of each, was most
    // of the assessment of a large case with no judgement at all.
    var tagsByAction: [String: [String]] = [:]
    if !judgements.isEmpty {
      let judged = Set(judgements.map(\.action))
      tagsByAction.reserveCapacity(judged.count)
      let acts = audit.actions
      for position in acts.indices {
        let id = acts[position].id
        if judged.contains(id), tagsByAction[id] == nil { tagsByAction[id] = acts[position].tags }
      }
    }
    contradictedJudgements = judgements.filter { judgement in
      let tagged = tagsByAction[judgement.action]?.contains(judgement.tag) ?? false
      return tagged != (judgement.judgement == .applied)
    }
  }

  /// Where the case stands: the record's status, or `draft` without one.
  public var status: ReviewRecord.Status { record?.status ?? .draft }

  /// The standing of the finding `id` (open when the run did not assess it).
  public func standing(of id: String) -> Standing { standings[id] ?? .open(nil) }

  /// True when the finding `id` stands dismissed on its present basis.
  public func isDismissed(_ id: String) -> Bool { standing(of: id).isDismissed }

  /// The record's warnings for this run, located at the record's entries: each finding
  /// whose basis changed since it was decided, each decision that matches no finding, each
  /// judgement the coding disagrees with. `findings` gives the current fingerprints.
  public func warnings(_ findings: [Finding]) -> [Diagnostic] {
    guard record != nil else { return [] }
    var warnings: [Diagnostic] = []
    for finding in findings {
      guard case .changed(let decision) = standing(of: finding.id) else { continue }
      warnings.append(
        .warning(
          .reviewChanged,
          "finding '\(finding.id)' has changed since it was decided on \(Self.day(decision)) (\(decision.verdict.rawValue)): its acts, rules or cited evidence are not those decided on (fingerprint \(decision.fingerprint), now \(finding.fingerprint)); the decision is kept, flagged, until it is taken again",
          at: decision.location))
    }
    for decision in orphanedDecisions {
      warnings.append(
        .warning(
          .reviewOrphan,
          "the decision on '\(decision.finding)' (\(decision.verdict.rawValue)\(decision.date.map { " on \($0)" } ?? "")) matches no finding of this run: the case no longer makes that finding; the decision is kept and listed in the report",
          at: decision.location))
    }
    for judgement in contradictedJudgements {
      let message =
        judgement.judgement == .declined
        ? "act '\(judgement.action)' is tagged \(judgement.tag), which the review record declines for it: the coding and the recorded judgement disagree"
        : "act '\(judgement.action)' is not tagged \(judgement.tag), which the review record applies to it: the coding and the recorded judgement disagree"
      warnings.append(.warning(.reviewJudgement, message, at: judgement.location))
    }
    return warnings
  }

  private static func day(_ decision: ReviewDecision) -> String {
    decision.date?.description ?? "an unrecorded date"
  }
}
