import AuditTestSupport
import Foundation
import XCTest

/// `audit diff` and `audit CASE --since`: a case audited, edited (an act added that a rule
/// matches, a source added that raises a strength, an act removed) and audited again; the
/// diff lists exactly those changes, in words, in each format.
final class DiffCommandTests: XCTestCase {
  let root = FixturePaths.root
  static let pack = ["--no-default-rules", "--rules", FixturePaths.pack]

  /// The fixture case, and its edited copy, in a new folder; and their JSON reports.
  struct Runs {
    var folder: String
    var old: String
    var new: String
  }

  private func replace(_ text: inout String, _ old: String, _ new: String) {
    XCTAssertTrue(text.contains(old), "the fixture no longer holds: \(old)")
    text = text.replacingOccurrences(of: old, with: new)
  }

  /// The edited case: `sg-endorses` cites a second, independent source; `pres-endorses-again`
  /// is removed (from the `rally` episode); `sg-endorses-on-air` is added.
  private func edited(_ base: String) -> String {
    var text = base
    replace(
      &text,
      """
            - {source: daily, quote: "Vote for him, said the secretary general.", credibility: 3, kind: words}

      """,
      """
            - {source: daily, quote: "Vote for him, said the secretary general.", credibility: 3, kind: words}
            - {source: weekly, quote: "The secretary general told voters to back him.", credibility: 3, kind: fact}

      """)
    let start = text.range(of: "  - id: pres-endorses-again\n")!
    let end = text.range(of: "  - id: meeting\n")!
    text.removeSubrange(start.lowerBound..<end.lowerBound)
    replace(
      &text, "actions: [pres-endorses, pres-endorses-again]", "actions: [pres-endorses]")
    replace(
      &text, "episodes:\n",
      """
        - id: sg-endorses-on-air
          date: 2023-10-05
          actor: sg
          type: public_statement
          summary: The secretary general endorsed the incumbent on air.
          tags: [electoral_endorsement]
          evidence:
            - {source: weekly, quote: "On air, the secretary general backed him.", credibility: 3, kind: fact}
      episodes:

      """)
    return text
  }

