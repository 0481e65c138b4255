/// The terms analysts and rule authors share, each with a one-line definition.
public struct Vocabulary: Hashable, Sendable {
  /// The five vocabularies a pack defines.
  public enum Kind: String, CaseIterable, Sendable {
    case actionTypes = "action_types"
    case tags
    case roles
    case organizationTypes = "organization_types"
    case sourceTypes = "source_types"

    /// "action type", "tag" … for messages.
    public var singular: String {
      switch self {
      case .actionTypes: "action type"
      case .tags: "tag"
      case .roles: "role"
      case .organizationTypes: "organization type"
      case .sourceTypes: "source type"
      }
    }
  }

  /// Term → definition, per vocabulary.
  public var terms: [Kind: [String: String]]
  /// Term → other words for it ("MP", "deputy" for `member_of_parliament`), per vocabulary:
  /// what a search finds it by, and what an unknown word is suggested from.
  public var synonyms: [Kind: [String: [String]]] = [:]
  /// Term → language code → phrases whose presence in an act's quoted words suggests the term
  /// ("vote for"), per vocabulary: the coding check's second reading.
  public var indicators: [Kind: [String: [String: [String]]]] = [:]
  /// The vocabulary files the terms come from, in load order (for messages).
  public var files: [String] = []

  /// Creates a vocabulary.
  public init(terms: [Kind: [String: String]] = [:]) { self.terms = terms }

  /// True when `term` is defined in `kind`.
  public func contains(_ term: String, in kind: Kind) -> Bool { terms[kind]?[term] != nil }

  /// The vocabulary's own copy of `term` when `kind` defines it: a case of a million acts
  /// then holds each term's text once, not once per act.
  public func interned(_ term: String, in kind: Kind) -> String? {
    guard let entries = terms[kind], let index = entries.index(forKey: term) else { return nil }
    return entries[index].key
  }

  /// The terms of `kind`.
  public func names(_ kind: Kind) -> [String] { (terms[kind] ?? [:]).keys.sorted() }

  /// A term read as words, each underscore a space: `public_statement` as `public statement`.
  /// (Byte by byte: Foundation's `replacingOccurrences` bridges through NSString on Linux.)
  public static func phrase(_ term: String) -> String {
    guard term.utf8.contains(UInt8(ascii: "_")) else { return term }
    return String(
      decoding: term.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
  }

  /// Adds the terms of `other`; for a term defined in both, the definition already here
  /// (the earlier pack's) is kept: a later pack extends the vocabulary, never redefines it.
  public mutating func merge(_ other: Vocabulary) {
    for (kind, entries) in other.terms {
      terms[kind, default: [:]].merge(entries) { existing, _ in existing }
    }
    for (kind, entries) in other.synonyms {
      synonyms[kind, default: [:]].merge(entries) { existing, added in existing + added }
    }
    for (kind, entries) in other.indicators {
      indicators[kind, default: [:]].merge(entries) { existing, added in
        existing.merging(added) { $0 + $1 }
      }
    }
    files += other.files
  }
}
