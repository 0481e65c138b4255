/// A reply of the case's subject: its answer (or its silence) to a request for comment, or a
/// public statement answering an allegation or a decision, at any date, on any channel.
///
/// Only the subject's reply (or its absence) is a response; what third parties said is a
/// source or an act. No rule ever evaluates a reply: it is shown beside what it answers.
public struct Response: Hashable, Sendable {
  /// What came of the request.
  public enum Outcome: String, CaseIterable, Sendable {
    case noResponse = "no_response"
    case declined
    case responded
  }

  /// What a reply answers: acts (an allegation, a decision, each recorded as an act) and
  /// episodes (the findings they become), by id.
  public struct Answered: Hashable, Sendable {
    /// The ids of the acts answered: another's allegation or decision, or the subject's own
    /// act that a reply defends.
    public var actions: [String]
    /// The ids of the episodes answered.
    public var episodes: [String]

    /// Creates what a reply answers.
    public init(actions: [String] = [], episodes: [String] = []) {
      self.actions = actions
      self.episodes = episodes
    }
  }

  /// The id of the organisation that replied (or was asked): the case's subject.
  public var by: String
  /// What the reply answers; nil for a reply to a request for comment on the case as a whole.
  public var to: Answered?
  /// When comment was asked for, if it was.
  public var requested: PartialDate?
  /// When the reply was given, as precisely as the source says.
  public var date: PartialDate?
  /// Free text: "statement relayed by the press", "email to OCCRP".
  public var channel: String?
  /// Whether and how the subject replied.
  public var outcome: Outcome
  /// The reply, in the analyst's words or quoted.
  public var text: String?
  /// The evidence of the reply (or of its absence).
  public var evidence: [Evidence]
  /// Where the response stands in the case file.
  public var location: SourceLocation?

  /// Creates a response record.
  public init(
    by: String, to: Answered? = nil, requested: PartialDate? = nil, date: PartialDate? = nil,
    channel: String? = nil, outcome: Outcome, text: String? = nil, evidence: [Evidence] = [],
    location: SourceLocation? = nil
  ) {
    self.by = by
    self.to = to
    self.requested = requested
    self.date = date
    self.channel = channel
    self.outcome = outcome
    self.text = text
    self.evidence = evidence
    self.location = location
  }

  /// True when the reply answers the act or the episode with one of these ids.
  public func answers(actions: some Sequence<String>, episode: String?) -> Bool {
    guard let to else { return false }
    if let episode, to.episodes.contains(episode) { return true }
    return actions.contains { to.actions.contains($0) }
  }
}
