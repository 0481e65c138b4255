/// One recorded act (a statement, a tweet, an award …) with its evidence.
public struct Action: Hashable, Sendable {
  /// The fields an act seldom has, kept out of line.
  private struct Particulars: SeldomSet {
    var dateNote: String?
    var onBehalfOf: String?
    var capacity: Capacity?
    var channel: String?

    var isEmpty: Bool { dateNote == nil && onBehalfOf == nil && capacity == nil && channel == nil }
  }

  // The stored fields are laid out for size (144 bytes an act, against 192 with every field
  // inline): a large case holds a million acts.

  public var id: String
  /// As precise as the source gives it: a partial date or a range ("some day in it").
  public var date: DateRange
  /// The id of the person or organisation who acted.
  public var actor: String
  /// A term of the `action_types` vocabulary.
  public var type: String
  /// The analyst's summary.
  public var summary: String
  /// The actor's own words, if quoted.
  public var quote: String?
  /// Ids of the people or organisations the act is aimed at.
  public var targets: [String]
  /// Terms of the `tags` vocabulary.
  public var tags: [String]
  public var evidence: [Evidence]
  /// The date note, behalf, capacity and channel, nil when none is given (most acts).
  private var particulars: Rarely<Particulars>?
  public var location: SourceLocation?

  /// Where the source places the act when it gives no date.
  public var dateNote: String? {
    get { particulars?.value.dateNote }
    set { particulars = .changing(particulars) { $0.dateNote = newValue } }
  }
  /// The organisation the act is attributed to, when stated.
  public var onBehalfOf: String? {
    get { particulars?.value.onBehalfOf }
    set { particulars = .changing(particulars) { $0.onBehalfOf = newValue } }
  }
  /// Whether the source states the capacity the actor acted in, or the analyst inferred it.
  public var capacity: Capacity? {
    get { particulars?.value.capacity }
    set { particulars = .changing(particulars) { $0.capacity = newValue } }
  }
  public var channel: String? {
    get { particulars?.value.channel }
    set { particulars = .changing(particulars) { $0.channel = newValue } }
  }

  /// Creates an act.
  public init(
    id: String, date: DateRange, dateNote: String? = nil, actor: String,
    onBehalfOf: String? = nil, capacity: Capacity? = nil, type: String,
    channel: String? = nil, summary: String, quote: String? = nil, targets: [String] = [],
    tags: [String] = [], evidence: [Evidence], location: SourceLocation? = nil
  ) {
    self.id = id
    self.date = date
    self.actor = actor
    self.type = type
    self.summary = summary
    self.quote = quote
    self.targets = targets
    self.tags = tags
    self.evidence = evidence
    self.particulars = .boxing(
      Particulars(dateNote: dateNote, onBehalfOf: onBehalfOf, capacity: capacity, channel: channel))
    self.location = location
  }
}
