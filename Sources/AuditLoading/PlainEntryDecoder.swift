import AuditCore
import CYAML

/// Decodes the acts and people of a streamed case straight from their events, with no tree
/// of nodes, when they are written plainly: every key declared and given once, every value
/// of the kind and form its key expects, no anchor, alias or tag.
///
/// It never reports. An entry it cannot take whole — any problem, anything unusual — is
/// declined, and the reader builds that entry's nodes from the same events for
/// `CaseDecoder`, which reports exactly what it always has. An entry taken here is the one
/// `CaseDecoder` would give, with the same side effects on the decoder (its id declared, its
/// references kept in the same order, its lists shared), applied only once it is accepted.
final class PlainEntryDecoder {
  /// Thrown to decline an entry; carries nothing, so throwing it costs nothing.
  struct Declined: Error {}

  let decoder: NodeDecoder
  /// The case file's path, as every location this decoder makes holds it: once.
  let file: SourceLocation.File
  /// The entry's events, from its mapping's start to its end.
  private var events: [YAMLEvent] = []
  /// References read, in the order `CaseDecoder` reads them: checked against the declared
  /// ids once the entry is accepted.
  private var references: [(id: String, referent: NodeDecoder.Referent, event: Int)] = []

  init(decoder: NodeDecoder, path: String) {
    self.decoder = decoder
    self.file = SourceLocation.File(path)
  }

  /// The act written by `events`, or nil when it is declined.
  func action(_ events: [YAMLEvent]) -> Action? {
    guard start(events) else { return nil }
    defer { finish() }
    do throws(Declined) {
      var action = try readAction()
      commit(declaring: action.id, as: .action)
      action.targets = decoder.shared(action.targets)
      action.tags = decoder.shared(action.tags)
      return action
    } catch {
      return nil
    }
  }

  /// The person written by `events`, or nil when they are declined.
  func person(_ events: [YAMLEvent]) -> Person? {
    guard start(events) else { return nil }
    defer { finish() }
    do throws(Declined) {
      let person = try readPerson()
      commit(declaring: person.id, as: .person)
      return person
    } catch {
      return nil
    }
  }

  private func start(_ entry: [YAMLEvent]) -> Bool {
    // A test that records which keys are read needs the node path, which records them.
    guard !decoder.recordsKeysRead, !entry.isEmpty else { return false }
    events = entry
    return true
  }

  private func finish() {
    events = []
    references.removeAll(keepingCapacity: true)
  }

  /// Applies what `CaseDecoder` does as it reads: the entry's id declared first, then each
  /// reference not yet resolvable kept for the validator, in reading order.
  private func commit(declaring id: String, as referent: NodeDecoder.Referent) {
    decoder.declared.insert(id, as: referent)
    for reference in references where !decoder.isDeclared(reference.id, as: reference.referent) {
      decoder.references.append((reference.id, reference.referent, location(reference.event)))
    }
  }

  // MARK: The entries, read in `CaseDecoder`'s order

