/// A case's review record (`Cases/<case>.review.yaml`, docs/review-format.md): where the case
/// stands with the committee, the decision taken on each finding, and the analyst's recorded
/// judgements on the coding. It is kept beside the case and read with it; the engine matches
/// its decisions to the findings of each run (`ReviewAssessment`).
public struct ReviewRecord: Sendable {
  /// Where a case stands with the committee, in the order it moves through them.
  public enum Status: String, Sendable, CaseIterable {
    /// The analyst's draft, not yet reviewed.
    case draft
    /// Preliminary observations, to be put to the subject for its response.
    case preliminary
    /// Sent to the subject for its response.
    case sentForResponse = "sent_for_response"
    /// The subject's response has been received.
    case responseReceived = "response_received"
    /// The committee has decided on the findings.
    case decided
  }

  /// The id of the case the record reviews.
  public var caseID: String
  /// Where the case stands.
  public var status: Status
  /// When it reached that status, if recorded.
  public var statusDate: PartialDate?
  /// The decision on each finding, in the record's order.
  public var decisions: [ReviewDecision]
  /// The analyst's recorded judgements on the coding, in the record's order.
  public var judgements: [ReviewJudgement]
  /// The record's path as read.
  public var path: String

  /// Creates a record.
  public init(
    caseID: String, status: Status, statusDate: PartialDate? = nil,
    decisions: [ReviewDecision] = [], judgements: [ReviewJudgement] = [], path: String = ""
  ) {
    self.caseID = caseID
    self.status = status
    self.statusDate = statusDate
    self.decisions = decisions
    self.judgements = judgements
    self.path = path
  }

  /// The review record's file beside the case file at `casePath`: `Cases/arcs.yaml` has
  /// `Cases/arcs.review.yaml` (the case file's name without `.yaml` or `.yml`).
  public static func path(besideCase casePath: String) -> String {
    var stem = Substring(casePath)
    for suffix in [".yaml", ".yml"] where stem.hasSuffix(suffix) {
      stem = stem.dropLast(suffix.count)
      break
    }
    return stem + ".review.yaml"
  }

  /// True when the record declines `tag` for the act `action`.
  public func declines(_ tag: String, for action: String) -> Bool {
    judgements.contains { $0.action == action && $0.tag == tag && $0.judgement == .declined }
  }
}
