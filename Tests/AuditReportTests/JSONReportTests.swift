import AuditCore
import Foundation
import XCTest

@testable import AuditReport

final class JSONReportTests: XCTestCase {
  static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../docs/audit-report-1.schema.json").standardized.path

  private func parse(_ json: String) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  func testSampleAndHostileReportsMatchTheSchema() throws {
    let validator = try SchemaValidator(path: Self.schemaPath)
    for context in [
      ReportSamples.sample(), ReportSamples.sample(date: "2024-05-01", principles: ["neutrality"]),
      HostileSample.context(),
    ] {
      let errors = validator.errors(try parse(JSONReport().render(context)))
      XCTAssertEqual(errors, [], errors.joined(separator: "\n"))
    }
  }

  func testTheValidatorCatchesABrokenDocument() throws {
    let validator = try SchemaValidator(path: Self.schemaPath)
    var object = try parse(JSONReport().render(ReportSamples.sample()))
    object["schema"] = "audit-report/0"
    object["extra"] = 1
    object.removeValue(forKey: "inputs")
    var findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
    findings[0]["severity"] = "severe"
    findings[0]["actions"] = "a1"
    object["findings"] = findings
    let errors = validator.errors(object)
    XCTAssertEqual(errors.count, 5, errors.joined(separator: "\n"))
  }

  func testDesignShape() throws {
    let object = try parse(JSONReport().render(ReportSamples.sample()))
    XCTAssertEqual(object["schema"] as? String, "audit-report/1")
    let audit = try XCTUnwrap(object["case"] as? [String: Any])
    XCTAssertEqual(audit["id"] as? String, "arcs")
    XCTAssertEqual(audit["subject"] as? String, "arcs")
    let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
    XCTAssertEqual(
      findings.map { $0["rule"] as? String }, ["IMP-001", "NEU-002", "IND-001", "NEU-004"])
    XCTAssertTrue(findings[2]["person"] as? String == "aslanov")
    XCTAssertTrue(findings[0]["person"] is NSNull)
    let evidence = try XCTUnwrap(findings[0]["evidence"] as? [[String: Any]])
    XCTAssertEqual(evidence[0]["verified"] as? Bool, true)
    XCTAssertTrue(evidence[1]["verified"] is NSNull)
    XCTAssertEqual(evidence[0]["credibility"] as? Int, 2)
    XCTAssertEqual(evidence[0]["reliability"] as? String, "B")
    XCTAssertEqual(
      findings[0]["references"] as? [String],
      ["principle.impartiality", "statutes.art4.4", "statutes.art3"])
    XCTAssertEqual(
      object["rules_without_findings"] as? [String], ["IMP-002", "IND-005", "NEU-001", "UNI-001"])
    XCTAssertEqual(object["unmatched_actions"] as? [String], ["arcs-flour-convoy"])
    let inputs = try XCTUnwrap(object["inputs"] as? [[String: String]])
    XCTAssertEqual(
      inputs.map { $0["path"]! },
      ["Cases/arcs.yaml", "Rules/pack.yaml", "Rules/principles.yaml", "Rules/references.yaml"])
    XCTAssertEqual(inputs[0]["sha256"], SHA256.hex(Array("case: {id: arcs}\n".utf8)))
    XCTAssertTrue(object["date"] is NSNull)
    let sources = try XCTUnwrap(object["sources"] as? [[String: Any]])
    let occrp = try XCTUnwrap(sources.first { $0["id"] as? String == "occrp" })
    XCTAssertEqual(occrp["quotes"] as? Int, 5)
    XCTAssertEqual(occrp["verified_quotes"] as? Int, 4)
    XCTAssertEqual(occrp["unverified_quotes"] as? Int, 1)
  }

  func testOutputIsByteDeterministicAndEndsWithANewLine() {
    let first = JSONReport().render(ReportSamples.sample())
    XCTAssertEqual(first, JSONReport().render(ReportSamples.sample()))
    XCTAssertTrue(first.hasSuffix("}\n"))
    XCTAssertTrue(
      first.hasPrefix("{\n  \"schema\": \"audit-report/1\",\n  \"case\": {\n    \"id\": \"arcs\","))
    XCTAssertEqual(JSONReport().fileExtension, "json")
  }

  func testStringsAreEscapedLosslessly() throws {
    let tricky =
      "quote \" backslash \\ tab \t nl \n cr \r nul \u{0} esc \u{1B} rlo \u{202E} ls \u{2028} <&> é 😀"
    let value = JSONValue.object(["text": .string(tricky)])
    let serialized = value.serialized()
    XCTAssertEqual(
      serialized,
      "{\n  \"text\": \"quote \\\" backslash \\\\ tab \\t nl \\n cr \\r nul \\u0000 esc \\u001b rlo \\u202e ls \\u2028 \\u003c\\u0026\\u003e é 😀\"\n}\n"
    )
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(serialized.utf8)) as? [String: String])
    XCTAssertEqual(parsed["text"], tricky)
    XCTAssertEqual(JSONValue.array([]).serialized(), "[]\n")
    XCTAssertEqual(JSONValue.object([]).serialized(), "{}\n")
  }
}
