/// A case's entities indexed by id once, so that loops over acts and evidence look up in
/// constant time instead of scanning the case.
public struct CaseIndex: Sendable {
  public let audit: AuditCase
  /// Positions in `audit.actions` and `audit.people`: a case holds many of both, and a
  /// position is cheaper to store than a copy of each (or of its id).
  private let actions: PositionTable
  private let episodes: [String: Episode]
  private let episodesByID: [String: Episode]
  private let people: PositionTable
  private let organizations: [String: Organization]
  private let sources: [String: Source]

  /// Indexes `audit`; the first entity with an id wins (the loader rejects duplicates).
  public init(_ audit: AuditCase) {
    self.audit = audit
    func index<T>(_ items: [T], _ id: (T) -> String) -> [String: T] {
      Dictionary(items.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
    actions = PositionTable(audit.actions) { $0.id }
    people = PositionTable(audit.people) { $0.id }
    organizations = index(audit.organizations, \.id)
    sources = index(audit.sources, \.id)
    episodesByID = index(audit.episodes, \.id)
    var episodes: [String: Episode] = [:]
    for episode in audit.episodes {
      for action in episode.actions where episodes[action] == nil { episodes[action] = episode }
    }
    self.episodes = episodes
  }

  /// The act with `id`.
  public func action(_ id: String) -> Action? {
    position(ofAction: id).map { audit.actions[$0] }
  }
  /// The position in `audit.actions` of the act with `id`.
  public func position(ofAction id: String) -> Int? {
    actions.position(of: id, in: audit.actions) { $0.id }
  }
  /// The episode with `id`.
  public func episode(_ id: String) -> Episode? { episodesByID[id] }
  /// The declared episode that holds the act `id`, if any.
  public func episode(of action: String) -> Episode? { episodes[action] }
  /// The position in `audit.people` of the person with `id`.
  public func position(ofPerson id: String) -> Int? {
    people.position(of: id, in: audit.people) { $0.id }
  }
  /// The person with `id`.
  public func person(_ id: String) -> Person? {
    position(ofPerson: id).map { audit.people[$0] }
  }
  /// The organisation with `id`.
  public func organization(_ id: String) -> Organization? { organizations[id] }
  /// The source with `id`.
  public func source(_ id: String) -> Source? { sources[id] }

  /// The name of the person or organisation `id`, or the id itself.
  public func name(of id: String) -> String {
    organizations[id]?.name ?? position(ofPerson: id).map { audit.people[$0].name } ?? id
  }

  /// The first day of the earliest of `actions`; `Int.max` when none is dated.
  public func firstDay(of actions: [String]) -> Int {
    actions.compactMap { position(ofAction: $0).map { audit.actions[$0].date.firstDay } }.min()
      ?? Int.max
  }

  /// True when the act is the subject's: by the subject itself, on its behalf, or by a person
  /// holding a position in it at some time.
  public func isSubjects(_ action: Action) -> Bool {
    isSubjects(actor: action.actor, onBehalfOf: action.onBehalfOf, date: action.date)
  }

  /// `isSubjects` of the act at `position` in `audit.actions`, reading only the fields it asks
  /// about: a copy of the act would count references to every one of its fields, for each act.
  public func isSubjects(at position: Int) -> Bool {
    let acts = audit.actions
    return isSubjects(
      actor: acts[position].actor, onBehalfOf: acts[position].onBehalfOf,
      date: acts[position].date)
  }

  private func isSubjects(actor: String, onBehalfOf: String?, date: DateRange) -> Bool {
    let subject = audit.subject
    if actor == subject || onBehalfOf == subject { return true }
    guard onBehalfOf == nil, let person = position(ofPerson: actor) else { return false }
    // The positions read in place: a copy of the person would count references to every one
    // of its fields, for each act asked about.
    return audit.people[person].positions.contains {
      $0.organization == subject && $0.mayBeHeld(on: date)
    }
  }
}
