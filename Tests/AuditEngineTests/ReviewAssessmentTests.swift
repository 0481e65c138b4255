import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import Foundation
import XCTest

/// The review record matched to a run's findings: each decision by the finding's id, a basis
/// changed since decided flagged, a decision no finding matches kept and reported.
final class ReviewAssessmentTests: XCTestCase {
  /// The small case of the review fixtures, and a pipeline over the shipped pack.
  private func pipeline() throws -> (AuditPipeline, AuditCase) {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let audit = try CaseLoader.load(
      path: FixturePaths.fixtures + "/reviews/mini.yaml", vocabulary: catalogue.vocabulary
    ).audit
    return (
      AuditPipeline(catalogue: catalogue, compiled: try CompiledRule.compileAll(catalogue)), audit
    )
  }

  private func decision(
    _ finding: String, _ fingerprint: String, _ verdict: ReviewDecision.Verdict, line: Int = 5
  ) -> ReviewDecision {
    ReviewDecision(
      finding: finding, fingerprint: fingerprint, verdict: verdict,
      reason: verdict == .open ? nil : "the reason",
      decidedBy: verdict == .open ? nil : "the committee",
      date: verdict == .open ? nil : PartialDate(year: 2026, month: 12, day: 1),
      location: SourceLocation(path: "mini.review.yaml", line: line, column: 5))
  }

  func testWithoutARecordTheCaseIsADraftAndEveryFindingOpen() throws {
    let (pipeline, audit) = try pipeline()
    let result = pipeline.run(audit)
    XCTAssertEqual(result.assessment.findings.map(\.id), ["vote", "praise"])
    XCTAssertEqual(result.review.status, .draft)
    XCTAssertNil(result.review.record)
    for finding in result.assessment.findings {
      XCTAssertEqual(result.review.standing(of: finding.id), .open(nil))
    }
    XCTAssertEqual(result.reviewWarnings, [])
    XCTAssertEqual(result.review.unlisted, [], "no record, nothing unlisted")
  }

  func testEachDecisionIsMatchedByIDAndADismissalIsLikeAWaiver() throws {
    let (pipeline, audit) = try pipeline()
    let findings = pipeline.run(audit).assessment.findings
    let print = Dictionary(uniqueKeysWithValues: findings.map { ($0.id, $0.fingerprint) })
    for verdict in ReviewDecision.Verdict.allCases {
      let record = ReviewRecord(
        caseID: "mini", status: .decided,
        decisions: [decision("vote", print["vote"]!, verdict)])
      let result = pipeline.run(audit, review: record)
      let standing = result.review.standing(of: "vote")
      XCTAssertEqual(standing.verdict, verdict)
      XCTAssertEqual(standing.decision?.verdict, verdict)
      XCTAssertFalse(standing.isChanged)
      XCTAssertEqual(standing.isDismissed, verdict == .dismissed)
      XCTAssertEqual(result.review.unlisted, ["praise"])
      XCTAssertEqual(result.reviewWarnings, [])
      // Both findings are high: a dismissed one no longer counts for --fail-on.
      XCTAssertEqual(result.count(atOrAbove: .high).findings, verdict == .dismissed ? 1 : 2)
      XCTAssertTrue(result.hasFinding(atOrAbove: .high))
    }
    let both = ReviewRecord(
      caseID: "mini", status: .decided,
      decisions: [
        decision("vote", print["vote"]!, .dismissed),
        decision("praise", print["praise"]!, .dismissed),
      ])
    XCTAssertFalse(pipeline.run(audit, review: both).hasFinding(atOrAbove: .info))
  }

  func testAChangedBasisKeepsTheDecisionFlaggedAndWarns() throws {
    let (pipeline, audit) = try pipeline()
    let before = pipeline.run(audit).assessment.findings.first { $0.id == "vote" }!
    let record = ReviewRecord(
      caseID: "mini", status: .decided,
      decisions: [decision("vote", before.fingerprint, .dismissed, line: 9)])
    // The same act, its evidence quoted differently: another basis.
    var edited = audit
    let index = edited.actions.firstIndex { $0.id == "vote" }!
    edited.actions[index].evidence[0].quote = "Vote for the president, he said again."
    let result = pipeline.run(edited, review: record)
    let now = result.assessment.findings.first { $0.id == "vote" }!
    XCTAssertNotEqual(now.fingerprint, before.fingerprint)
    let standing = result.review.standing(of: "vote")
    XCTAssertTrue(standing.isChanged)
    XCTAssertEqual(standing.decision?.verdict, .dismissed, "the decision is kept")
    XCTAssertFalse(standing.isDismissed, "a dismissal on another basis no longer sets it aside")
    XCTAssertEqual(result.count(atOrAbove: .high).findings, 2)
    let warnings = result.reviewWarnings
    XCTAssertEqual(warnings.map(\.code), [.reviewChanged])
    XCTAssertEqual(warnings.first?.severity, .warning)
    XCTAssertEqual(warnings.first?.location?.line, 9)
    XCTAssertEqual(
      warnings.first?.message,
      "finding 'vote' has changed since it was decided on 2026-12-01 (dismissed): its acts, rules or cited evidence are not those decided on (fingerprint \(before.fingerprint), now \(now.fingerprint)); the decision is kept, flagged, until it is taken again"
    )
    // The wording of a title, the severity or the strength is not the basis.
    var retitled = audit
    retitled.actions[index].summary = "Another summary."
    XCTAssertFalse(pipeline.run(retitled, review: record).review.standing(of: "vote").isChanged)
  }

  func testADecisionNoFindingMatchesIsReportedNotDropped() throws {
    let (pipeline, audit) = try pipeline()
    let record = ReviewRecord(
      caseID: "mini", status: .responseReceived,
      decisions: [decision("relief", "0123456789abcdef", .upheld, line: 12)])
    let result = pipeline.run(audit, review: record)
    XCTAssertEqual(result.review.orphanedDecisions.map(\.finding), ["relief"])
    XCTAssertEqual(result.reviewWarnings.map(\.code), [.reviewOrphan])
    XCTAssertEqual(result.reviewWarnings.first?.location?.line, 12)
    XCTAssertTrue(
      result.reviewWarnings.first?.message.hasPrefix(
        "the decision on 'relief' (upheld on 2026-12-01) matches no finding of this run") == true)
  }

  func testAJudgementTheCodingContradictsIsReported() throws {
    let (pipeline, audit) = try pipeline()
    let record = ReviewRecord(
      caseID: "mini", status: .draft,
      judgements: [
        ReviewJudgement(
          action: "praise", tag: "praises_military_action", judgement: .declined, reason: "r"),
        ReviewJudgement(
          action: "relief", tag: "praises_military_action", judgement: .declined, reason: "r"),
        ReviewJudgement(
          action: "vote", tag: "electoral_endorsement", judgement: .applied, reason: "r"),
      ])
    let result = pipeline.run(audit, review: record)
    XCTAssertEqual(result.review.contradictedJudgements.map(\.action), ["praise"])
    XCTAssertEqual(
      result.reviewWarnings.map(\.message),
      [
        "act 'praise' is tagged praises_military_action, which the review record declines for it: the coding and the recorded judgement disagree"
      ])
  }
}
