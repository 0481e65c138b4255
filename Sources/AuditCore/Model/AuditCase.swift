/// A case file: the organisation audited, the people and sources, and the recorded acts.
public struct AuditCase: Sendable {
  public var id: String
  public var title: String
  /// The id of the organisation audited.
  public var subject: String
  /// The period the case covers.
  public var period: (from: PartialDate, to: PartialDate)
  public var summary: String
  public var organizations: [Organization]
  public var people: [Person]
  public var sources: [Source]
  public var actions: [Action]
  /// Acts grouped into incidents; an act in no episode is its own episode.
  public var episodes: [Episode]
  /// The subject's right of reply, or its absence.
  public var responses: [Response]
  /// The case file's path as given on the command line.
  public var path: String

  /// Creates a case.
  public init(
    id: String, title: String, subject: String, period: (from: PartialDate, to: PartialDate),
    summary: String, organizations: [Organization], people: [Person], sources: [Source],
    actions: [Action], episodes: [Episode] = [], responses: [Response], path: String
  ) {
    self.id = id
    self.title = title
    self.subject = subject
    self.period = period
    self.summary = summary
    self.organizations = organizations
    self.people = people
    self.sources = sources
    self.actions = actions
    self.episodes = episodes
    self.responses = responses
    self.path = path
  }

  // The lookups below scan the case: loops over acts or evidence look up in a `CaseIndex`.

  /// The organisation with `id`.
  public func organization(_ id: String) -> Organization? { organizations.first { $0.id == id } }
  /// The person with `id`.
  public func person(_ id: String) -> Person? { people.first { $0.id == id } }
  /// The episode with `id`.
  public func episode(_ id: String) -> Episode? { episodes.first { $0.id == id } }
  /// The source with `id`.
  public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

  /// Every evidence item of the case: of its acts, its right-of-reply records and its
  /// people's positions, in that order.
  public var allEvidence: [Evidence] {
    var all: [Evidence] = []
    forEachEvidence { all.append($0) }
    return all
  }

  /// Calls `body` with every evidence item, in the order of `allEvidence`, without
  /// gathering them into one array.
  public func forEachEvidence(_ body: (Evidence) -> Void) {
    for action in actions { action.evidence.forEach(body) }
    for response in responses { response.evidence.forEach(body) }
    for person in people {
      for position in person.positions { position.evidence.forEach(body) }
    }
  }
}
