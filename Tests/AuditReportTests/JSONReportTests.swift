import AuditCore
import AuditDigest
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditReport

final class JSONReportTests: XCTestCase {
  static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../docs/audit-report-3.schema.json").standardized.path

  /// Every sample the renderer is checked on: plain, filtered and dated, with an episode, with
  /// every part of the assessment (episodes, patterns, context under a standard, undecided
  /// evaluations), and hostile.
  static func contexts() -> [(name: String, context: ReportContext)] {
    [
      ("sample", ReportSamples.sample()),
      (
        "sample, dated, neutrality",
        ReportSamples.sample(date: "2024-05-01", principles: ["neutrality"])
      ),
      ("episode", ReportSamples.episodeSample()),
      ("assessment", ReportSamples.assessmentSample()),
      ("assessment, neutrality", ReportSamples.assessmentSample(principles: ["neutrality"])),
      ("hostile", HostileSample.context()),
    ]
  }

  private func parse(_ json: String) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  private func objects(_ value: Any?) throws -> [[String: Any]] {
    try XCTUnwrap(value as? [[String: Any]])
  }

  func testTheSchemaIsVersionTwoAndUsesOnlyKeywordsTheValidatorApplies() throws {
    let validator = try SchemaValidator(path: Self.schemaPath)
    XCTAssertEqual(validator.unsupportedKeywords(), [])
    let properties = try XCTUnwrap(validator.root["properties"] as? [String: Any])
    let schema = try XCTUnwrap(properties["schema"] as? [String: Any])
    XCTAssertEqual(schema["const"] as? String, JSONReport.schema)
    XCTAssertEqual(JSONReport.schema, "audit-report/3")
    XCTAssertEqual(validator.root["additionalProperties"] as? Bool, false)
  }

  func testSampleEpisodeAndHostileReportsMatchTheSchema() throws {
    let validator = try SchemaValidator(path: Self.schemaPath)
    for (name, context) in Self.contexts() {
      let errors = validator.errors(try parse(JSONReport().render(context)))
      XCTAssertEqual(errors, [], name + ":\n" + errors.joined(separator: "\n"))
    }
  }

