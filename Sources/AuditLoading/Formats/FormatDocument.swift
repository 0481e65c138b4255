/// A kind of YAML file the loader reads, with the mapping at its root: what one JSON Schema
/// under `docs/schemas/` describes.
public struct FormatDocument: Sendable {
  /// The schema's file stem: `case` for `docs/schemas/case.schema.json`.
  public let name: String
  /// The files it describes, for the schema's title.
  public let title: String
  /// The mapping at the file's root.
  public let root: FormatSchema

  /// `case.schema.json`.
  public var fileName: String { name + ".schema.json" }

  /// The line that points editors (yaml-language-server) at this schema, for a file at
  /// `path` relative to the folder holding `docs/`: `Cases/arcs.yaml` gets
  /// `# yaml-language-server: $schema=../docs/schemas/case.schema.json`.
  public func schemaComment(forFileAt path: String) -> String {
    let depth = path.split(separator: "/").count - 1
    return Self.commentPrefix + String(repeating: "../", count: depth) + "docs/schemas/" + fileName
  }

  /// What a schema comment line starts with.
  public static let commentPrefix = "# yaml-language-server: $schema="

  /// Every kind of file: the case file, the rule file, the six catalogues, the configuration
  /// file and the review record.
  public static let all: [FormatDocument] = [
    FormatDocument(name: "case", title: "audit case file", root: .caseFile),
    FormatDocument(name: "rule", title: "audit rule file", root: .rule),
    FormatDocument(name: "pack", title: "audit pack.yaml", root: .pack),
    FormatDocument(name: "principles", title: "audit principles.yaml", root: .principles),
    FormatDocument(name: "standards", title: "audit standards.yaml", root: .standards),
    FormatDocument(name: "references", title: "audit references.yaml", root: .references),
    FormatDocument(name: "measures", title: "audit measures.yaml", root: .measures),
    FormatDocument(name: "vocabulary", title: "audit vocabulary.yaml", root: .vocabulary),
    FormatDocument(name: "config", title: "audit configuration file .audit.yaml", root: .config),
    FormatDocument(name: "review", title: "audit review record", root: .reviewFile),
  ]

  /// The document named `name`.
  public static func named(_ name: String) -> FormatDocument? { all.first { $0.name == name } }

  /// The document describing a catalogue file of a pack's folder (`pack.yaml` …), by file name.
  public static func catalogue(fileName: String) -> FormatDocument? {
    guard PackLoader.catalogueFiles.contains(fileName) else { return nil }
    return named(String(fileName.dropLast(".yaml".count)))
  }

  /// Every mapping the loader reads, by `name`.
  static let schemas: [FormatSchema] = [
    .caseFile, .caseHeader, .period, .organization, .person, .position, .source, .archive,
    .republication, .evidence, .action, .testAction, .episode, .response, .responseTo,
    .rule, .severityCriterion, .aggregate, .ruleTest,
    .pack, .strength, .grade, .countedGrade, .principles, .principle, .standards, .standard,
    .references, .reference, .inForce, .measures, .measure, .measureCondition, .vocabulary, .term,
    .config, .reviewFile, .reviewFinding, .reviewJudgement,
  ]

  /// The declaration named `name`.
  public static func schema(_ name: String) -> FormatSchema? { schemas.first { $0.name == name } }

  /// The mappings below the root, in the order first met, for the schema's `$defs`.
  public var definitions: [FormatSchema] {
    var found: [FormatSchema] = []
    var seen: Set<String> = [root.name]
    func visit(_ schema: FormatSchema) {
      for key in schema.keys {
        for name in Self.objects(in: key.type) where seen.insert(name).inserted {
          guard let sub = Self.schema(name) else { preconditionFailure("undeclared \(name)") }
          found.append(sub)
          visit(sub)
        }
      }
    }
    visit(root)
    return found
  }

  private static func objects(in type: FormatSchema.ValueType) -> [String] {
    switch type {
    case .object(let name): [name]
    case .list(let item, _): objects(in: item)
    case .definitions: [FormatSchema.term.name]
    default: []
    }
  }
}
