import AuditCore
import Foundation

/// Reads the catalogues of rule packs — pack.yaml, principles, standards, references,
/// measures, vocabulary — and merges them in load order.
struct CatalogueReader {
  let decoder: NodeDecoder
  var manifests: [PackManifest] = []
  var principles: [Principle] = []
  var standards: [Standard] = []
  /// The reference ids standards cite, resolved once every pack's references are read.
  var standardReferences: [(id: String, location: SourceLocation)] = []
  var references: [Reference] = []
  /// The measures of every pack's `measures.yaml`, in load order.
  var measures: [Measure] = []
  /// The ids measures name (`reference`, `principle` or `rule`), resolved by `resolveMeasures`.
  var pendingMeasureIDs: [(id: String, kind: String, location: SourceLocation)] = []
  var vocabulary = Vocabulary()
  var inputs: [InputFile] = []
  /// Each `superseded_by` read, with its catalogue section, resolved once every pack is read.
  var successors: [(id: String, section: String, location: SourceLocation)] = []
  /// The folder given for the pack being read: no file read may lead outside it.
  var packRoot = ""
  /// Where each id was first declared, by section.
  private var firstSeen: [String: SourceLocation] = [:]

  init(decoder: NodeDecoder) { self.decoder = decoder }

  /// Reads a file, keeping it for the method section; problems go to the bag.
  mutating func read(_ path: String) -> InputFile? {
    if !packRoot.isEmpty, PackLoader.leaves(packRoot, path) {
      decoder.report(LoadErrors.packFileOutside(path, pack: packRoot))
      return nil
    }
    do {
      let input = try InputFile.read(path)
      inputs.append(input)
      return input
    } catch {
      decoder.bag.report(contentsOf: error.all)
      return nil
    }
  }

  private mutating func root(_ folder: String, _ name: String, required: Bool) -> YAMLNode? {
    let path = folder + "/" + name
    guard FileManager.default.fileExists(atPath: path) else {
      if required {
        decoder.report(LoadErrors.missingPackFile(path))
      }
      return nil
    }
    guard let input = read(path) else { return nil }
    do {
      return try input.yaml()
    } catch {
      decoder.bag.report(contentsOf: error.all)
      return nil
    }
  }

  mutating func readCatalogues(in folder: String, required: Bool) {
    if let node = root(folder, "pack.yaml", required: required) { manifest(node, folder: folder) }
    if let node = root(folder, "vocabulary.yaml", required: required) {
      vocabularyFile(node, path: folder + "/vocabulary.yaml")
    }
    if let node = root(folder, "principles.yaml", required: required),
      let f = decoder.mapping(node, .principles)
    {
      for item in f.list("principles") { principle(item) }
    }
    if let node = root(folder, "standards.yaml", required: required) { standardsFile(node) }
    if let node = root(folder, "references.yaml", required: required),
      let f = decoder.mapping(node, .references)
    {
      for item in f.list("references") { reference(item) }
    }
    if let node = root(folder, "measures.yaml", required: false) { measuresFile(node) }
  }

  private mutating func manifest(_ node: YAMLNode, folder: String) {
    guard
      let f = decoder.mapping(node, .pack),
      let name = f.string("name"), let version = f.string("version")
    else { return }
    var strength: PackManifest.StrengthThresholds?
    if let node = f["strength"],
      let s = decoder.mapping(node, .strength),
      let primary = grade(s.required("primary_source"), "'primary_source'"),
      let independent = grade(
        s.required("independent_sources"), "'independent_sources'", counted: true),
      let reported = grade(s.required("reported"), "'reported'")
    {
      strength = .init(
        primarySource: primary.0, independentCount: independent.1,
        independentSources: independent.0,
        reported: reported.0)
    }
    manifests.append(
      PackManifest(
        name: name, version: version, description: f.string("description") ?? "",
        strength: strength,
        path: folder))
  }

  private func grade(_ node: YAMLNode?, _ what: String, counted: Bool = false)
    -> (PackManifest.Grade, Int)?
  {
    guard let node,
      let f = decoder.mapping(node, counted ? .countedGrade : .grade, as: what),
      let r = f.required("max_reliability"),
      let reliability = decoder.choice(r, "reliability", as: Reliability.self),
      let c = f.required("max_credibility"),
      let credibility = decoder.int(c, "credibility", range: Credibility.range)
    else { return nil }
    var count = 1
    if counted {
      guard let n = f.required("count"), let value = decoder.int(n, "'count'", range: 1...100)
      else {
        return nil
      }
      count = value
    }
    return (PackManifest.Grade(maxReliability: reliability, maxCredibility: credibility), count)
  }