  private func readAction() throws(Declined) -> Action {
    let keys = try fields(0, Keys.Action.self)
    let id = try self.id(required(keys, Keys.Action.id))
    guard case .success(let date) = DateRange.parse(try text(required(keys, Keys.Action.date)))
    else { throw Declined() }
    let capacity = try optional(keys, Keys.Action.capacity).map { index throws(Declined) in
      try choice(index, as: Capacity.self)
    }
    let actor = try reference(required(keys, Keys.Action.actor), .party)
    let type = try term(required(keys, Keys.Action.type), .actionTypes)
    let summary = try nonBlank(text(required(keys, Keys.Action.summary)))
    var evidence: [Evidence] = []
    try eachItem(of: required(keys, Keys.Action.evidence)) { item throws(Declined) in
      evidence.append(try self.evidence(item))
    }
    guard !evidence.isEmpty else { throw Declined() }
    // Two items quoting the same words share one string, as `CaseDecoder` has them.
    for later in evidence.indices.dropFirst() {
      if let earlier = evidence[..<later].first(where: { $0.quote == evidence[later].quote }) {
        evidence[later].quote = earlier.quote
      }
    }
    let dateNote = try optionalText(keys, Keys.Action.dateNote)
    let onBehalfOf = try optional(keys, Keys.Action.onBehalfOf).map { index throws(Declined) in
      try reference(index, .organization)
    }
    let channel = try optionalText(keys, Keys.Action.channel)
    let quote = try optionalText(keys, Keys.Action.quote)
    var targets: [String] = []
    if let list = optional(keys, Keys.Action.targets) {
      try eachItem(of: list) { item throws(Declined) in targets.append(try reference(item, .party))
      }
    }
    var tags: [String] = []
    if let list = optional(keys, Keys.Action.tags) {
      try eachItem(of: list) { item throws(Declined) in tags.append(try term(item, .tags)) }
    }
    return Action(
      id: id, date: date, dateNote: dateNote, actor: actor, onBehalfOf: onBehalfOf,
      capacity: capacity, type: type, channel: channel, summary: summary, quote: quote,
      targets: targets, tags: tags, evidence: evidence, location: location(0))
  }

  private func readPerson() throws(Declined) -> Person {
    let keys = try fields(0, Keys.Person.self)
    let id = try self.id(required(keys, Keys.Person.id))
    let name = try nonBlank(text(required(keys, Keys.Person.name)))
    var positions: [Person.Position] = []
    if let list = optional(keys, Keys.Person.positions) {
      try eachItem(of: list) { item throws(Declined) in positions.append(try position(item)) }
    }
    return Person(id: id, name: name, positions: positions, location: location(0))
  }

  private func position(_ index: Int) throws(Declined) -> Person.Position {
    let keys = try fields(index, Keys.Position.self)
    let organization = try reference(required(keys, Keys.Position.organization), .organization)
    let role = try term(required(keys, Keys.Position.role), .roles)
    let from = try optional(keys, Keys.Position.from).map { index throws(Declined) in
      try date(index)
    }
    let to = try optional(keys, Keys.Position.to).map { index throws(Declined) in try date(index) }
    var evidence: [Evidence] = []
    if let list = optional(keys, Keys.Position.evidence) {
      try eachItem(of: list) { item throws(Declined) in evidence.append(try self.evidence(item)) }
    }
    let note = try optionalText(keys, Keys.Position.note)
    return Person.Position(
      organization: organization, role: role, from: from, to: to, evidence: evidence, note: note,
      location: location(index))
  }

  private func evidence(_ index: Int) throws(Declined) -> Evidence {
    let keys = try fields(index, Keys.Evidence.self)
    let source = try reference(required(keys, Keys.Evidence.source), .source)
    let quoteIndex = try required(keys, Keys.Evidence.quote)
    let quote = try nonBlank(text(quoteIndex))
    guard let credibility = Int(try text(required(keys, Keys.Evidence.credibility))),
      Credibility.range.contains(credibility)
    else { throw Declined() }
    let kind = try choice(required(keys, Keys.Evidence.kind), as: EvidenceKind.self)
    var translated: Bool?
    if let index = optional(keys, Keys.Evidence.translated) {
      switch try text(index) {
      case "true": translated = true
      case "false": translated = false
      default: throw Declined()
      }
    }
    let original = try optionalText(keys, Keys.Evidence.original)
    let translatedBy = try optionalText(keys, Keys.Evidence.translatedBy)
    // `translated: false` beside an original or a translator, even a null one, is reported.
    if translated == false,
      keys[Keys.Evidence.original] >= 0
        || keys[Keys.Evidence.translatedBy] >= 0
    {
      throw Declined()
    }
    return Evidence(
      source: source, quote: quote, locator: try optionalText(keys, Keys.Evidence.locator),
      credibility: credibility, kind: kind,
      translated: translated ?? (original != nil || translatedBy != nil),
      original: original, translatedBy: translatedBy, location: location(quoteIndex))
  }

