import AuditTestSupport
import Foundation
import XCTest

/// The review record from the command line: `audit new review` writes one that loads as
/// written, `audit CASE` finds it beside the case, a changed basis and an orphaned decision
/// are warned of and shown, bad input stops the run with nothing written, and `audit check
/// --coding` does not suggest a tag the record declines.
final class ReviewCommandTests: XCTestCase {
  /// A folder holding the small case `mini.yaml` of the review fixtures, and the shipped pack.
  private func folder() throws -> String {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: FixturePaths.fixtures + "/reviews/mini.yaml", toPath: folder + "/mini.yaml")
    try FileManager.default.copyItem(
      atPath: FixturePaths.root + "/Rules", toPath: folder + "/Rules")
    return folder
  }

  private func read(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  func testTheSkeletonRoundTripsAndIsNeverWrittenOverAnotherRecord() throws {
    let folder = try folder()
    let written = try AuditProcess.run(["new", "review", "mini.yaml"], in: folder)
    XCTAssertEqual(written.status, 0, written.stderr)
    XCTAssertEqual(
      written.stdout, "wrote mini.review.yaml: record each decision, then run `audit mini.yaml`\n")
    let text = try read(folder + "/mini.review.yaml")
    XCTAssertTrue(text.contains("status: draft"), text)
    XCTAssertTrue(
      text.contains("  # Finding 1. Public statement by P. Resident\n  - finding: vote\n"), text)
    XCTAssertTrue(text.contains("  - finding: praise\n"), text)
    XCTAssertEqual(text.components(separatedBy: "decision: open").count - 1, 2, text)
    XCTAssertTrue(text.contains("judgements: []"), text)
    // Loaded as written: checked, then audited with no warning, every finding open.
    let checked = try AuditProcess.run(["check", "mini.yaml"], in: folder)
    XCTAssertEqual(checked.status, 0, checked.stderr)
    XCTAssertEqual(checked.stderr, "")
    let run = try AuditProcess.run(["mini.yaml", "-o", "mini.md"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    let markdown = try read(folder + "/mini.md")
    XCTAssertEqual(
      markdown.components(separatedBy: "**Decision:** open · ").count - 1, 2)
    XCTAssertTrue(
      markdown.contains("The review record, `mini.review.yaml`, has the SHA-256 "),
      "the record is hashed with the inputs")
    // A second skeleton never replaces the record.
    let again = try AuditProcess.run(["new", "review", "mini.yaml"], in: folder)
    XCTAssertEqual(again.status, 3, again.stderr)
    XCTAssertTrue(again.stderr.contains("a file is already there"), again.stderr)
    XCTAssertEqual(try read(folder + "/mini.review.yaml"), text)
  }

  func testAChangedBasisAndAnOrphanedDecisionAreWarnedOfAndReported() throws {
    let folder = try folder()
    XCTAssertEqual(try AuditProcess.run(["new", "review", "mini.yaml"], in: folder).status, 0)
    var record = try read(folder + "/mini.review.yaml")
    // The first finding upheld on its present basis, and a decision about the act no rule
    // matches.
    record = record.replacingOccurrences(
      of: "decision: open ",
      with: "decision: upheld\n    decided_by: the committee\n    date: 2026-01-05\n   ",
      options: [], range: record.range(of: "decision: open "))
    record = record.replacingOccurrences(
      of: "findings:\n",
      with:
        "findings:\n  - {finding: relief, fingerprint: \"0123456789abcdef\", decision: dismissed, reason: No finding to make., decided_by: the committee, date: 2026-01-05}\n"
    )
    try record.write(toFile: folder + "/mini.review.yaml", atomically: true, encoding: .utf8)
    let steady = try AuditProcess.run(["mini.yaml", "-o", "mini.md"], in: folder)
    XCTAssertEqual(steady.status, 0, steady.stderr)
    XCTAssertTrue(steady.stderr.contains("[W-REVIEW-ORPHAN]"), steady.stderr)
    XCTAssertFalse(steady.stderr.contains("[W-REVIEW-CHANGED]"), steady.stderr)
    XCTAssertTrue(
      steady.stdout.contains("Finding 1: Public statement by P. Resident [Neutrality] — upheld"),
      steady.stdout)
    XCTAssertTrue(
      try read(folder + "/mini.md").contains("## Decisions about findings no longer made"))

    // The act's evidence quoted otherwise: the same finding on another basis.
    var text = try read(folder + "/mini.yaml")
    text = text.replacingOccurrences(
      of: "Vote for the president, he said.", with: "Vote for the president, he said twice.")
    try text.write(toFile: folder + "/mini.yaml", atomically: true, encoding: .utf8)
    let changed = try AuditProcess.run(["mini.yaml", "-o", "mini.md"], in: folder)
    XCTAssertEqual(changed.status, 0, changed.stderr)
    XCTAssertTrue(
      changed.stderr.contains(
        "mini.review.yaml:10:5: warning: finding 'vote' has changed since it was decided on 2026-01-05 (upheld)"
      ),
      changed.stderr)
    XCTAssertTrue(changed.stdout.contains("— changed since decided on 2026-01-05"), changed.stdout)
    XCTAssertTrue(
      try read(folder + "/mini.md").contains(
        "**Changed since decided on 5 January 2026:** upheld by the committee"))
  }

  func testBadInputStopsTheRunWithNothingWritten() throws {
    let folder = try folder()
    try """
    case: mini
    status: decided
    findings:
      - {finding: vote, fingerprint: "376996e9586ef9e4", decision: dismissed, decided_by: c, date: 2999-01-01}
    """.write(toFile: folder + "/mini.review.yaml", atomically: true, encoding: .utf8)
    let run = try AuditProcess.run(["mini.yaml", "-o", "mini.md"], in: folder)
    XCTAssertEqual(run.status, 2, run.stderr)
    XCTAssertTrue(
      run.stderr.contains("mini.review.yaml:4:64: error: a finding dismissed needs 'reason'"),
      run.stderr)
    XCTAssertTrue(run.stderr.contains("[E-REVIEW-FUTURE]"), run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/mini.md"))
    let checked = try AuditProcess.run(["check", "mini.yaml"], in: folder)
    XCTAssertEqual(checked.status, 2, checked.stderr)
    // --no-review leaves the record aside; --review names another.
    let ignored = try AuditProcess.run(["mini.yaml", "--no-review", "-o", "mini.md"], in: folder)
    XCTAssertEqual(ignored.status, 0, ignored.stderr)
    XCTAssertTrue(
      try read(folder + "/mini.md").contains("**Draft by the analyst: not yet reviewed;"))
    try "case: mini\nstatus: sent_for_response\nstatus_date: 2026-01-02\n".write(
      toFile: folder + "/other.yaml", atomically: true, encoding: .utf8)
    let named = try AuditProcess.run(
      ["mini.yaml", "--review", "other.yaml", "--format", "json", "-o", "mini.json"], in: folder)
    XCTAssertEqual(named.status, 0, named.stderr)
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: folder + "/mini.json")))
        as? [String: Any])
    let review = try XCTUnwrap(json["review"] as? [String: Any])
    XCTAssertEqual(review["status"] as? String, "sent_for_response")
    XCTAssertEqual(review["file"] as? String, "other.yaml")
    XCTAssertEqual(
      json["reproduce"] as? String, "audit mini.yaml --format json --review other.yaml")
    let both = try AuditProcess.run(
      ["mini.yaml", "--review", "other.yaml", "--no-review"], in: folder)
    XCTAssertEqual(both.status, 2, both.stderr)
    XCTAssertTrue(both.stderr.contains("give --review FILE or --no-review, not both"), both.stderr)
  }

  func testTheCodingCheckDoesNotSuggestADeclinedTagAgain() throws {
    let folder = try folder()
    var text = try read(folder + "/mini.yaml")
    text = text.replacingOccurrences(
      of: "quote: \"The Society distributed food.\", credibility: 2, kind: fact",
      with:
        "quote: \"The Society distributed food, as the heroic army asked.\", credibility: 2, kind: words"
    )
    try text.write(toFile: folder + "/mini.yaml", atomically: true, encoding: .utf8)
    let before = try AuditProcess.run(["check", "--coding", "mini.yaml"], in: folder)
    XCTAssertTrue(
      before.stderr.contains("act 'relief': the words 'heroic army' appear"), before.stderr)
    try """
    case: mini
    status: draft
    judgements:
      - action: relief
        tag: praises_military_action
        judgement: declined
        reason: The words name the families relief went to, not a military action.
    """.write(toFile: folder + "/mini.review.yaml", atomically: true, encoding: .utf8)
    let after = try AuditProcess.run(["check", "--coding", "mini.yaml"], in: folder)
    XCTAssertEqual(after.status, 0, after.stderr)
    XCTAssertEqual(after.stderr, "")
  }

  func testTheShippedARCSRecordIsPreliminaryWithEveryFindingOpenAndCurrent() throws {
    let path = try AuditProcess.temporaryFolder() + "/arcs.json"
    let run = try AuditProcess.run(["Cases/arcs.yaml", "--format", "json", "-o", path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "", "no finding changed, no decision orphaned")
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        as? [String: Any])
    let review = try XCTUnwrap(json["review"] as? [String: Any])
    XCTAssertEqual(review["status"] as? String, "preliminary")
    XCTAssertEqual(review["file"] as? String, "Cases/arcs.review.yaml")
    let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
    XCTAssertGreaterThan(findings.count, 0)
    for finding in findings {
      let standing = try XCTUnwrap(finding["review"] as? [String: Any])
      XCTAssertEqual(standing["decision"] as? String, "open")
      XCTAssertEqual(standing["recorded"] as? Bool, true)
      XCTAssertEqual(standing["fingerprint_decided"] as? String, finding["fingerprint"] as? String)
    }
    let judgements = try XCTUnwrap(review["judgements"] as? [[String: Any]])
    XCTAssertGreaterThanOrEqual(judgements.count, 5)
    XCTAssertTrue(judgements.allSatisfy { $0["judgement"] as? String == "declined" })
    XCTAssertTrue(judgements.allSatisfy { $0["contradicted"] as? Bool == false })
  }
}

