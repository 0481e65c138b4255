import AuditCore
import AuditReport
import AuditTestSupport
import Foundation
import XCTest

/// `ReportSnapshot` reads reports back tolerantly and refuses other files with located errors;
/// `ReportDiff` matches findings by id, then fingerprint, and words every difference.
final class ReportDiffTests: XCTestCase {
  /// A finding as JSON, with what the tests vary.
  private func finding(
    _ number: Int, _ id: String, fingerprint: String? = nil, title: String = "A finding",
    severity: String = "high", strength: String = "reported", actions: [String] = ["a1"],
    engagements: [(String, String, String, [String])] = [
      ("neutrality", "high", "reported", ["R-1"])
    ],
    evidence: [(String, String)] = [("s1", "Words.")], extra: String = ""
  ) -> String {
    func list(_ items: [String]) -> String {
      "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
    let engaged = engagements.map {
      "{\"principle\": \"\($0.0)\", \"rules\": \(list($0.3)), \"severity\": \"\($0.1)\", \"strength\": \"\($0.2)\"}"
    }
    let cited = evidence.map {
      "{\"action\": \"a1\", \"source\": \"\($0.0)\", \"quote\": \"\($0.1)\"}"
    }
    return """
      {"number": \(number), "id": "\(id)", \(fingerprint.map { "\"fingerprint\": \"\($0)\", " } ?? "")\
      "title": "\(title)", "actions": \(list(actions)), "person": null, \
      "engagements": [\(engaged.joined(separator: ", "))], "severity": "\(severity)", \
      "strength": "\(strength)", "strength_basis": "one source", \
      "evidence": [\(cited.joined(separator: ", "))]\(extra)}
      """
  }

  private func report(
    _ findings: [String], schema: String = "audit-report/2", caseID: String = "c",
    hits: String = "[]", actions: [String] = ["a1", "a2", "a3"]
  ) -> String {
    let acts = actions.map { "{\"id\": \"\($0)\"}" }.joined(separator: ", ")
    return """
      {"schema": "\(schema)", "case": {"id": "\(caseID)", "title": "A case"}, \
      "hits": \(hits), "findings": [\(findings.joined(separator: ",\n"))], "actions": [\(acts)]}
      """
  }

  private func snapshot(_ text: String, path: String = "r.json") throws -> ReportSnapshot {
    try ReportSnapshot.read(text, path: path)
  }

  private func readError(_ text: String) -> String {
    do {
      _ = try ReportSnapshot.read(text, path: "r.json")
      return "no error"
    } catch {
      return error.all.map(\.description).joined(separator: "\n")
    }
  }

  func testAnAuditReport3WithMoreKeysReadsAsTheSameFindings() throws {
    let two = try snapshot(report([finding(1, "e1", fingerprint: "0123456789abcdef")]))
    let three = try snapshot(
      report(
        [
          finding(
            1, "e1", fingerprint: "0123456789abcdef", extra: ", \"status\": {\"decided\": true}")
        ],
        schema: "audit-report/3"))
    XCTAssertEqual(three.schema, "audit-report/3")
    let diff = ReportDiff(old: two, new: three)
    XCTAssertEqual(diff.entries.count, 0)
    XCTAssertEqual(diff.unchanged.map(\.id), ["e1"])
  }

  func testOtherFilesAreRefusedWithLocatedErrors() {
    XCTAssertEqual(
      readError("[1, 2]"),
      "r.json:1:1: error: not an audit report: the file holds an array, not an object [E-REPORT-FORMAT]"
    )
    XCTAssertEqual(
      readError("{\"case\": {}}"),
      "r.json:1:1: error: not an audit report: it has no 'schema' key [E-REPORT-FORMAT]")
    XCTAssertEqual(
      readError("{\"schema\": 2}"),
      "r.json:1:12: error: not a report this version can compare: its schema is a number, not audit-report/2 or audit-report/3 [E-REPORT-FORMAT]"
    )
    let mistyped = report([
      finding(1, "e1", severity: "medium").replacingOccurrences(
        of: "\"severity\": \"medium\"", with: "\"severity\": 3")
    ])
    XCTAssertTrue(
      readError(mistyped).hasSuffix(
        ": error: findings[0].severity: expected a string, found a number [E-REPORT-FORMAT]"),
      readError(mistyped))
    XCTAssertEqual(
      readError("{\"schema\": \"audit-report/2\",\n \"case\": {\"id\": \"c\", \"title\": \"t\"}}"),
      "r.json:1:1: error: the report has no 'findings' field [E-REPORT-FORMAT]")
    XCTAssertEqual(
      readError("{\"a\": 1,}"),
      "r.json:1:9: error: not valid JSON: expected a key in double quotes [E-REPORT-SYNTAX]")
    XCTAssertEqual(
      readError("{} x"),
      "r.json:1:4: error: not valid JSON: more text after the JSON value [E-REPORT-SYNTAX]")
    XCTAssertEqual(
      readError("{\"a\": \"tab\there\"}"),
      "r.json:1:11: error: not valid JSON: a control character (U+0009) inside a string must be escaped [E-REPORT-SYNTAX]"
    )
    XCTAssertEqual(
      readError(""),
      "r.json:1:1: error: not valid JSON: the file holds no JSON value [E-REPORT-SYNTAX]")
    let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
    XCTAssertTrue(readError(deep).contains("nest more than 256 deep"), readError(deep))
  }

  func testTheReaderDecodesEscapesAndLocatesByCharacter() throws {
    var reader = JSONNodeReader(
      "{\"é\": \"\\u00e9\\ud83d\\ude00\\n\\\"\", \"n\": -1.5e3, \"x\": [true, null]}", path: "p")
    let node = try reader.read()
    XCTAssertEqual(node["é"]?.string, "é😀\n\"")
    XCTAssertEqual(node["n"]?.location.description, "p:1:38")
    XCTAssertEqual(node["x"]?.elements?.count, 2)
    var skipping = JSONNodeReader("{\"keep\": 1, \"skip\": {\"deep\": [1, 2]}}", path: "p")
    let kept = try skipping.read(keeping: .fields(["keep": .all]))
    XCTAssertEqual(kept["keep"]?.int, 1)
    XCTAssertNil(kept["skip"])
    // Lines and columns (characters, not bytes) after line breaks and skipped values.
    var broken = JSONNodeReader("{\"skip\": \"ééé\",\n  \"a\": [1,\n   x]}", path: "p")
    XCTAssertThrowsError(try broken.read(keeping: .fields(["a": .all]))) { error in
      XCTAssertEqual(
        (error as? Diagnostics)?.all.first?.description,
        "p:3:4: error: not valid JSON: expected a JSON value, found 'x' [E-REPORT-SYNTAX]")
    }
    // A kept string that is not UTF-8 is refused where it starts; a skipped one is only scanned.
    let bytes = Array("{\"a\": \"ok ".utf8) + [0xFF] + Array("\", \"b\": 1}".utf8)
    var invalid = JSONNodeReader(bytes: bytes, path: "p")
    XCTAssertThrowsError(try invalid.read()) { error in
      XCTAssertEqual(
        (error as? Diagnostics)?.all.first?.description,
        "p:1:8: error: the file is not valid UTF-8 [E-IO-ENCODING]")
    }
    var skipped = JSONNodeReader(bytes: bytes, path: "p")
    XCTAssertEqual(try skipped.read(keeping: .fields(["b": .all]))["b"]?.int, 1)
  }

  func testEveryKindOfDifferenceIsWorded() throws {
    let old = try snapshot(
      report(
        [
          finding(
            1, "e1", title: "Old title", actions: ["a1", "a2"],
            engagements: [
              ("neutrality", "high", "reported", ["R-1"]),
              ("impartiality", "low", "alleged", ["R-2"]),
            ],
            evidence: [("s1", "Words."), ("s1", "Gone words.")])
        ],
        hits:
          "[{\"rule\": \"R-1\", \"breaches\": [\"statutes.art4\"], \"actions\": [\"a1\"], \"person\": null}]"
      ))
    let new = try snapshot(
      report(
        [
          finding(
            1, "e1", title: "New title", severity: "critical", actions: ["a1", "a3"],
            engagements: [
              ("neutrality", "critical", "reported", ["R-1", "R-3"]),
              ("independence", "low", "alleged", ["R-4"]),
            ],
            evidence: [("s1", "Words."), ("s1", "New words.")])
        ],
        hits:
          "[{\"rule\": \"R-3\", \"breaches\": [\"seville.1\"], \"actions\": [\"a3\"], \"person\": null}]"
      ))
    let diff = ReportDiff(old: old, new: new)
    XCTAssertEqual(diff.entries.map(\.status), [.changed])
    XCTAssertEqual(
      diff.entries[0].changes.map(\.text),
      [
        "title “Old title” → “New title”",
        "severity high → critical",
        "principle neutrality: severity high → critical",
        "principle neutrality: rule R-3 added",
        "principle independence now engaged by rule R-4 (low, alleged)",
        "principle impartiality no longer engaged",
        "instrument seville.1 now breached",
        "instrument statutes.art4 no longer breached",
        "act a3 added",
        "act a2 removed",
        "quote added to source s1: “New words.”",
        "quote removed from source s1: “Gone words.”",
      ])
  }

  func testARenamedEpisodeIsMatchedByItsFingerprintAndAFingerprintAloneIsAChange() throws {
    let old = try snapshot(
      report([
        finding(1, "old-name", fingerprint: "aaaaaaaaaaaaaaaa"),
        finding(2, "e2", fingerprint: "bbbbbbbbbbbbbbbb"),
      ]))
    let new = try snapshot(
      report([
        finding(1, "new-name", fingerprint: "aaaaaaaaaaaaaaaa"),
        finding(2, "e2", fingerprint: "cccccccccccccccc"),
      ]))
    let diff = ReportDiff(old: old, new: new)
    XCTAssertEqual(diff.entries.map(\.finding.id), ["new-name", "e2"])
    XCTAssertEqual(diff.entries[0].changes.map(\.text), ["id old-name → new-name (the same basis)"])
    XCTAssertEqual(
      diff.entries[1].changes.map(\.text),
      ["basis changed: fingerprint bbbbbbbbbbbbbbbb → cccccccccccccccc"])
    // Without fingerprints (an older report), the same content is no change.
    let plain = try snapshot(report([finding(1, "e2")]))
    XCTAssertEqual(
      ReportDiff(
        old: plain, new: try snapshot(report([finding(1, "e2", fingerprint: "cccccccccccccccc")]))
      ).entries.count, 0)
  }

  func testNewAndGoneSayWhatBecameOfTheirActsInAStableOrder() throws {
    let old = try snapshot(
      report(
        [
          finding(1, "e1", actions: ["a1"]), finding(2, "e2", actions: ["a2"]),
          finding(3, "e3", actions: ["a3"]),
        ],
        actions: ["a1", "a2", "a3"]))
    let new = try snapshot(
      report(
        [
          finding(1, "e4", actions: ["a4"]), finding(2, "e1", actions: ["a1"]),
          finding(3, "e5", actions: ["a3"]),
        ],
        actions: ["a1", "a3", "a4", "a5"]))
    let diff = ReportDiff(old: old, new: new)
    XCTAssertEqual(diff.entries.map(\.status), [.new, .new, .gone, .gone])
    XCTAssertEqual(diff.entries.map(\.finding.id), ["e4", "e5", "e2", "e3"])
    XCTAssertEqual(diff.entries[0].changes.first?.text, "act a4 is new in the case")
    XCTAssertEqual(diff.entries[1].changes.first?.text, "act a3 was in finding 3 (e3) before")
    XCTAssertEqual(diff.entries[2].changes.map(\.text), ["act a2 is no longer in the case"])
    XCTAssertEqual(diff.entries[3].changes.map(\.text), ["act a3 is in finding 3 (e5) now"])
    XCTAssertEqual(diff.unchanged.map(\.number), [2])
    XCTAssertEqual(diff.unchanged.map(\.oldNumber), [1])
    XCTAssertEqual(diff.newFindings(atOrAbove: .critical).count, 0)
    XCTAssertEqual(diff.newFindings(atOrAbove: .high).map(\.id), ["e4", "e5"])
  }

  func testHostileTextIsInertInEachForm() throws {
    let title = "Evil \\u001b[2J\\u202e title <b>|# x"
    let old = try snapshot(report([finding(1, "e1", title: "plain")]))
    let new = try snapshot(report([finding(1, "e1", title: title)]))
    let diff = ReportDiff(old: old, new: new)
    let text = diff.text()
    XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, text)
    XCTAssertTrue(text.contains("⟨U+001B⟩"), text)
    let markdown = diff.markdown()
    // Escaped as in the report: `\<` and `\|` read as text.
    XCTAssertFalse(markdown.contains(" <b>"), markdown)
    XCTAssertTrue(markdown.contains("title \\<b>\\|# x"), markdown)
    XCTAssertFalse(markdown.contains("\n# x"), markdown)
    let json = diff.json()
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let entry = try XCTUnwrap((parsed["findings"] as? [[String: Any]])?.first)
    XCTAssertEqual(entry["title"] as? String, "Evil \u{1B}[2J\u{202E} title <b>|# x")
    XCTAssertFalse(json.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    let validator = try SchemaValidator(
      path: FixturePaths.root + "/docs/audit-diff-1.schema.json")
    XCTAssertEqual(validator.errors(parsed), [])
  }

  /// The committed reports read back: every finding, with the instruments their hits breach.
  func testTheShippedReportsReadBackWithTheirInstruments() throws {
    for name in ["arcs", "brc"] {
      let path = FixturePaths.root + "/reports/\(name).json"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let snapshot = try ReportSnapshot.read(text, path: path)
      let parsed = try XCTUnwrap(
        JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let findings = try XCTUnwrap(parsed["findings"] as? [[String: Any]])
      XCTAssertEqual(snapshot.caseID, name)
      XCTAssertEqual(snapshot.findings.map(\.id), findings.map { $0["id"] as? String ?? "" })
      XCTAssertEqual(
        snapshot.findings.map(\.fingerprint), findings.map { $0["fingerprint"] as? String })
      let breached = Set(
        (parsed["hits"] as? [[String: Any]] ?? []).flatMap { $0["breaches"] as? [String] ?? [] })
      XCTAssertEqual(Set(snapshot.findings.flatMap(\.instruments)), breached, name)
      XCTAssertEqual(ReportDiff(old: snapshot, new: snapshot).unchanged.count, findings.count)
    }
  }
}