  // MARK: Values

  /// The keys read of one mapping's declaration, by position.
  private protocol KeyLayout {
    /// The declaration.
    static var schema: FormatSchema { get }
    /// A bit for the position of each key this decoder reads: a mapping giving any other
    /// declared key (one added to the format and not yet read here) is declined, so that no
    /// value is dropped unread.
    static var read: UInt32 { get }
  }

  /// The positions of the keys read, in their declarations.
  private enum Keys {
    static func at(_ schema: FormatSchema, _ name: String) -> Int {
      guard let position = schema.positions.position(of: name) else {
        preconditionFailure("'\(name)' is not declared in \(schema.name)")
      }
      return position
    }
    static func bits(_ positions: Int...) -> UInt32 {
      positions.reduce(0) { $0 | 1 << UInt32($1) }
    }
    enum Action: KeyLayout {
      static let schema = FormatSchema.action
      static let id = at(schema, "id"), date = at(schema, "date")
      static let dateNote = at(schema, "date_note"), actor = at(schema, "actor")
      static let onBehalfOf = at(schema, "on_behalf_of"), capacity = at(schema, "capacity")
      static let type = at(schema, "type"), channel = at(schema, "channel")
      static let summary = at(schema, "summary"), quote = at(schema, "quote")
      static let targets = at(schema, "targets"), tags = at(schema, "tags")
      static let evidence = at(schema, "evidence")
      static let read = bits(
        id, date, dateNote, actor, onBehalfOf, capacity, type, channel, summary, quote, targets,
        tags, evidence)
    }
    enum Evidence: KeyLayout {
      static let schema = FormatSchema.evidence
      static let source = at(schema, "source"), quote = at(schema, "quote")
      static let locator = at(schema, "locator"), credibility = at(schema, "credibility")
      static let kind = at(schema, "kind"), translated = at(schema, "translated")
      static let original = at(schema, "original")
      static let translatedBy = at(schema, "translated_by")
      static let read = bits(
        source, quote, locator, credibility, kind, translated, original, translatedBy)
    }
    enum Person: KeyLayout {
      static let schema = FormatSchema.person
      static let id = at(schema, "id"), name = at(schema, "name")
      static let positions = at(schema, "positions")
      static let read = bits(id, name, positions)
    }
    enum Position: KeyLayout {
      static let schema = FormatSchema.position
      static let organization = at(schema, "organization"), role = at(schema, "role")
      static let from = at(schema, "from"), to = at(schema, "to")
      static let note = at(schema, "note"), evidence = at(schema, "evidence")
      static let read = bits(organization, role, from, to, note, evidence)
    }
  }

  /// The declared keys this decoder reads of each mapping it reads: for a test that they are
  /// every key declared.
  static var keysRead: [String: Set<String>] {
    let layouts: [any KeyLayout.Type] = [
      Keys.Action.self, Keys.Evidence.self, Keys.Person.self, Keys.Position.self,
    ]
    return Dictionary(
      uniqueKeysWithValues: layouts.map { layout in
        let names = layout.schema.keys.indices.filter { layout.read & 1 << UInt32($0) != 0 }
        return (layout.schema.name, Set(names.map { layout.schema.keys[$0].name }))
      })
  }

  /// For each position of a declaration, the index of its value's first event, or -1.
  private typealias Slots = InlineArray<16, Int32>

  /// The value of the key at `position`, declined when absent or null.
  private func required(_ keys: Slots, _ position: Int) throws(Declined) -> Int {
    guard let index = optional(keys, position) else { throw Declined() }
    return index
  }

  /// The value of the key at `position`, nil when absent or null.
  private func optional(_ keys: Slots, _ position: Int) -> Int? {
    keys[position] < 0 || isNull(Int(keys[position])) ? nil : Int(keys[position])
  }

