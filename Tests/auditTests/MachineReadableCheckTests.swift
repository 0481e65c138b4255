import AuditTestSupport
import Foundation
import XCTest

/// `--format json` on `audit check`, `audit rules validate` and `audit rules list`, and
/// `audit rules test --rule ID`: what editors and CI read.
final class MachineReadableCheckTests: XCTestCase {
  let root = FixturePaths.root
  static let fixtureRules = ["--no-default-rules", "--rules", FixturePaths.pack]

  private func document(_ text: String, schema: String) throws -> [String: Any] {
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    let validator = try SchemaValidator(path: root + "/docs/\(schema)")
    XCTAssertEqual(validator.unsupportedKeywords(), [])
    XCTAssertEqual(validator.errors(parsed), [], text)
    return parsed
  }

  /// `file:line:col code` of each diagnostic printed as text (the lines that start with a path).
  private func located(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").compactMap { line in
      guard let code = line.range(of: #"\[[EWN]-[A-Z0-9-]+\]$"#, options: .regularExpression),
        let end = line.range(of: ": ")
      else { return nil }
      return String(line[..<end.lowerBound]) + " " + line[code].dropFirst().dropLast()
    }
  }

  func testCheckAsJSONListsWhatTheTextListsWithSuggestionsApart() throws {
    let cases = [
      "Tests/Fixtures/cases/several-problems.yaml", "Tests/Fixtures/cases/unknown-key.yaml",
      "Tests/Fixtures/cases/valid.yaml",
    ]
    let text = try AuditProcess.run(["check"] + cases + Self.fixtureRules)
    let json = try AuditProcess.run(["check"] + cases + Self.fixtureRules + ["--format", "json"])
    XCTAssertEqual(json.status, 2)
    XCTAssertEqual(text.status, 2)
    XCTAssertEqual(json.stderr, "")
    let parsed = try document(json.stdout, schema: "audit-diagnostics-1.schema.json")
    XCTAssertEqual(parsed["format"] as? String, "audit-diagnostics/1")
    let diagnostics = try XCTUnwrap(parsed["diagnostics"] as? [[String: Any]])
    let fromJSON = diagnostics.map {
      "\($0["file"] as? String ?? ""):\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0) "
        + ($0["code"] as? String ?? "")
    }
    XCTAssertEqual(fromJSON, located(text.stderr))
    XCTAssertGreaterThan(fromJSON.count, 3)
    let typo = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "E-SCHEMA-UNKNOWN-KEY" })
    XCTAssertEqual(typo["message"] as? String, "unknown key 'sumary' in an action")
    XCTAssertEqual(typo["suggestion"] as? String, "did you mean 'summary'?")
    XCTAssertEqual(typo["severity"] as? String, "error")
    let noHint = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "E-SCHEMA-ID" })
    XCTAssertTrue(noHint["suggestion"] is NSNull)

    let clean = try AuditProcess.run(
      ["check", "Tests/Fixtures/cases/valid.yaml", "--format", "json"] + Self.fixtureRules)
    XCTAssertEqual(clean.status, 0, clean.stderr)
    XCTAssertEqual(
      clean.stdout, "{\n  \"format\": \"audit-diagnostics/1\",\n  \"diagnostics\": []\n}\n")
  }

  func testRulesValidateAsJSONCarriesABrokenRulesErrorsAndExitsTwo() throws {
    let folder = try AuditProcess.temporaryFolder()
    try """
    id: RT-002
    title: A typo
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: >-
      action.type == "meeting"
      and action.tgas contains "electoral_endorsement"
    message: "{org.name}"
    rationale: The typo must be reported where it is.
    """.write(toFile: folder + "/RT-002.yaml", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run(
      ["rules", "validate", "--format", "json"] + Self.fixtureRules + ["--rules", folder])
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(result.stderr, "")
    let parsed = try document(result.stdout, schema: "audit-diagnostics-1.schema.json")
    let diagnostics = try XCTUnwrap(parsed["diagnostics"] as? [[String: Any]])
    XCTAssertEqual(diagnostics.count, 1, result.stdout)
    XCTAssertEqual(diagnostics.first?["file"] as? String, folder + "/RT-002.yaml")
    XCTAssertEqual(diagnostics.first?["line"] as? Int, 8)
    XCTAssertEqual(diagnostics.first?["column"] as? Int, 14)
    XCTAssertEqual(diagnostics.first?["code"] as? String, "E-EXPR-UNKNOWN-FIELD")
    XCTAssertEqual(diagnostics.first?["message"] as? String, "unknown field 'action.tgas'")
    XCTAssertEqual(diagnostics.first?["suggestion"] as? String, "did you mean 'action.tags'?")

    let valid = try AuditProcess.run(["rules", "validate", "--format", "json"] + Self.fixtureRules)
    XCTAssertEqual(valid.status, 0, valid.stderr)
    XCTAssertEqual(
      (try document(valid.stdout, schema: "audit-diagnostics-1.schema.json")["diagnostics"]
        as? [Any])?.count, 0)
  }

  func testRulesListAsJSONHasEveryRuleOfTheTextList() throws {
    let text = try AuditProcess.run(["rules", "list"])
    let json = try AuditProcess.run(["rules", "list", "--format", "json"])
    XCTAssertEqual(json.status, 0, json.stderr)
    let parsed = try document(json.stdout, schema: "audit-rule-list-1.schema.json")
    let rules = try XCTUnwrap(parsed["rules"] as? [[String: Any]])
    XCTAssertEqual(
      rules.map { $0["id"] as? String ?? "" },
      text.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) })
    XCTAssertTrue(rules.contains { ($0["tests"] as? Int ?? 0) > 0 })
    XCTAssertTrue(rules.contains { $0["standard"] is String && $0["principle"] is NSNull })
  }

  func testRulesTestRunsOneRulesTestsAndRefusesAnUnknownRule() throws {
    let one = try AuditProcess.run(["rules", "test", "--rule", "T-001"] + Self.fixtureRules)
    XCTAssertEqual(one.status, 0, one.stderr)
    XCTAssertEqual(one.stdout, "2 passed, 0 failed\n")
    let all = try AuditProcess.run(["rules", "test"] + Self.fixtureRules)
    XCTAssertNotEqual(all.stdout, one.stdout)
    let unknown = try AuditProcess.run(["rules", "test", "--rule", "T-01"] + Self.fixtureRules)
    XCTAssertEqual(unknown.status, 2)
    XCTAssertEqual(
      unknown.stderr,
      "audit: error: unknown rule 'T-01' for --rule; did you mean 'T-001'? [E-USAGE]\n")

    // A failing test of another rule does not fail the one run.
    let folder = try AuditProcess.temporaryFolder()
    try """
    id: RT-009
    title: Always wrong
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: action.type == "meeting"
    message: "{org.name}"
    rationale: Its test expects the opposite.
    tests:
      - name: wrong
        expect: no_match
        action: {actor: subject, type: meeting}
    """.write(toFile: folder + "/RT-009.yaml", atomically: true, encoding: .utf8)
    let failing = try AuditProcess.run(
      ["rules", "test", "--rule", "RT-009"] + Self.fixtureRules + ["--rules", folder])
    XCTAssertEqual(failing.status, 1)
    XCTAssertEqual(failing.stdout, "0 passed, 1 failed\n")
    let other = try AuditProcess.run(
      ["rules", "test", "--rule", "T-001"] + Self.fixtureRules + ["--rules", folder])
    XCTAssertEqual(other.status, 0, other.stderr)
  }
}