  /// The schema lists the document's keys in the order the renderer writes them.
  func testTheSchemaRequiresEveryTopLevelKeyInTheOrderWritten() throws {
    let validator = try SchemaValidator(path: Self.schemaPath)
    let required = try XCTUnwrap(validator.root["required"] as? [String])
    let json = JSONReport().render(ReportSamples.assessmentSample())
    let written = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
      String($0.dropFirst(3).prefix { $0 != "\"" })
    }
    XCTAssertEqual(written, required)
  }

  func testTheValidatorCatchesABrokenDocument() throws {
    let validator = try SchemaValidator(path: Self.schemaPath)
    var object = try parse(JSONReport().render(ReportSamples.assessmentSample()))
    object["schema"] = "audit-report/1"
    object["extra"] = 1
    object.removeValue(forKey: "inputs")
    var counts = try XCTUnwrap(object["counts"] as? [String: Any])
    var bySeverity = try XCTUnwrap(counts["by_severity"] as? [String: Any])
    bySeverity["severe"] = 1
    counts["by_severity"] = bySeverity
    object["counts"] = counts
    var hits = try objects(object["hits"])
    hits[0]["conditions"] = [["text": "x"]]
    object["hits"] = hits
    var findings = try objects(object["findings"])
    findings[0]["severity"] = "severe"
    findings[0]["actions"] = "a1"
    findings[0]["principles"] = ["neutrality": [String]()]
    var evidence = try objects(findings[0]["evidence"])
    evidence[0]["kind"] = "rumour"
    findings[0]["evidence"] = evidence
    var points = try objects(findings[0]["to_verify"])
    points[0]["kind"] = "gossip"
    findings[0]["to_verify"] = points
    object["findings"] = findings
    var context = try objects(object["context"])
    context[1]["principle"] = "neutrality"  // beside its standard: exactly one may be given
    object["context"] = context
    var undecided = try objects(object["undecided"])
    undecided[0]["person"] = "huseynova"  // beside its act: exactly one may be given
    object["undecided"] = undecided
    var actions = try objects(object["actions"])
    actions[0]["date"] = "2023-13-1/later"
    object["actions"] = actions
    let errors = validator.errors(object)
    let expected = [
      "$.schema: is not audit-report/3", "$: undocumented key extra",
      "$: missing required key inputs",
      "$.counts.by_severity: undocumented key severe",
      "$.hits[0].conditions[0]: missing required key values",
      "$.findings[0].severity:", "$.findings[0].actions:",
      "$.findings[0].principles.neutrality: fewer than 1 items",
      "$.findings[0].evidence[0].kind:", "$.findings[0].to_verify[0].kind:",
      "$.context[1]: matches 0 of oneOf", "$.undecided[0]: matches 0 of oneOf",
      "$.actions[0].date:",
    ]
    for prefix in expected {
      XCTAssertEqual(
        errors.filter { $0.hasPrefix(prefix) }.count, 1,
        prefix + "\n" + errors.joined(separator: "\n"))
    }
    XCTAssertEqual(errors.count, expected.count, errors.joined(separator: "\n"))
  }

  /// The shape of the example in the contract: hits with why they fired, findings by episode,
  /// context under a standard, undecided with what was missing, inputs with digests.
  func testDesignShape() throws {
    let object = try parse(JSONReport().render(ReportSamples.assessmentSample()))
    XCTAssertEqual(object["schema"] as? String, "audit-report/3")
    let audit = try XCTUnwrap(object["case"] as? [String: Any])
    XCTAssertEqual(audit["id"] as? String, "arcs")
    XCTAssertEqual(audit["title"] as? String, ReportSamples.sampleCase().title)
    XCTAssertEqual(audit["subject"] as? String, "arcs")

    let hits = try objects(object["hits"])
    XCTAssertEqual(
      hits.map { $0["rule"] as? String }, ["IMP-001", "NEU-001", "IND-001", "NEU-002", "IND-005"])
    let first = hits[0]
    XCTAssertEqual(first["principle"] as? String, "impartiality")
    XCTAssertEqual(first["severity"] as? String, "high")
    XCTAssertEqual(first["actions"] as? [String], ["arcs-no-crisis-statement"])
    XCTAssertEqual(
      first["message"] as? String,
      "Azerbaijan Red Crescent Society denied a humanitarian need on 2023-08")
    let conditions = try objects(first["conditions"])
    XCTAssertEqual(
      conditions.map { $0["text"] as? String },
      ["action.tags contains \"denies_humanitarian_need\"", "org.type == \"national_society\""])
    XCTAssertEqual(conditions[1]["values"] as? [String], ["org.type = \"national_society\""])
    XCTAssertEqual(hits[2]["person"] as? String, "aslanov")
    XCTAssertEqual(hits[2]["actions"] as? [String], [])

    let findings = try objects(object["findings"])
    XCTAssertEqual(
      findings.map { $0["id"] as? String },
      ["august-2023-denial", "aslanov", "aslanov-praises-checkpoint"])
    XCTAssertEqual(findings.map { $0["number"] as? Int }, [1, 2, 3])
    let episode = findings[0]
    XCTAssertEqual(episode["episode"] as? String, "august-2023-denial")
    XCTAssertEqual(
      episode["actions"] as? [String], ["arcs-no-crisis-statement", "arcs-denial-repeated"])
    XCTAssertEqual(episode["other_actions"] as? [String], ["mfa-echoes-denial"])
    let principles = try XCTUnwrap(episode["principles"] as? [String: [String]])
    XCTAssertEqual(principles, ["impartiality": ["IMP-001"], "neutrality": ["NEU-001"]])
    XCTAssertEqual(episode["severity"] as? String, "high")
    XCTAssertEqual(episode["strength"] as? String, "established")
    XCTAssertEqual(
      episode["strength_basis"] as? String,
      "the actor's own words in a primary source, Azerbaijan Red Crescent Society (B1); some of the principles engaged rest on weaker evidence, as listed under them"
    )
    let engagements = try objects(episode["engagements"])
    XCTAssertEqual(engagements.map { $0["strength"] as? String }, ["established", "alleged"])
    let points = try objects(episode["to_verify"])
    XCTAssertEqual(
      points.map { $0["kind"] as? String },
      [
        "quote_unchecked", "approximate_date", "inferred_capacity", "translated",
        "quote_unchecked", "approximate_date",
      ])
    XCTAssertEqual(points[2]["action"] as? String, "arcs-denial-repeated")
    XCTAssertEqual(
      points[5]["text"] as? String,
      "arcs-denial-repeated is dated only between 20 August and 25 August 2023.")
    let evidence = try objects(episode["evidence"])
    XCTAssertEqual(evidence.map { $0["kind"] as? String }, ["words", "words", "words"])
    XCTAssertEqual(evidence.map { $0["verified"] as? Bool }, [true, nil, nil])
    XCTAssertTrue(evidence[1]["verified"] is NSNull)
    XCTAssertEqual(evidence.map { $0["translated"] as? Bool }, [false, false, true])
    XCTAssertEqual(evidence[0]["source"] as? String, "occrp")
    XCTAssertEqual(evidence[0]["reliability"] as? String, "B")
    XCTAssertEqual(evidence[0]["credibility"] as? Int, 2)
    XCTAssertEqual(findings[1]["person"] as? String, "aslanov")
    XCTAssertTrue(findings[1]["episode"] is NSNull)
    XCTAssertTrue(try objects(findings[1]["evidence"])[0]["action"] is NSNull)
    XCTAssertTrue(findings[2]["episode"] is NSNull)

    let patterns = try objects(object["patterns"])
    XCTAssertEqual(patterns.map { $0["rule"] as? String }, ["IND-005"])
    XCTAssertEqual(
      patterns[0]["findings"] as? [String], ["august-2023-denial", "aslanov-praises-checkpoint"])

    let context = try objects(object["context"])
    XCTAssertEqual(context.map { $0["rule"] as? String }, ["NEU-004", "CTX-001"])
    XCTAssertEqual(context[1]["standard"] as? String, "ihl.rule55")
    XCTAssertTrue(context[1]["principle"] is NSNull)
    XCTAssertEqual(context[1]["actions"] as? [String], ["mfa-blocks-convoy"])
    XCTAssertTrue(context[0]["standard"] is NSNull)
    XCTAssertEqual(context[0]["principle"] as? String, "neutrality")
    XCTAssertEqual(context[0]["organization"] as? String, "az-mfa")
    let standards = try objects(object["standards"])
    XCTAssertEqual(standards.map { $0["id"] as? String }, ["ihl.rule55"])

    let undecided = try objects(object["undecided"])
    XCTAssertEqual(undecided.map { $0["rule"] as? String }, ["IMP-002", "IND-001"])
    XCTAssertEqual(undecided[0]["action"] as? String, "arcs-flour-convoy")
    XCTAssertEqual(undecided[0]["missing"] as? [String], ["action.quote", "action.channel"])
    XCTAssertTrue(undecided[1]["action"] is NSNull)
    XCTAssertEqual(undecided[1]["person"] as? String, "huseynova")

    let rules = try objects(object["rules"])
    let convoy = try XCTUnwrap(rules.first { $0["rule"] as? String == "CTX-001" })
    XCTAssertEqual(convoy["standard"] as? String, "ihl.rule55")
    XCTAssertTrue(convoy["principle"] is NSNull)
    let actions = try objects(object["actions"])
    let repeated = try XCTUnwrap(actions.first { $0["id"] as? String == "arcs-denial-repeated" })
    XCTAssertEqual(repeated["date"] as? String, "2023-08-20/2023-08-25")
    XCTAssertEqual(repeated["capacity"] as? String, "inferred")
    XCTAssertEqual(repeated["findings"] as? [Int], [1])
    XCTAssertEqual(
      object["unmatched_actions"] as? [String], ["mfa-echoes-denial", "arcs-flour-convoy"])

    let inputs = try XCTUnwrap(object["inputs"] as? [[String: String]])
    XCTAssertEqual(
      inputs.map { $0["path"]! },
      ["Cases/arcs.yaml", "Rules/pack.yaml", "Rules/principles.yaml", "Rules/references.yaml"])
    XCTAssertEqual(inputs[0]["sha256"], SHA256.hex(Array("case: {id: arcs}\n".utf8)))
    XCTAssertTrue(object["date"] is NSNull)
  }

  /// What the sample's sources and filter say, unchanged from the first schema.
  func testSourcesAndFilter() throws {
    let object = try parse(JSONReport().render(ReportSamples.sample()))
    let sources = try objects(object["sources"])
    let occrp = try XCTUnwrap(sources.first { $0["id"] as? String == "occrp" })
    XCTAssertEqual(occrp["quotes"] as? Int, 5)
    XCTAssertEqual(occrp["verified_quotes"] as? Int, 4)
    XCTAssertEqual(occrp["unverified_quotes"] as? Int, 1)
    XCTAssertEqual(object["principle_filter"] as? [String], [])
    let filtered = try parse(
      JSONReport().render(ReportSamples.sample(date: "2024-05-01", principles: ["neutrality"])))
    XCTAssertEqual(filtered["date"] as? String, "2024-05-01")
    XCTAssertEqual(filtered["principle_filter"] as? [String], ["neutrality"])
  }

  /// `counts` holds the lengths of the lists it counts, and the terminal says the same numbers.
  func testCountsEqualTheListsAndTheTerminalSummary() throws {
    for (name, context) in Self.contexts() {
      let object = try parse(JSONReport().render(context))
      let counts = try XCTUnwrap(object["counts"] as? [String: Any])
      func count(_ key: String) -> Int? { counts[key] as? Int }
      func length(_ key: String) -> Int? { (object[key] as? [Any])?.count }
      for key in [
        "findings", "patterns", "hits", "context", "undecided", "rules", "unmatched_actions",
      ] {
        XCTAssertEqual(count(key), length(key), "\(name): \(key)")
      }
      let rules = try objects(object["rules"])
      XCTAssertEqual(
        count("rules_without_match"),
        rules.filter { $0["evaluated"] as? Bool == true && $0["hits"] as? Int == 0 }.count, name)
      let findings = try objects(object["findings"])
      let bySeverity = try XCTUnwrap(counts["by_severity"] as? [String: Int])
      for (severity, n) in bySeverity {
        XCTAssertEqual(findings.filter { $0["severity"] as? String == severity }.count, n, name)
      }
      XCTAssertEqual(bySeverity.values.reduce(0, +), findings.count, name)
      let byPrinciple = try XCTUnwrap(counts["by_principle"] as? [String: Int])
      for (principle, n) in byPrinciple {
        let engaging = try findings.filter { finding in
          try XCTUnwrap(finding["principles"] as? [String: Any])[principle] != nil
        }
        XCTAssertEqual(engaging.count, n, "\(name): \(principle)")
      }

      let terminal = TerminalSummary().render(context, reportPath: "r.json", color: false)
      let numbers = [
        ("findings", #"(\d+) findings? about the subject"#),
        ("patterns", #"; (\d+) patterns? across findings"#),
        ("context", #"; (\d+) context hits? on the acts of others"#),
        ("rules", #"; (\d+) rules? evaluated"#),
        ("rules_without_match", #"evaluated, (\d+) with no recorded act matched"#),
        ("undecided", #"; (\d+) undecided evaluations? for lack of data"#),
        ("unmatched_actions", #"; (\d+) acts? no rule matched\."#),
      ]
      for (key, pattern) in numbers {
        XCTAssertEqual(
          Self.number(pattern, in: terminal), count(key), "\(name): \(key)\n\(terminal)")
      }
      for (severity, n) in bySeverity {
        XCTAssertTrue(terminal.contains("\(n) \(severity)"), "\(name): \(severity)\n\(terminal)")
      }
      XCTAssertEqual(
        terminal.split(separator: "\n").filter { $0.contains(" Finding ") }.count, findings.count,
        name)
    }
  }

  private static func number(_ pattern: String, in text: String) -> Int? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range(at: 1), in: text)
    else { return nil }
    return Int(text[range])
  }

  func testOutputIsByteDeterministicAndEndsWithANewLine() {
    for (name, context) in Self.contexts() {
      let first = JSONReport().render(context)
      XCTAssertEqual(first, JSONReport().render(context), name)
      XCTAssertTrue(first.hasSuffix("}\n"), name)
    }
    let sample = JSONReport().render(ReportSamples.assessmentSample())
    XCTAssertEqual(sample, JSONReport().render(ReportSamples.assessmentSample()))
    XCTAssertTrue(
      sample.hasPrefix("{\n  \"schema\": \"audit-report/3\",\n  \"case\": {\n    \"id\": \"arcs\",")
    )
    XCTAssertEqual(JSONReport().fileExtension, "json")
  }

  func testStringsAreEscapedLosslessly() throws {
    let tricky =
      "quote \" backslash \\ tab \t nl \n cr \r nul \u{0} esc \u{1B} rlo \u{202E} ls \u{2028} <&> é 😀"
    let serialized = JSONWriter.document { json in json.object { $0.field("text", tricky) } }
    XCTAssertEqual(
      serialized,
      "{\n  \"text\": \"quote \\\" backslash \\\\ tab \\t nl \\n cr \\r nul \\u0000 esc \\u001b rlo \\u202e ls \\u2028 \\u003c\\u0026\\u003e é 😀\"\n}\n"
    )
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(serialized.utf8)) as? [String: String])
    XCTAssertEqual(parsed["text"], tricky)
    XCTAssertEqual(JSONWriter.document { $0.array { _ in } }, "[]\n")
    XCTAssertEqual(JSONWriter.document { $0.object { _ in } }, "{}\n")
  }

  /// The hostile case's strings come back from the report exactly as written.
  func testHostileStringsSurviveTheReportUnchanged() throws {
    let object = try parse(JSONReport().render(HostileSample.context()))
    let audit = try XCTUnwrap(object["case"] as? [String: Any])
    XCTAssertEqual(audit["title"] as? String, HostileSample.hostileCase().title)
    XCTAssertEqual(audit["summary"] as? String, HostileSample.hostileCase().summary)
    let quotes = try objects(object["actions"]).flatMap { try objects($0["evidence"]) }
      .compactMap { $0["quote"] as? String }
    XCTAssertTrue(quotes.contains(HostileSample.everything))
  }
}
