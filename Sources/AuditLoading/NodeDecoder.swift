import AuditCore
import Foundation

/// Reads typed values out of located YAML nodes, reporting every problem into one bag.
///
/// Scalars are read by the schema, never by YAML 1.1 guessing: `NO` stays a string where
/// a string is expected, `2023-08` is read as a date only where a date is expected.
final class NodeDecoder {
  /// What an id written in a case refers to.
  enum Referent: String {
    case organization, person, source, action, episode
    /// A person or an organisation.
    case party = "person or organization"
  }

  /// Everything reported so far.
  var bag = DiagnosticBag()
  /// The terms values are checked against; nil skips the check (while loading a pack).
  var vocabulary: Vocabulary?
  /// Ids declared so far by kind.
  var declared = DeclaredIDs()
  /// Ids met while decoding, resolved once every section has been read.
  var references: [(id: String, referent: Referent, location: SourceLocation)] = []

  /// Lists of terms or ids already read (an act's tags, its targets), so that the many acts
  /// with the same list share one array instead of each holding a copy; at most
  /// `sharedListLimit` are kept. Only shares storage: a list read is the list written.
  private var sharedLists: [[String]: [String]] = [:]
  private static let sharedListLimit = 4096

  init(vocabulary: Vocabulary? = nil) { self.vocabulary = vocabulary }

  /// `list`, or an equal list read before (its storage shared).
  func shared(_ list: [String]) -> [String] {
    guard !list.isEmpty else { return list }
    if let earlier = sharedLists[list] { return earlier }
    if sharedLists.count < Self.sharedListLimit { sharedLists[list] = list }
    return list
  }

  /// A vocabulary term, reported when the vocabulary does not define it.
  func term(_ node: YAMLNode, _ kind: Vocabulary.Kind) -> String? {
    guard let text = string(node, kind.singular) else { return nil }
    guard let vocabulary else { return text }
    if let interned = vocabulary.interned(text, in: kind) { return interned }
    var hint = hint(for: text, in: vocabulary.names(kind))
    let meanings = bag.isFull ? [] : vocabulary.meanings(of: text, in: kind)
    if !meanings.isEmpty {
      let listed = meanings.map { "'\($0)'" }.joined(separator: ", ")
      hint +=
        (hint.isEmpty ? "; did you mean " : "; or, by meaning, ") + listed
        + (hint.isEmpty ? "? (found by synonyms or definition)" : "")
    }
    if let file = vocabulary.files.first { hint += " (terms: \(file))" }
    report(LoadErrors.unknownTerm(text, kind: kind, hint: hint, at: node.location))
    return text
  }

  /// An id that must name something of `referent`'s kind. One declared already (most: a
  /// case lists people and sources before the acts) is resolved here; the others are kept
  /// in `references`, for `CaseValidator` once every section is read.
  func reference(_ node: YAMLNode, _ referent: Referent) -> String? {
    guard let text = id(node, "a reference to a \(referent.rawValue)") else { return nil }
    if !isDeclared(text, as: referent) { references.append((text, referent, node.location)) }
    return text
  }

  /// True when an entry of `referent`'s kind with id `id` has been read.
  func isDeclared(_ id: String, as referent: Referent) -> Bool {
    declared.contains(id, as: referent)
  }

  func report(_ diagnostic: Diagnostic) { bag.report(diagnostic) }

  /// `; did you mean 'x'?` for `name`, or nothing once the bag is full: an error past the cap
  /// is only counted, so searching for its hint (5,000 misspelt ids) would be wasted work.
  func hint(for name: String, in candidates: @autoclosure () -> Suggestion.Index) -> String {
    bag.isFull ? "" : Suggestion.hint(for: name, in: candidates())
  }

  /// `hint(for:in:)` over a list of names.
  func hint(for name: String, in candidates: @autoclosure () -> [String]) -> String {
    hint(for: name, in: Suggestion.Index(candidates()))
  }

  /// Every key a decoder asked for, as `schema.key`, when `recordsKeysRead` is set: a test
  /// checks that each declared key is read.
  var keysRead: Set<String> = []
  /// Whether to record `keysRead` (off in use: it would cost a string and a set insertion
  /// for every value of a large case).
  var recordsKeysRead = false

  /// A mapping's keys checked against its declaration: unknown keys are reported here, and
  /// only declared keys can be read. `what` names it in diagnostics when the declaration's
  /// name is not precise enough (`'primary_source'` for a grade).
  func mapping(_ node: YAMLNode, _ schema: FormatSchema, as what: String? = nil) -> Fields? {
    let what = what ?? schema.what
    guard case .mapping(let pairs) = node.content else {
      report(LoadErrors.wrongKind("a mapping", found: node.kindName, for: what, at: node.location))
      return nil
    }
    // For each key of the declaration, the index of its pair (-1: not given): no dictionary
    // and no copy of the nodes per mapping read.
    var slots = [Int32](repeating: -1, count: schema.keys.count)
    for (index, pair) in pairs.enumerated() {
      if let position = position(of: pair.key, in: schema, as: what) {
        slots[position] = Int32(index)
      }
    }
    return Fields(node: node, what: what, schema: schema, pairs: pairs, slots: slots, decoder: self)
  }