extension ReviewCommandTests {
  /// The example of docs/review-format.md loads against the shipped case, and its dismissal
  /// reads as the page says.
  func testTheDocumentedExampleLoadsAgainstTheShippedCase() throws {
    let page = try read(FixturePaths.root + "/docs/review-format.md")
    let start = try XCTUnwrap(page.range(of: "```yaml\n"))
    let end = try XCTUnwrap(page.range(of: "```\n", range: start.upperBound..<page.endIndex))
    let folder = try AuditProcess.temporaryFolder()
    try String(page[start.upperBound..<end.lowerBound]).write(
      toFile: folder + "/example.review.yaml", atomically: true, encoding: .utf8)
    let run = try AuditProcess.run([
      "Cases/arcs.yaml", "--review", folder + "/example.review.yaml", "-o", folder + "/arcs.md",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertTrue(
      run.stdout.contains(
        "Decided on 1 October 2024: 1 finding upheld, 1 dismissed, 4 still open."),
      run.stdout)
    XCTAssertTrue(
      try read(folder + "/arcs.md").contains(
        "**Decision:** dismissed by Compliance and Mediation Committee on 1 October 2024 — An offer of help to the ICRC is not an offer to act in its place.\n"
      ))
  }
}

extension ReviewCommandTests {
  /// Like a waived control, a finding dismissed on its present basis does not count for
  /// `--fail-on`; every other finding still does.
  func testADismissedFindingDoesNotCountForFailOn() throws {
    let folder = try folder()
    XCTAssertEqual(try AuditProcess.run(["new", "review", "mini.yaml"], in: folder).status, 0)
    let skeleton = try read(folder + "/mini.review.yaml")
    func dismiss(_ count: Int) throws {
      var text = skeleton
      for _ in 0..<count {
        guard let open = text.range(of: "decision: open ") else { break }
        text.replaceSubrange(
          open,
          with:
            "decision: dismissed\n    reason: Not the Society's act.\n    decided_by: the committee\n    date: 2026-01-05\n   "
        )
      }
      try text.write(toFile: folder + "/mini.review.yaml", atomically: true, encoding: .utf8)
    }
    try dismiss(1)
    let one = try AuditProcess.run(["mini.yaml", "-o", "mini.md", "--fail-on", "high"], in: folder)
    XCTAssertEqual(one.status, 1, one.stderr)
    XCTAssertTrue(
      one.stderr.contains("audit: 1 finding about the subject at or above high"), one.stderr)
    try dismiss(2)
    let both = try AuditProcess.run(
      ["mini.yaml", "-o", "mini.md", "--fail-on", "high"], in: folder)
    XCTAssertEqual(both.status, 0, both.stderr)
    XCTAssertTrue(try read(folder + "/mini.md").contains("## Dismissed findings"))
  }
}
