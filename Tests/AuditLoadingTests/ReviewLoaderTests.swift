import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

/// Review records (docs/review-format.md): read with the case they review, every problem of
/// the record itself a located error.
final class ReviewLoaderTests: XCTestCase {
  static let casePath = FixturePaths.fixtures + "/reviews/mini.yaml"
  static let today = PartialDate(year: 2026, month: 12, day: 7)!

  private func load(_ text: String) throws -> ReviewRecord {
    let vocabulary = try PackLoader.load([FixturePaths.root + "/Rules"]).vocabulary
    let audit = try CaseLoader.load(path: Self.casePath, vocabulary: vocabulary).audit
    let path = try Self.write(text)
    return try ReviewLoader.load(path: path, for: audit, vocabulary: vocabulary, today: Self.today)
      .record
  }

  static func write(_ text: String) throws -> String {
    let path = try TemporaryFolder.make("review") + "/mini.review.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The diagnostics of a record that must not load, as `line:col CODE message`.
  private func errors(_ text: String) throws -> [Diagnostic] {
    do {
      _ = try load(text)
      XCTFail("loaded: \(text)")
      return []
    } catch let error as Diagnostics {
      return error.all
    }
  }

  /// The 1-based line and column where `needle` first occurs in `text`.
  private func position(of needle: String, in text: String) -> String {
    guard let range = text.range(of: needle) else { return "not found" }
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let column =
      before.count
      - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 }
        ?? 0) + 1
    return "\(line):\(column)"
  }

  private func assertError(
    _ text: String, at needle: String, _ code: DiagnosticCode, containing words: String,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let found = try errors(text)
    let match = found.first { $0.code == code }
    XCTAssertNotNil(match, "\(code) expected; got \(found)", file: file, line: line)
    guard let match else { return }
    XCTAssertEqual(match.severity, .error, file: file, line: line)
    XCTAssertEqual(
      match.location.map { "\($0.line):\($0.column)" }, position(of: needle, in: text),
      "\(match)", file: file, line: line)
    XCTAssertTrue(match.message.contains(words), match.message, file: file, line: line)
  }

  static let header = "case: mini\nstatus: preliminary\n"

  func testAValidRecordLoadsEveryField() throws {
    let record = try load(
      Self.header + """
        status_date: 2026-12-01
        findings:
          - finding: vote
            fingerprint: "376996e9586ef9e4"
            decision: upheld
            reason: The words name the candidate.
            decided_by: the committee
            date: 2026-12-07
          - {finding: praise, fingerprint: "c1a630ccd5966033", decision: open}
        judgements:
          - {action: relief, tag: praises_military_action, judgement: declined, reason: No words of praise.}
        """)
    XCTAssertEqual(record.caseID, "mini")
    XCTAssertEqual(record.status, .preliminary)
    XCTAssertEqual(record.statusDate?.description, "2026-12-01")
    XCTAssertEqual(record.decisions.map(\.finding), ["vote", "praise"])
    XCTAssertEqual(record.decisions.map(\.verdict), [.upheld, .open])
    XCTAssertEqual(record.decisions.first?.decidedBy, "the committee")
    XCTAssertEqual(record.decisions.first?.date?.description, "2026-12-07")
    XCTAssertEqual(record.decisions.first?.location?.line, 5)
    XCTAssertEqual(record.judgements.map(\.tag), ["praises_military_action"])
    XCTAssertTrue(record.declines("praises_military_action", for: "relief"))
    XCTAssertFalse(record.declines("praises_military_action", for: "vote"))
  }

  func testEachStatusAndDecisionIsRead() throws {
    for status in ReviewRecord.Status.allCases {
      XCTAssertEqual(try load("case: mini\nstatus: \(status.rawValue)\n").status, status)
    }
    for verdict in ReviewDecision.Verdict.allCases {
      let decided = verdict == .open ? "" : ", reason: r, decided_by: c, date: 2026-01-01"
      let record = try load(
        Self.header
          + "findings: [{finding: vote, fingerprint: \"376996e9586ef9e4\", decision: \(verdict.rawValue)\(decided)}]\n"
      )
      XCTAssertEqual(record.decisions.first?.verdict, verdict)
    }
  }

  func testAnUnknownFindingIsLocatedWithTheNearestID() throws {
    let text =
      Self.header
      + "findings:\n  - {finding: votte, fingerprint: \"376996e9586ef9e4\", decision: open}\n"
    try assertError(
      text, at: "votte", .reviewFinding,
      containing:
        "unknown finding 'votte': no episode, act or person of case 'mini' has this id; did you mean 'vote'?"
    )
  }

  func testAnUnknownStatusOrDecisionIsLocated() throws {
    try assertError(
      "case: mini\nstatus: final\n", at: "final", .schemaValue,
      containing: "'final' is not a valid status")
    let text =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: accepted}\n"
    try assertError(
      text, at: "accepted", .schemaValue,
      containing:
        "'accepted' is not a valid decision; expected one of open, upheld, dismissed, referred")
  }

  func testADateInTheFutureIsLocated() throws {
    try assertError(
      Self.header + "status_date: 2026-12-08\n", at: "2026-12-08", .reviewFuture,
      containing: "the date 2026-12-08 is after today (2026-12-07)")
    let text =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: upheld, decided_by: c, date: 2030-01-01}\n"
    try assertError(text, at: "2030-01-01", .reviewFuture, containing: "after today")
    try assertError(
      Self.header + "status_date: 2026-12\n", at: "2026-12", .schemaDate,
      containing: "'2026-12' is not a day")
  }

  func testADismissalOrReferralWithoutAReasonIsLocated() throws {
    for verdict in ["dismissed", "referred"] {
      let text =
        Self.header
        + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: \(verdict), decided_by: c, date: 2026-01-01}\n"
      try assertError(
        text, at: verdict, .reviewDecision, containing: "a finding \(verdict) needs 'reason'")
    }
    let blank =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: dismissed, reason: \" \", decided_by: c, date: 2026-01-01}\n"
    try assertError(blank, at: "reason", .reviewDecision, containing: "needs 'reason'")
  }

  func testADecisionNeedsWhoAndWhenAndAnOpenOneHasNeither() throws {
    let text =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: upheld}\n"
    let found = try errors(text)
    XCTAssertEqual(
      found.map(\.message).sorted(),
      [
        "a finding upheld needs 'date': when it was decided",
        "a finding upheld needs 'decided_by': who decided",
      ])
    XCTAssertEqual(found.map(\.code), [.reviewDecision, .reviewDecision])
    let open =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: open, decided_by: c}\n"
    try assertError(
      open, at: "decided_by", .reviewDecision,
      containing: "'decided_by' is given but the decision is open")
  }

  func testARecordOfAnotherCaseIsLocated() throws {
    try assertError(
      "case: arcs\nstatus: draft\n", at: "arcs", .reviewCase,
      containing: "the review record is of case 'arcs', not of 'mini'")
  }

  func testAJudgementOnAnUnknownActOrTagIsLocated() throws {
    let act =
      Self.header
      + "judgements:\n  - {action: praize, tag: praises_military_action, judgement: declined, reason: r}\n"
    try assertError(
      act, at: "praize", .refUnresolved,
      containing: "unknown action 'praize'; did you mean 'praise'?")
    let tag =
      Self.header
      + "judgements:\n  - {action: relief, tag: praises_militar_action, judgement: declined, reason: r}\n"
    try assertError(
      tag, at: "praises_militar_action", .vocabUnknown,
      containing: "did you mean 'praises_military_action'?")
    let twice =
      Self.header
      + "judgements:\n  - {action: relief, tag: praises_military_action, judgement: declined, reason: r}\n  - {action: relief, tag: praises_military_action, judgement: applied, reason: s}\n"
    try assertError(
      twice, at: "{action: relief, tag: praises_military_action, judgement: applied",
      .reviewDuplicate, containing: "judged twice (first at line 4)")
  }

  func testABadFingerprintAnUnknownKeyAndATwiceDecidedFindingAreLocated() throws {
    let short =
      Self.header + "findings:\n  - {finding: vote, fingerprint: \"376996\", decision: open}\n"
    try assertError(
      short, at: "\"376996\"", .schemaValue, containing: "'376996' is not a fingerprint")
    let key =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decison: open}\n"
    try assertError(key, at: "decison", .schemaUnknownKey, containing: "did you mean 'decision'?")
    let twice =
      Self.header
      + "findings:\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: open}\n  - {finding: vote, fingerprint: \"376996e9586ef9e4\", decision: open}\n"
    let found = try errors(twice)
    XCTAssertEqual(found.map(\.code), [.reviewDuplicate])
    XCTAssertEqual(found.first?.location?.line, 5)
  }

  func testTheBesideCasePathDropsTheYAMLExtension() {
    XCTAssertEqual(ReviewRecord.path(besideCase: "Cases/arcs.yaml"), "Cases/arcs.review.yaml")
    XCTAssertEqual(ReviewRecord.path(besideCase: "a/b.yml"), "a/b.review.yaml")
    XCTAssertEqual(ReviewRecord.path(besideCase: "case"), "case.review.yaml")
  }
}