  /// Where the key `key` (a scalar) stands in `schema`; an undeclared key is reported, as a
  /// key of `what`, and a collection as key is left to the reader, which reports it.
  func position(of key: YAMLNode, in schema: FormatSchema, as what: String) -> Int? {
    guard let name = key.scalar else { return nil }
    guard let position = schema.positions.position(of: name) else {
      report(
        LoadErrors.unknownKey(
          name, in: what, hint: hint(for: name, in: schema.keyNames), at: key.location))
      return nil
    }
    return position
  }

  /// Notes that a decoder asked for `key` of `schema` (when `recordsKeysRead`).
  func noteRead(_ key: String, of schema: FormatSchema) {
    if recordsKeysRead { keysRead.insert(schema.name + "." + key) }
  }

  /// The text of a scalar; any collection is an error.
  func string(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let text = node.scalar else {
      report(LoadErrors.wrongKind("text", found: node.kindName, for: what(), at: node.location))
      return nil
    }
    return text
  }

  func id(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let text = string(node, what()) else { return nil }
    guard IDSyntax.isEntryID(text) else {
      report(LoadErrors.badID(text, at: node.location))
      return nil
    }
    return text
  }

  /// `true` or `false`, nothing else (no YAML 1.1 `yes`/`no`).
  func bool(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? {
    guard let text = string(node, what()) else { return nil }
    switch text {
    case "true": return true
    case "false": return false
    default:
      report(LoadErrors.badBool(text, for: what(), at: node.location))
      return nil
    }
  }

  /// A partial date or a range `FROM/TO` of them, as acts are dated.
  func dateRange(_ node: YAMLNode, _ what: @autoclosure () -> String) -> DateRange? {
    guard let text = string(node, what()) else { return nil }
    switch DateRange.parse(text) {
    case .success(let range): return range
    case .failure(.notADate):
      report(LoadErrors.badDateRange(text, at: node.location))
    case .failure(.fromAfterTo):
      report(LoadErrors.dateRangeOrder(text, at: node.location))
    }
    return nil
  }

  func date(_ node: YAMLNode, _ what: @autoclosure () -> String) -> PartialDate? {
    guard let text = string(node, what()) else { return nil }
    guard let date = PartialDate(parsing: text) else {
      report(LoadErrors.badDate(text, at: node.location))
      return nil
    }
    return date
  }

  func int(_ node: YAMLNode, _ what: @autoclosure () -> String, range: ClosedRange<Int>) -> Int? {
    guard let text = string(node, what()) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      report(LoadErrors.badNumber(text, for: what(), range: range, at: node.location))
      return nil
    }
    return value
  }

  /// Days in `30d`, `6w` or `1y` (365 days).
  func duration(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Int? {
    guard let text = string(node, what()) else { return nil }
    guard let unit = text.last, let count = Int(text.dropLast()), count > 0, count <= 100_000,
      let days = ["d": 1, "w": 7, "y": 365][String(unit)]
    else {
      report(LoadErrors.badDuration(text, at: node.location))
      return nil
    }
    return count * days
  }

  func url(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
    guard let text = string(node, what()) else { return nil }
    let lower = text.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), text.count > 8,
      !text.contains(where: { $0.isWhitespace })
    else {
      report(LoadErrors.badURL(text, at: node.location))
      return nil
    }
    return text
  }

  func choice<T: RawRepresentable & CaseIterable>(
    _ node: YAMLNode, _ what: @autoclosure () -> String, as: T.Type
  )
    -> T?
  where T.RawValue == String {
    guard let text = string(node, what()) else { return nil }
    guard let value = T(rawValue: text) else {
      report(
        LoadErrors.invalidValue(
          text, for: what(), expected: T.allCases.map(\.rawValue), at: node.location))
      return nil
    }
    return value
  }

  func list(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLNode] {
    guard case .sequence(let items) = node.content else {
      report(LoadErrors.wrongKind("a list", found: node.kindName, for: what(), at: node.location))
      return []
    }
    return items
  }

  /// A list of scalars; a single scalar is not accepted silently as a one-item list.
  func strings(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [(String, YAMLNode)] {
    list(node, what()).compactMap { item in string(item, what() + " item").map { ($0, item) } }
  }
}

/// The fields of one mapping, read by key; whether a key is required comes from its declaration.
struct Fields {
  let node: YAMLNode
  let what: String
  let schema: FormatSchema
  /// The mapping's entries.
  let pairs: [(key: YAMLNode, value: YAMLNode)]
  /// For each key of `schema`, the index of its entry in `pairs`, or -1.
  let slots: [Int32]
  unowned let decoder: NodeDecoder