  private mutating func vocabularyFile(_ node: YAMLNode, path: String) {
    guard let f = decoder.mapping(node, .vocabulary) else { return }
    var added = Vocabulary()
    added.files = [path]
    for kind in Vocabulary.Kind.allCases {
      guard let section = f[kind.rawValue] else { continue }
      guard case .mapping(let pairs) = section.content else {
        decoder.report(
          LoadErrors.wrongKind(
            "a mapping of term: definition", found: section.kindName, for: "'\(kind.rawValue)'",
            at: section.location))
        continue
      }
      var terms: [String: String] = [:]
      for (key, value) in pairs {
        guard let term = decoder.id(key, "a term") else { continue }
        let definition: String?
        if case .mapping = value.content {
          guard let entry = decoder.mapping(value, .term) else { continue }
          definition = entry.string("definition")
          let synonyms = entry.strings("synonyms").map(\.0)
          if !synonyms.isEmpty { added.synonyms[kind, default: [:]][term] = synonyms }
          if let phrases = entry["indicators"].flatMap(indicators), !phrases.isEmpty {
            added.indicators[kind, default: [:]][term] = phrases
          }
        } else {
          definition = decoder.string(value, "a definition")
          if let definition, Fields.isBlank(definition) {
            decoder.report(LoadErrors.emptyText("the definition of '\(term)'", at: value.location))
          }
        }
        if let definition { terms[term] = definition }
      }
      added.terms[kind] = terms
    }
    vocabulary.merge(added)
  }

  /// A term's indicator phrases: language code → phrases.
  private func indicators(_ node: YAMLNode) -> [String: [String]]? {
    guard case .mapping(let pairs) = node.content else {
      decoder.report(
        LoadErrors.wrongKind(
          "a mapping of language code: [phrases]", found: node.kindName, for: "'indicators'",
          at: node.location))
      return nil
    }
    var phrases: [String: [String]] = [:]
    for (key, value) in pairs {
      guard let language = decoder.string(key, "a language code") else { continue }
      guard language.split(separator: "-").first.map(ISOCodes.isLanguage) == true else {
        decoder.report(LoadErrors.badLanguage(language, at: key.location))
        continue
      }
      phrases[language] = decoder.strings(value, "the phrases in '\(language)'").map(\.0)
    }
    return phrases
  }

  private mutating func principle(_ node: YAMLNode) {
    guard
      let f = decoder.mapping(node, .principle),
      let id = f.id("id"), let name = f.string("name"),
      let text = f.string("text")
    else { return }
    let inForce = self.inForce(f, section: "principles")
    guard unique(id, at: f["id"]!.location, section: "principles") else { return }
    principles.append(
      Principle(
        id: id, name: name, text: text, source: f.string("source"),
        url: f["url"].flatMap { decoder.url($0, "'url'") }, inForce: inForce))
  }

  private mutating func reference(_ node: YAMLNode) {
    guard
      let f = decoder.mapping(node, .reference),
      let id = f.id("id"), let title = f.string("title"),
      let statusNode = f.required("status"),
      let status = decoder.choice(statusNode, "status", as: Reference.Status.self)
    else { return }
    let (text, summary) = wording(f, of: "reference '\(id)'", status: status)
    let inForce = self.inForce(f, section: "references")
    guard unique(id, at: f["id"]!.location, section: "references") else { return }
    references.append(
      Reference(
        id: id, title: title, text: text, summary: summary,
        url: f["url"].flatMap { decoder.url($0, "'url'") }, status: status, inForce: inForce))
  }

  /// A text's exact words and its summary: at least one, and no words unless they were read.
  func wording(_ f: Fields, of what: String, status: Reference.Status) -> (String?, String?) {
    let text = f.string("text")
    let summary = f.string("summary")
    if text == nil && summary == nil {
      decoder.report(LoadErrors.missingWording(what, at: f.node.location))
    }
    if text != nil && status == .notRead {
      decoder.report(
        .error(
          .schemaValue,
          "\(what) has status not_read but quotes a 'text': give a 'summary' instead",
          at: f["text"]!.location))
    }
    return (text, summary)
  }

  /// False, with an error, when `id` was already declared in `section`.
  mutating func unique(_ id: String, at location: SourceLocation, section: String) -> Bool {
    let key = section + ":" + id
    if let first = firstSeen[key] {
      decoder.report(
        .error(
          .schemaDuplicateID, "duplicate id '\(id)' in \(section) (first at \(first))",
          at: location))
      return false
    }
    firstSeen[key] = location
    return true
  }
}
