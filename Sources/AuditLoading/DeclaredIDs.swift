/// The ids declared so far by kind, even by entries with other errors, so that one bad entry
/// does not also make every reference to it an error.
///
/// Asked for every reference an entry makes (an act's actor, each evidence item's source):
/// the sets are found by a switch, not by hashing the kind, and read in place.
struct DeclaredIDs {
  private var sets = [IDSet](repeating: IDSet(), count: 5)

  /// Records `id` as an entry of `referent`'s kind (never `.party`).
  mutating func insert(_ id: String, as referent: NodeDecoder.Referent) {
    guard let index = Self.index(referent) else {
      return assertionFailure("an entry is of one kind, not '\(referent.rawValue)'")
    }
    sets[index].insert(id)
  }

  /// True when an entry of `referent`'s kind (for `.party`, a person or an organisation) with
  /// id `id` has been read.
  func contains(_ id: String, as referent: NodeDecoder.Referent) -> Bool {
    guard let index = Self.index(referent) else {
      return contains(id, as: .organization) || contains(id, as: .person)
    }
    return sets[index].contains(id)
  }

  /// How many distinct ids of `referent`'s kind were declared.
  func count(of referent: NodeDecoder.Referent) -> Int {
    guard let index = Self.index(referent) else {
      return count(of: .organization) + count(of: .person)
    }
    return sets[index].count
  }

  /// Every id declared of `referent`'s kind, for the hints of an error.
  func ids(of referent: NodeDecoder.Referent) -> Set<String> {
    guard let index = Self.index(referent) else {
      return ids(of: .organization).union(ids(of: .person))
    }
    return sets[index].all
  }

  /// Lets go of the ids of `referent`'s kind, once nothing will ask for them.
  mutating func forget(_ referent: NodeDecoder.Referent) {
    guard let index = Self.index(referent) else { return }
    sets[index] = IDSet()
  }

  private static func index(_ referent: NodeDecoder.Referent) -> Int? {
    switch referent {
    case .organization: 0
    case .person: 1
    case .source: 2
    case .action: 3
    case .episode: 4
    case .party: nil
    }
  }
}