  /// Where `key` stands in the declaration; only a declared key can be read.
  private func position(_ key: String) -> Int? {
    guard let position = schema.positions.position(of: key) else {
      assertionFailure("'\(key)' is not declared in \(schema.name)")
      return nil
    }
    decoder.noteRead(key, of: schema)
    return position
  }

  /// The value at `position` of the declaration, nil when absent or `null`.
  private func given(_ position: Int) -> YAMLNode? {
    let index = slots[position]
    guard index >= 0 else { return nil }
    let value = pairs[Int(index)].value
    return value.isNull ? nil : value
  }

  /// Reports that the key at `position` has no value: at the key when it is written (with
  /// `null`), else at the mapping.
  private func reportMissing(_ key: String, at position: Int) {
    let index = slots[position]
    decoder.report(
      LoadErrors.missingKey(
        key, in: what, at: index >= 0 ? pairs[Int(index)].key.location : node.location))
  }

  /// The entry of `key`, if given (`null` included).
  func entry(_ key: String) -> (key: YAMLNode, value: YAMLNode)? {
    guard let position = position(key), slots[position] >= 0 else { return nil }
    return pairs[Int(slots[position])]
  }

  /// The value of `key`, or nil when absent or `null`.
  subscript(_ key: String) -> YAMLNode? { position(key).flatMap(given) }

  /// True when the declaration makes `key` required.
  func isRequired(_ key: String) -> Bool { position(key).map { schema.required[$0] } ?? false }

  /// The value of `key` if given, else nil; a required key's absence is reported.
  func value(_ key: String) -> YAMLNode? {
    guard let position = position(key) else { return nil }
    if let value = given(position) { return value }
    if schema.required[position] { reportMissing(key, at: position) }
    return nil
  }

  /// The value of `key`, reporting its absence.
  func required(_ key: String) -> YAMLNode? {
    assert(isRequired(key), "'\(key)' is read as required but declared optional in \(schema.name)")
    guard let position = position(key) else { return nil }
    if let value = given(position) { return value }
    reportMissing(key, at: position)
    return nil
  }

  func string(_ key: String) -> String? {
    guard let node = value(key) else { return nil }
    guard let text = decoder.string(node, "'\(key)'") else { return nil }
    if Self.isBlank(text) && isRequired(key) {
      decoder.report(LoadErrors.emptyText("'\(key)'", at: node.location))
      return nil
    }
    return text
  }

  /// True when `text` is only white space; a printable ASCII first character answers at once.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
    return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
  }

  func id(_ key: String) -> String? {
    guard let node = value(key) else { return nil }
    return decoder.id(node, "'\(key)'")
  }

  func date(_ key: String) -> PartialDate? {
    guard let node = value(key) else { return nil }
    return decoder.date(node, "'\(key)'")
  }

  func dateRange(_ key: String) -> DateRange? {
    guard let node = value(key) else { return nil }
    return decoder.dateRange(node, "'\(key)'")
  }

  func bool(_ key: String) -> Bool? {
    guard let node = value(key) else { return nil }
    return decoder.bool(node, "'\(key)'")
  }

  func list(_ key: String) -> [YAMLNode] {
    guard let node = value(key) else { return [] }
    return decoder.list(node, "'\(key)'")
  }

  func strings(_ key: String) -> [(String, YAMLNode)] {
    guard let node = value(key) else { return [] }
    return decoder.strings(node, "'\(key)'")
  }

  func term(_ key: String, _ kind: Vocabulary.Kind) -> String? {
    guard let node = value(key) else { return nil }
    return decoder.term(node, kind)
  }

  func terms(_ key: String, _ kind: Vocabulary.Kind) -> [String] {
    guard let node = value(key) else { return [] }
    return decoder.shared(decoder.list(node, "'\(key)'").compactMap { decoder.term($0, kind) })
  }

  func reference(_ key: String, _ referent: NodeDecoder.Referent) -> String? {
    guard let node = value(key) else { return nil }
    return decoder.reference(node, referent)
  }

  func references(_ key: String, _ referent: NodeDecoder.Referent) -> [String] {
    guard let node = value(key) else { return [] }
    return decoder.shared(
      decoder.list(node, "'\(key)'").compactMap { decoder.reference($0, referent) })
  }

  func located(_ key: String) -> LocatedText? {
    guard let node = value(key),
      let text = decoder.string(node, "'\(key)'")
    else { return nil }
    return LocatedText(text, origin: node.origin)
  }
}
