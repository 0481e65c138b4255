import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

/// The JSON Schemas of `docs/schemas/`: generated from the declarations the loader reads by,
/// committed as generated, and satisfied by every shipped file and every valid fixture.
final class InputSchemaTests: XCTestCase {
  static let schemas = FixturePaths.root + "/docs/schemas"

  func testTheCommittedSchemasAreWhatTheDeclarationsGenerate() throws {
    let committed = try FileManager.default.contentsOfDirectory(atPath: Self.schemas)
      .filter { $0.hasSuffix(".schema.json") }.sorted()
    XCTAssertEqual(committed, FormatDocument.all.map(\.fileName).sorted())
    for document in FormatDocument.all {
      let text = try? String(
        contentsOfFile: Self.schemas + "/" + document.fileName, encoding: .utf8)
      XCTAssertEqual(
        text, JSONSchemaWriter.schema(of: document),
        "docs/schemas/\(document.fileName) is stale: regenerate with "
          + "`swift run audit schema --all -o docs/schemas`")
    }
  }

  func testTheSchemasUseOnlyKeywordsTheValidatorChecks() throws {
    for document in FormatDocument.all {
      let validator = try SchemaValidator(path: Self.schemas + "/" + document.fileName)
      XCTAssertEqual(validator.unsupportedKeywords(), [], document.fileName)
    }
  }

  /// Every file under Cases/ and Rules/, and every fixture not beside a golden `.expected` of
  /// the diagnostics it must give (its own, or its folder's).
  func testEveryShippedFileAndValidFixtureValidates() throws {
    let files =
      Self.yamlFiles(under: "Cases") + Self.yamlFiles(under: "Rules")
      + Self.yamlFiles(under: "Tests/Fixtures").filter { !Self.isBroken($0) }
    XCTAssertGreaterThan(files.count, 40)
    var checked: [String: Int] = [:]
    for file in files {
      guard let document = Self.document(for: file) else {
        XCTFail("\(file): no schema describes it")
        continue
      }
      let validator = try SchemaValidator(path: Self.schemas + "/" + document.fileName)
      let value = try YAMLJSON.read(FixturePaths.root + "/" + file)
      XCTAssertEqual(validator.errors(value), [], "\(file) against \(document.fileName)")
      checked[document.name, default: 0] += 1
    }
    // Each schema is exercised, so none passes for want of a file.
    XCTAssertEqual(checked.keys.sorted(), FormatDocument.all.map(\.name).sorted())
    XCTAssert(files.contains("Tests/Fixtures/cases/valid.yaml"))
    XCTAssert(files.contains("Tests/Fixtures/hostile/hostile-case.yaml"))
  }

  /// Every shipped file points editors at its schema; a file added later fails here until it does.
  func testEveryShippedFileStartsWithItsSchemaLine() throws {
    let files = Self.yamlFiles(under: "Cases") + Self.yamlFiles(under: "Rules")
    XCTAssertGreaterThan(files.count, 10)
    for file in files {
      guard let document = Self.document(for: file) else { continue }
      let text = try String(contentsOfFile: FixturePaths.root + "/" + file, encoding: .utf8)
      XCTAssertEqual(
        text.prefix { $0 != "\n" }, Substring(document.schemaComment(forFileAt: file)), file)
    }
  }

  /// The schemas are not vacuous: broken fixtures whose fault is one of shape are refused.
  func testBrokenFixturesOfShapeAreRefused() throws {
    let validator = try SchemaValidator(path: Self.schemas + "/case.schema.json")
    for name in [
      "unknown-key", "missing-key", "bad-credibility", "bad-reliability", "missing-kind",
      "no-evidence", "empty-republication", "bad-country", "empty-episode", "bad-id",
      "bad-capacity", "bad-translated", "bad-url", "bad-language", "empty-summary",
      "bad-date-range", "unknown-kind",
    ] {
      let path = FixturePaths.cases + "/" + name + ".yaml"
      XCTAssert(Self.isBroken("Tests/Fixtures/cases/\(name).yaml"), name)
      XCTAssertNotEqual(validator.errors(try YAMLJSON.read(path)), [], name)
    }
    let rules = try SchemaValidator(path: Self.schemas + "/rule.schema.json")
    for name in ["B-001-both", "B-002-neither"] {
      let path = FixturePaths.fixtures + "/rules/basis-errors/" + name + ".yaml"
      XCTAssertNotEqual(rules.errors(try YAMLJSON.read(path)), [], name)
    }
    XCTAssertNotEqual(
      rules.errors(
        try YAMLJSON.read(FixturePaths.fixtures + "/rules/bad-questions/Q-001-questions.yaml")),
      [])
    let measures = try SchemaValidator(path: Self.schemas + "/measures.schema.json")
    XCTAssertNotEqual(
      measures.errors(
        try YAMLJSON.read(FixturePaths.fixtures + "/rules/bad-measures/measures.yaml")),
      [])
  }

