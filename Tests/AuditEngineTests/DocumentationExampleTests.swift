import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

/// The YAML examples in docs/case-format.md and docs/rule-format.md are loaded with the real
/// loader and their rules' tests run, so the documentation cannot drift from the format.
final class DocumentationExampleTests: XCTestCase {
  /// The fenced `yaml` blocks right after a `<!-- example: KIND -->` line, by kind.
  static func examples(in path: String) throws -> [(kind: String, yaml: String)] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    var found: [(String, String)] = []
    var index = 0
    while index < lines.count {
      let line = lines[index].trimmingCharacters(in: .whitespaces)
      index += 1
      guard line.hasPrefix("<!-- example:"), line.hasSuffix("-->") else { continue }
      let kind = line.dropFirst("<!-- example:".count).dropLast(3)
        .trimmingCharacters(in: .whitespaces)
      guard index < lines.count, lines[index] == "```yaml" else {
        XCTFail("\(path):\(index): an example marker must be followed by a ```yaml block")
        continue
      }
      var body: [String] = []
      index += 1
      while index < lines.count, lines[index] != "```" {
        body.append(lines[index])
        index += 1
      }
      found.append((kind, body.joined(separator: "\n") + "\n"))
    }
    return found
  }

  func temporaryFolder() throws -> String {
    try TemporaryFolder.make("docs")
  }

  func testTheCaseFormatsExampleLoads() throws {
    let examples = try Self.examples(in: FixturePaths.root + "/docs/case-format.md")
    XCTAssertEqual(examples.map(\.kind), ["case"])
    let vocabulary = try PackLoader.load([FixturePaths.root + "/Rules"]).vocabulary
    let path = try temporaryFolder() + "/example.yaml"
    try examples[0].yaml.write(toFile: path, atomically: true, encoding: .utf8)
    let audit = try CaseLoader.load(path: path, vocabulary: vocabulary).audit
    let kinds = Set(audit.allEvidence.map(\.kind))
    XCTAssertTrue(kinds.isSuperset(of: [.words, .fact, .analysis]), "\(kinds)")
    XCTAssertEqual(audit.episodes.count, 1)
    XCTAssertFalse(audit.actions[0].date.isSingle, "the example shows a date range")
  }

  func testTheRuleFormatsExamplesLoadAndTheirTestsPass() throws {
    let examples = try Self.examples(in: FixturePaths.root + "/docs/rule-format.md")
    XCTAssertEqual(examples.map(\.kind), ["rule", "rule", "rule", "standards"])
    let folder = try temporaryFolder()
    var ruleIDs: [String] = []
    for (number, example) in examples.enumerated() {
      if example.kind == "standards" {
        try example.yaml.write(
          toFile: folder + "/standards.yaml", atomically: true, encoding: .utf8)
      } else {
        let id = "EX-\(number + 1)"
        ruleIDs.append(id)
        try example.yaml.write(toFile: folder + "/\(id).yaml", atomically: true, encoding: .utf8)
      }
    }
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules", folder])
    XCTAssertNotNil(catalogue.standard("ex.rule31"))
    let compiled = try CompiledRule.compileAll(catalogue).filter { $0.spec.id.hasPrefix("EX-") }
    XCTAssertEqual(
      compiled.map(\.spec.basis), [.principle("neutrality"), .standard("ihl.rule55"), .instruments])
    let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(compiled)
    XCTAssertEqual(count, 6)
    XCTAssertEqual(failures.map(\.message), [])
  }

  func testEveryExampleValidatesAgainstItsSchema() throws {
    var checked = 0
    for document in ["case-format", "rule-format", "measures-format"] {
      for example in try Self.examples(in: FixturePaths.root + "/docs/\(document).md") {
        let schema = FixturePaths.root + "/docs/schemas/\(example.kind).schema.json"
        let value = try YAMLJSON.parse(example.yaml, path: "\(document) example")
        XCTAssertEqual(try SchemaValidator(path: schema).errors(value), [], example.yaml)
        checked += 1
      }
    }
    XCTAssertEqual(checked, 6)
  }

  func testTheMeasuresFormatsExampleLoads() throws {
    let examples = try Self.examples(in: FixturePaths.root + "/docs/measures-format.md")
    XCTAssertEqual(examples.map(\.kind), ["measures"])
    // The shipped pack without its own measures.yaml, whose ids the example shares.
    let pack = try temporaryFolder() + "/Rules"
    try FileManager.default.copyItem(atPath: FixturePaths.root + "/Rules", toPath: pack)
    try FileManager.default.removeItem(atPath: pack + "/measures.yaml")
    try examples[0].yaml.write(toFile: pack + "/measures.yaml", atomically: true, encoding: .utf8)
    let catalogue = try PackLoader.load([pack])
    XCTAssertEqual(
      catalogue.measures.map(\.id), ["written-response", "referral-compliance-committee"])
    XCTAssertEqual(catalogue.measures[1].when.count, 2)
    XCTAssertEqual(catalogue.measures[1].when[0].strengthAtLeast, .reported)
  }
}