  /// Audits the fixture and its edited copy to JSON.
  private func audited() throws -> Runs {
    let folder = try AuditProcess.temporaryFolder()
    let base = try String(
      contentsOfFile: root + "/Tests/Fixtures/diff/diffed.yaml", encoding: .utf8)
    try base.write(toFile: folder + "/diffed.yaml", atomically: true, encoding: .utf8)
    try edited(base).write(toFile: folder + "/edited.yaml", atomically: true, encoding: .utf8)
    for (name, output) in [("diffed", "old"), ("edited", "new")] {
      let run = try AuditProcess.run(
        [folder + "/\(name).yaml", "--format", "json", "-o", folder + "/\(output).json"]
          + Self.pack)
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    return Runs(folder: folder, old: folder + "/old.json", new: folder + "/new.json")
  }

  /// The reasons the diff gives, finding by finding, as the terminal prints them.
  static let expected = """
    changed  1. sg-endorses: Public statement by A Secretary General [high, established]
             - strength reported → established: source weekly added
    changed  2. rally: The president endorses the incumbent [high, reported]
             - act pres-endorses-again removed
             - source weekly removed
    new      3. sg-endorses-on-air: Public statement by A Secretary General [high, reported]
             - act sg-endorses-on-air is new in the case
             - principle neutrality engaged by rule T-001 (high, reported)

    """

  func testTheDiffListsTheActAddedTheSourceAddedAndTheActRemoved() throws {
    let runs = try audited()
    let result = try AuditProcess.run(["diff", runs.old, runs.new])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(result.stderr, "")
    let lines = result.stdout.components(separatedBy: "\n")
    XCTAssertEqual(lines.first, "What changed in diffed: A case audited twice")
    XCTAssertEqual(lines[3], "  1 new, 2 changed, 0 gone, 0 unchanged.")
    XCTAssertEqual(lines.dropFirst(4).joined(separator: "\n"), Self.expected)

    // The same two reports, the other way round: the new finding is gone, the source removed.
    let back = try AuditProcess.run(["diff", runs.new, runs.old])
    XCTAssertEqual(back.status, 0, back.stderr)
    XCTAssertTrue(
      back.stdout.hasSuffix(
        """
        changed  1. sg-endorses: Public statement by A Secretary General [high, reported]
                 - strength established → reported: source weekly removed
        changed  2. rally: The president endorses the incumbent [high, reported]
                 - act pres-endorses-again added
                 - source weekly added
        gone     (was 3) sg-endorses-on-air: Public statement by A Secretary General [high, reported]
                 - act sg-endorses-on-air is no longer in the case

        """), back.stdout)
  }

  func testTheJSONDiffMatchesItsSchemaAndSaysTheSame() throws {
    let runs = try audited()
    let result = try AuditProcess.run(["diff", runs.old, runs.new, "--format", "json"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let document = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let validator = try SchemaValidator(path: root + "/docs/audit-diff-1.schema.json")
    XCTAssertEqual(validator.unsupportedKeywords(), [])
    XCTAssertEqual(validator.errors(document), [])
    XCTAssertEqual(document["format"] as? String, "audit-diff/1")
    let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
    XCTAssertEqual(findings.map { $0["status"] as? String }, ["changed", "changed", "new"])
    XCTAssertEqual(
      findings.map { $0["id"] as? String }, ["sg-endorses", "rally", "sg-endorses-on-air"])
    let changes = findings.map {
      ($0["changes"] as? [[String: Any]] ?? []).map { $0["subject"] as? String }
    }
    XCTAssertEqual(changes, [["strength"], ["act", "source"], ["act", "principle"]])
    XCTAssertNotEqual(
      findings[0]["fingerprint"] as? String, findings[0]["old_fingerprint"] as? String)
    // Deterministic: the same two reports give the same bytes.
    XCTAssertEqual(
      try AuditProcess.run(["diff", runs.old, runs.new, "--format", "json"]).stdout, result.stdout)

    let markdown = try AuditProcess.run(["diff", runs.old, runs.new, "--format", "markdown"])
    XCTAssertEqual(markdown.status, 0, markdown.stderr)
    XCTAssertTrue(markdown.stdout.hasPrefix("# What changed: A case audited twice\n"))
    XCTAssertTrue(
      markdown.stdout.contains(
        "## New findings\n\n### 3. Public statement by A Secretary General\n\n"
          + "`sg-endorses-on-air` · high · reported\n\n- act sg-endorses-on-air is new in the case\n"
      ),
      markdown.stdout)
    XCTAssertTrue(
      markdown.stdout.contains("- strength reported → established: source weekly added\n"),
      markdown.stdout)
  }

  func testIdenticalRunsHaveNoChange() throws {
    let runs = try audited()
    let again = runs.folder + "/again.json"
    let rerun = try AuditProcess.run(
      [runs.folder + "/diffed.yaml", "--format", "json", "-o", again] + Self.pack)
    XCTAssertEqual(rerun.status, 0, rerun.stderr)
    let result = try AuditProcess.run(["diff", runs.old, again, "--fail-on-new", "info"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stdout.hasSuffix("  0 new, 0 changed, 0 gone, 2 unchanged.\n"), result.stdout)
    let json = try AuditProcess.run(["diff", runs.old, again, "--format", "json"])
    let document = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    XCTAssertEqual((document["findings"] as? [Any])?.count, 0)
    XCTAssertEqual(
      (document["unchanged"] as? [[String: Any]])?.map { $0["id"] as? String },
      ["sg-endorses", "rally"])
  }

  func testSincePrintsTheDiffAfterTheRunAndFailOnNewCountsNewFindings() throws {
    let runs = try audited()
    let report = runs.folder + "/since.md"
    let result = try AuditProcess.run(
      [runs.folder + "/edited.yaml", "--since", runs.old, "-o", report] + Self.pack)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: report))
    XCTAssertTrue(
      result.stdout.contains(
        "  to   this run of \(runs.folder)/edited.yaml (audit-report/3, 3 findings)\n"),
      result.stdout)
    XCTAssertTrue(result.stdout.hasSuffix(Self.expected), result.stdout)

    let failing = try AuditProcess.run(["diff", runs.old, runs.new, "--fail-on-new", "high"])
    XCTAssertEqual(failing.status, 1)
    XCTAssertEqual(
      failing.stderr, "audit: 1 new finding at or above high (--fail-on-new): exit 1\n")
    let passing = try AuditProcess.run(["diff", runs.old, runs.new, "--fail-on-new", "critical"])
    XCTAssertEqual(passing.status, 0, passing.stderr)
  }

  func testBadReportsAreLocatedErrorsAndNothingIsWritten() throws {
    let runs = try audited()
    let folder = runs.folder
    let broken = folder + "/broken.json"
    try "{\n  \"schema\": \"audit-report/2\",\n  \"case\": {\n}".write(
      toFile: broken, atomically: true, encoding: .utf8)
    let notJSON = try AuditProcess.run(["diff", broken, runs.new])
    XCTAssertEqual(notJSON.status, 2)
    XCTAssertTrue(
      notJSON.stderr.hasPrefix("\(broken):4:2: error: not valid JSON: "), notJSON.stderr)
    XCTAssertTrue(notJSON.stderr.contains("[E-REPORT-SYNTAX]"), notJSON.stderr)

    let other = folder + "/other.json"
    try "{\"schema\": \"audit-report/1\", \"findings\": []}\n".write(
      toFile: other, atomically: true, encoding: .utf8)
    let oldSchema = try AuditProcess.run(["diff", other, runs.new])
    XCTAssertEqual(oldSchema.status, 2)
    XCTAssertTrue(
      oldSchema.stderr.hasPrefix(
        "\(other):1:12: error: not a report this version can compare: its schema is 'audit-report/1', not audit-report/2 or audit-report/3 [E-REPORT-FORMAT]"
      ), oldSchema.stderr)

    // A report of another case: refused, unless --force.
    var text = try String(contentsOfFile: runs.new, encoding: .utf8)
    replace(&text, "\"id\": \"diffed\"", "\"id\": \"renamed\"")
    let renamed = folder + "/renamed.json"
    try text.write(toFile: renamed, atomically: true, encoding: .utf8)
    let output = folder + "/diff.md"
    let mismatch = try AuditProcess.run(["diff", runs.old, renamed, "-o", output])
    XCTAssertEqual(mismatch.status, 2)
    XCTAssertTrue(mismatch.stderr.contains("[E-REPORT-CASE]"), mismatch.stderr)
    XCTAssertTrue(
      mismatch.stderr.hasPrefix(
        "\(renamed):4:11: error: the reports are of different cases: 'diffed' in"), mismatch.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    let forced = try AuditProcess.run(["diff", runs.old, renamed, "--force"])
    XCTAssertEqual(forced.status, 0, forced.stderr)

    // --since with a bad report stops the run before anything is written.
    let report = folder + "/since.md"
    let since = try AuditProcess.run(
      [folder + "/edited.yaml", "--since", broken, "-o", report] + Self.pack)
    XCTAssertEqual(since.status, 2)
    XCTAssertTrue(since.stderr.contains("[E-REPORT-SYNTAX]"), since.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: report))
    let sinceOther = try AuditProcess.run(
      [folder + "/edited.yaml", "--since", renamed, "-o", report] + Self.pack)
    XCTAssertEqual(sinceOther.status, 2)
    XCTAssertTrue(sinceOther.stderr.contains("[E-REPORT-CASE]"), sinceOther.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: report))
  }
}
