/// A right-of-reply record: whether an organisation asked for comment answered.
public struct Response: Hashable, Sendable {
  /// What came of the request.
  public enum Outcome: String, CaseIterable, Sendable {
    case noResponse = "no_response"
    case declined
    case responded
  }

  /// The id of the organisation or person asked.
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