  /// The mapping starting at event `index`, its keys checked against `layout`'s declaration:
  /// declined when it is not a mapping, or a key is not a scalar, not declared, not read here
  /// or given twice.
  private func fields<Layout: KeyLayout>(_ index: Int, _ layout: Layout.Type) throws(Declined)
    -> Slots
  {
    let schema = layout.schema
    guard events[index].type == YAML_MAPPING_START_EVENT, schema.keys.count <= 16 else {
      throw Declined()
    }
    var slots = Slots(repeating: -1)
    var key = index + 1
    while events[key].type != YAML_MAPPING_END_EVENT {
      guard events[key].type == YAML_SCALAR_EVENT,
        let position = schema.positions.position(of: events[key].text),
        layout.read & 1 << UInt32(position) != 0, slots[position] < 0
      else { throw Declined() }
      slots[position] = Int32(key + 1)
      key = end(of: key + 1)
    }
    return slots
  }

  /// The index just past the node starting at event `index`.
  private func end(of index: Int) -> Int {
    var depth = 0
    var next = index
    repeat {
      switch events[next].type {
      case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT: depth += 1
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT: depth -= 1
      default: break
      }
      next += 1
    } while depth > 0
    return next
  }

  /// Calls `body` with the first event of each item of the list starting at `index`.
  private func eachItem(of index: Int, _ body: (Int) throws(Declined) -> Void) throws(Declined) {
    guard events[index].type == YAML_SEQUENCE_START_EVENT else { throw Declined() }
    var item = index + 1
    while events[item].type != YAML_SEQUENCE_END_EVENT {
      try body(item)
      item = end(of: item)
    }
  }

  /// True for an unquoted `null`, `~` or empty scalar, as `YAMLNode.isNull` reads one.
  private func isNull(_ index: Int) -> Bool {
    let event = events[index]
    guard event.type == YAML_SCALAR_EVENT else { return false }
    switch event.style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE,
      YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE:
      return false
    default:
      let text = event.text
      return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
  }

  private func location(_ index: Int) -> SourceLocation {
    let mark = events[index].start
    return SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  /// A scalar's text, null or not (as `NodeDecoder.string` reads it).
  private func text(_ index: Int) throws(Declined) -> String {
    guard events[index].type == YAML_SCALAR_EVENT else { throw Declined() }
    return events[index].text
  }

  /// `text`, declined when only white space (a required text's check).
  private func nonBlank(_ text: String) throws(Declined) -> String {
    if Fields.isBlank(text) { throw Declined() }
    return text
  }

  private func optionalText(_ keys: Slots, _ position: Int) throws(Declined) -> String? {
    guard let index = optional(keys, position) else { return nil }
    return try text(index)
  }

  private func id(_ index: Int) throws(Declined) -> String {
    let text = try text(index)
    guard IDSyntax.isEntryID(text) else { throw Declined() }
    return text
  }

  private func reference(_ index: Int, _ referent: NodeDecoder.Referent) throws(Declined)
    -> String
  {
    let id = try id(index)
    references.append((id, referent, index))
    return id
  }

  private func term(_ index: Int, _ kind: Vocabulary.Kind) throws(Declined) -> String {
    let text = try text(index)
    guard let vocabulary = decoder.vocabulary else { return text }
    guard let interned = vocabulary.interned(text, in: kind) else { throw Declined() }
    return interned
  }

  private func date(_ index: Int) throws(Declined) -> PartialDate {
    guard let date = PartialDate(parsing: try text(index)) else { throw Declined() }
    return date
  }

  private func choice<T: RawRepresentable>(_ index: Int, as: T.Type) throws(Declined) -> T
  where T.RawValue == String {
    guard let value = T(rawValue: try text(index)) else { throw Declined() }
    return value
  }
}
