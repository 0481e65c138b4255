/// Finding a term from the words an analyst has in mind: its name, its synonyms, the words of
/// its definition.
extension Vocabulary {
  /// One term a search found, and by what.
  public struct Match: Hashable, Sendable {
    /// How a term matched, the closest first.
    public enum Reason: Int, Comparable, Sendable {
      /// The word is the term's name, or a part of it (`parliament` in `member_of_parliament`).
      case name
      /// The word is one of the term's synonyms, or a synonym holds it.
      case synonym
      /// Every word of the search occurs in the term's definition.
      case definition

      public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The vocabulary the term is in.
    public var kind: Kind
    /// The term.
    public var term: String
    /// How it matched.
    public var reason: Reason
    /// The synonym that matched, when one did.
    public var synonym: String?
  }

  /// The terms `query` finds, closest first, then by vocabulary and name. Case, `_`, `-` and
  /// spaces are ignored: `mp` finds `member_of_parliament` by its synonym "MP", `prime
  /// minister` finds `head_of_government` by its synonyms or definition.
  public func search(_ query: String) -> [Match] {
    let words = Self.words(query)
    guard !words.isEmpty else { return [] }
    let phrase = words.joined(separator: " ")
    var found: [Match] = []
    for kind in Kind.allCases {
      for (term, definition) in terms[kind] ?? [:] {
        let name = Self.words(term).joined(separator: " ")
        if Self.holds(name, phrase) {
          found.append(Match(kind: kind, term: term, reason: .name))
        } else if let synonym = synonyms[kind]?[term]?.first(where: {
          Self.holds(Self.words($0).joined(separator: " "), phrase)
        }) {
          found.append(Match(kind: kind, term: term, reason: .synonym, synonym: synonym))
        } else {
          let defined = Set(Self.words(definition))
          if words.allSatisfy({ defined.contains($0) }) {
            found.append(Match(kind: kind, term: term, reason: .definition))
          }
        }
      }
    }
    return found.sorted {
      ($0.reason, Kind.allCases.firstIndex(of: $0.kind)!, $0.term)
        < ($1.reason, Kind.allCases.firstIndex(of: $1.kind)!, $1.term)
    }
  }

  /// The terms of `kind` an unknown `word` most likely meant by its synonyms or definition
  /// (at most three), for a "did you mean" beside the spelling's suggestion. Terms found by a synonym come before, and instead of, those found by their definition.
  public func meanings(of word: String, in kind: Kind) -> [String] {
    let found = search(word).filter { $0.kind == kind && $0.reason != .name }
    let closest = found.first?.reason
    return Array(found.filter { $0.reason == closest }.map(\.term).prefix(3))
  }

  /// `text` in lower case, split into words at anything but a letter or a digit.
  static func words(_ text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }

  /// True when the words `phrase` occur in `text`'s words, whole and in order.
  private static func holds(_ text: String, _ phrase: String) -> Bool {
    text == phrase || text.hasPrefix(phrase + " ") || text.hasSuffix(" " + phrase)
      || text.contains(" " + phrase + " ")
  }
}