  /// Each declared key is one the decoders ask for: a declaration cannot outlive its reader,
  /// and (the decoders asserting it) no key is read without a declaration.
  func testEveryDeclaredKeyIsReadByTheLoader() throws {
    // The fixtures hold every kind of mapping; a key is read whether or not it is given.
    let decoder = NodeDecoder()
    decoder.recordsKeysRead = true
    var reader = CatalogueReader(decoder: decoder)
    reader.readCatalogues(in: FixturePaths.pack, required: true)
    decoder.vocabulary = reader.vocabulary
    let rules = RuleReader(catalogue: reader)
    for (_, files) in PackLoader.packFolders(FixturePaths.pack) {
      for file in files { _ = rules.rule(from: try InputFile.read(file), pack: "test") }
    }
    let valid = try InputFile.read(FixturePaths.cases + "/valid.yaml")
    _ = CaseDecoder(decoder: decoder, path: valid.path).decodeCase(try valid.yaml())
    // valid.yaml has no archived copy.
    let archived = InputFile(
      path: "archived.yaml",
      text: "{id: s, title: T, type: news_report, reliability: B, archive: {path: copy.txt}}")
    _ = CaseDecoder(decoder: decoder, path: archived.path).source(try archived.yaml())
    // Nor a reply that says what it answers.
    let reply = InputFile(
      path: "reply.yaml", text: "{outcome: responded, to: {actions: [a], episodes: [e]}}")
    _ = CaseDecoder(decoder: decoder, path: reply.path).response(try reply.yaml())
    // The fixture pack has no measures.yaml: read one with every key.
    let measures = InputFile(
      path: "measures.yaml",
      text: """
        measures:
          - id: m
            title: T
            description: D
            rests_on: [statutes.art4.4]
            when: [{severity_at_least: low, strength_at_least: reported, rules: [T-001], principles: [neutrality]}]
        """)
    reader.measuresFile(try measures.yaml())
    // And a configuration file.
    let config = try InputFile.read(FixturePaths.fixtures + "/config/full.yaml")
    var settings = AuditConfig(path: config.path)
    settings.decode(try config.yaml(), decoder)
    // A review record with a finding and a judgement, read against the valid case.
    let audit = try XCTUnwrap(
      CaseDecoder(decoder: NodeDecoder(vocabulary: reader.vocabulary), path: valid.path)
        .decodeCase(try valid.yaml()))
    let review = InputFile(
      path: "review.yaml",
      text: """
        {case: x, status: draft, status_date: 2024-01-01,
         findings: [{finding: f, fingerprint: "0000000000000000", decision: upheld, reason: r,
                     decided_by: c, date: 2024-01-01}],
         judgements: [{action: a, tag: t, judgement: declined, reason: r}]}
        """)
    _ = ReviewDecoder(
      decoder: decoder, audit: audit, today: PartialDate(year: 2030, month: 1, day: 1)!,
      path: review.path
    ).record(try review.yaml())
    let declared = Set(
      FormatDocument.schemas.flatMap { schema in schema.keys.map { schema.name + "." + $0.name } })
    XCTAssertEqual(declared.subtracting(decoder.keysRead).sorted(), [])
    XCTAssertEqual(decoder.keysRead.subtracting(declared).sorted(), [])
  }

  static func document(for file: String) -> FormatDocument? {
    let url = URL(fileURLWithPath: FixturePaths.root + "/" + file)
    let folder = url.deletingLastPathComponent().path
    if file.hasSuffix(".review.yaml") { return .named("review") }
    if file.hasPrefix("Tests/Fixtures/config/") || url.lastPathComponent == AuditConfig.fileName {
      return .named("config")
    }
    if file.hasPrefix("Cases/") || file.hasPrefix("Tests/Fixtures/cases/")
      || file.hasPrefix("Tests/Fixtures/hostile/") || file.hasPrefix("Tests/Fixtures/diff/")
      || file.hasPrefix("Tests/Fixtures/reviews/")
    {
      return .named("case")
    }
    if FileManager.default.fileExists(atPath: folder + "/pack.yaml"),
      let catalogue = FormatDocument.catalogue(fileName: url.lastPathComponent)
    {
      return catalogue
    }
    return .named("rule")
  }

  /// A broken fixture sits beside the golden diagnostics it must give: `name.expected` for
  /// `name.yaml`, or `folder.expected` for every file of `folder/`.
  static func isBroken(_ file: String) -> Bool {
    var path = FixturePaths.root + "/" + file
    if FileManager.default.fileExists(atPath: String(path.dropLast(".yaml".count)) + ".expected") {
      return true
    }
    while path.count > FixturePaths.fixtures.count {
      path = URL(fileURLWithPath: path).deletingLastPathComponent().path
      if FileManager.default.fileExists(atPath: path + ".expected") { return true }
    }
    return false
  }

  /// The `.yaml` files under `folder` (relative to the repository), sorted.
  static func yamlFiles(under folder: String) -> [String] {
    let root = FixturePaths.root + "/" + folder
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }
      .map { folder + "/" + $0 }.sorted()
  }
}
