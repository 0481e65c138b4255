/// One recorded act (a statement, a tweet, an award …) with its evidence.
public struct Action: Hashable, Sendable {
  public var id: String
  /// As precise as the source gives it: a partial date or a range ("some day in it").
  public var date: DateRange
  /// Where the source places the act when it gives no date.
  public var dateNote: String?
  /// The id of the person or organisation who acted.
  public var actor: String
  /// The organisation the act is attributed to, when stated.
  public var onBehalfOf: String?
  /// Whether the source states the capacity the actor acted in, or the analyst inferred it.
  public var capacity: Capacity?
  /// A term of the `action_types` vocabulary.
  public var type: String
  public var channel: String?
  /// The analyst's summary.
  public var summary: String
  /// The actor's own words, if quoted.
  public var quote: String?
  /// Ids of the people or organisations the act is aimed at.
  public var targets: [String]
  /// Terms of the `tags` vocabulary.
  public var tags: [String]
  public var evidence: [Evidence]
  public var location: SourceLocation?

  /// Creates an act.
  public init(
    id: String, date: DateRange, dateNote: String? = nil, actor: String,
    onBehalfOf: String? = nil, capacity: Capacity? = nil, type: String,
    channel: String? = nil, summary: String, quote: String? = nil, targets: [String] = [],
    tags: [String] = [], evidence: [Evidence], location: SourceLocation? = nil
  ) {
    self.id = id
    self.date = date
    self.dateNote = dateNote
    self.actor = actor
    self.onBehalfOf = onBehalfOf
    self.capacity = capacity
    self.type = type
    self.channel = channel
    self.summary = summary
    self.quote = quote
    self.targets = targets
    self.tags = tags
    self.evidence = evidence
    self.location = location
  }
}
