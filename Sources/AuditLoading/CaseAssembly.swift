import AuditCore

/// A case assembled from the parts of its file in the order they are read, so that a case of
/// a million acts is decoded entry by entry and never held as one tree of nodes.
struct CaseAssembly {
  let cases: CaseDecoder
  private var decoder: NodeDecoder { cases.decoder }
  /// Where the root mapping starts; nil until it does (or when the root is not a mapping).
  private var root: SourceLocation?
  /// The `case:` entry, when given.
  private var header: (key: YAMLNode, value: YAMLNode)?
  /// The section whose items are arriving; nil for an unknown key's list.
  private var section: String?
  private var organizations: [Organization] = []
  private var people: [Person] = []
  private var sources: [Source] = []
  private var actions: [Action] = []
  private var episodes: [Episode] = []
  private var responses: [(Response, by: SourceLocation)] = []
  /// The episode each act was first put in.
  private var owners: [String: String] = [:]

  /// Decodes the plain acts and people of a streamed case from their events.
  private let plain: PlainEntryDecoder

  init(cases: CaseDecoder) {
    self.cases = cases
    plain = PlainEntryDecoder(decoder: cases.decoder, path: cases.path)
  }

  /// Takes the next item of the list being read from its events, when it is an act or a
  /// person written plainly (`PlainEntryDecoder`); false when its nodes are needed, for
  /// `take(_:)`.
  mutating func take(plainItem events: [YAMLEvent]) -> Bool {
    switch section {
    case "actions":
      guard let action = plain.action(events) else { return false }
      actions.append(action)
    case "people":
      guard let person = plain.person(events) else { return false }
      people.append(person)
    default:
      return false
    }
    return true
  }

  /// Takes the next part of the file.
  mutating func take(_ part: TopLevelPart) {
    switch part {
    case .start(let location):
      root = location
    case .document(let node):
      guard decoder.mapping(node, .caseFile) != nil, case .mapping(let pairs) = node.content
      else { return }
      // Unknown keys were reported by `mapping`; the known ones are taken as if streamed.
      root = node.location
      for pair in pairs where pair.key.scalar.map({ FormatSchema.caseFile.key($0) != nil }) == true
      {
        take(.entry(key: pair.key, value: pair.value))
      }
    case .entry(let key, let value):
      section = nil
      if root == nil { root = key.location }
      guard let name = known(key) else { return }
      if name == "case" {
        header = (key, value)
      } else if !value.isNull {
        for item in decoder.list(value, "'\(name)'") { add(item, to: name) }
      }
    case .list(let key):
      section = known(key)
    case .item(let node):
      if let section { add(node, to: section) }
    }
  }

  /// The name of a top-level key the format declares; an unknown one is reported.
  private func known(_ key: YAMLNode) -> String? {
    let schema = FormatSchema.caseFile
    guard decoder.position(of: key, in: schema, as: schema.what) != nil, let name = key.scalar
    else { return nil }
    decoder.noteRead(name, of: schema)
    return name
  }

  private mutating func add(_ item: YAMLNode, to section: String) {
    switch section {
    case "organizations": cases.organization(item).map { organizations.append($0) }
    case "people": cases.person(item).map { people.append($0) }
    case "sources": cases.source(item).map { sources.append($0) }
    case "actions": cases.action(item, defaults: nil).map { actions.append($0) }
    case "episodes": cases.episode(item, owners: &owners).map { episodes.append($0) }
    case "responses": cases.response(item).map { responses.append($0) }
    default: assertionFailure("'\(section)' is not a list of a case file")
    }
  }

  /// The case, once every part is taken; nil when the file cannot make one (its problems
  /// are in the decoder's bag).
  func finish() -> AuditCase? {
    guard let root else { return nil }
    guard let header, !header.value.isNull else {
      decoder.report(
        LoadErrors.missingKey(
          "case", in: FormatSchema.caseFile.what, at: header?.key.location ?? root))
      return nil
    }
    return cases.decodeCase(
      header: header.value, organizations: organizations, people: people, sources: sources,
      actions: actions, episodes: episodes, responses: responses)
  }
}
