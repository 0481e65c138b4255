/// A right-of-reply record: whether the case's subject, asked for comment, answered.
///
/// Only the subject's reply (or its absence) is a response; what third parties said is a
/// source or an act.
public struct Response: Hashable, Sendable {
  /// What came of the request.
  public enum Outcome: String, CaseIterable, Sendable {
    case noResponse = "no_response"
    case declined
    case responded
  }

  /// The id of the organisation asked: the case's subject.
  public var to: String
  public var requested: PartialDate?
  public var outcome: Outcome
  public var text: String?
  public var evidence: [Evidence]
  public var location: SourceLocation?

  /// Creates a response record.
  public init(
    to: String, requested: PartialDate? = nil, outcome: Outcome, text: String? = nil,
    evidence: [Evidence] = [], location: SourceLocation? = nil
  ) {
    self.to = to
    self.requested = requested
    self.outcome = outcome
    self.text = text
    self.evidence = evidence
    self.location = location
  }
}
