import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditReport

/// The review record in the reports: the status line for each status, each finding's decision
/// under its heading, dismissed findings in their own part with their reason, a changed basis
/// flagged, decisions no finding matches listed; and the same in the JSON.
final class ReviewReportTests: XCTestCase {
  private struct Fixture {
    let pipeline: AuditPipeline
    let catalogue: RuleCatalogue
    let audit: AuditCase
    var fingerprints: [String: String]
  }

  private func fixture() throws -> Fixture {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let audit = try CaseLoader.load(
      path: FixturePaths.fixtures + "/reviews/mini.yaml", vocabulary: catalogue.vocabulary
    ).audit
    let pipeline = AuditPipeline(
      catalogue: catalogue, compiled: try CompiledRule.compileAll(catalogue))
    let findings = pipeline.run(audit).assessment.findings
    return Fixture(
      pipeline: pipeline, catalogue: catalogue, audit: audit,
      fingerprints: Dictionary(uniqueKeysWithValues: findings.map { ($0.id, $0.fingerprint) }))
  }

  private func context(_ fixture: Fixture, _ record: ReviewRecord?) -> ReportContext {
    context(fixture, nil, record)
  }

  private func context(_ fixture: Fixture, _ audit: AuditCase?, _ record: ReviewRecord?)
    -> ReportContext
  {
    ReportContext(
      result: fixture.pipeline.run(audit ?? fixture.audit, review: record),
      catalogue: fixture.catalogue,
      caseInput: InputFile(path: "mini.yaml", text: "case: {id: mini}\n"),
      toolVersion: "test", date: nil)
  }

  private static let day = PartialDate(year: 2026, month: 12, day: 1)!

  private func decided(_ finding: String, _ print: String, _ verdict: ReviewDecision.Verdict)
    -> ReviewDecision
  {
    ReviewDecision(
      finding: finding, fingerprint: print, verdict: verdict, reason: "The reason given.",
      decidedBy: "the Compliance and Mediation Committee", date: Self.day)
  }

  func testTheStatusLineForEachStatus() throws {
    let fixture = try fixture()
    let expected: [ReviewRecord.Status?: String] = [
      nil: "Draft by the analyst: not yet reviewed; the Example Red Cross has not been heard.",
      .draft:
        "Draft by the analyst of 1 December 2026: not yet reviewed; the Example Red Cross has not been heard.",
      .preliminary:
        "Preliminary observations of 1 December 2026, for the response of the Example Red Cross: it has not yet been heard.",
      .sentForResponse:
        "Sent to the Example Red Cross for its response on 1 December 2026; no response yet.",
      .responseReceived:
        "The response of the Example Red Cross was received on 1 December 2026; the findings are not yet decided.",
      .decided: "Decided on 1 December 2026: 1 finding upheld, 1 still open.",
    ]
    for (status, sentence) in expected {
      let record = status.map {
        ReviewRecord(
          caseID: "mini", status: $0, statusDate: Self.day,
          decisions: [decided("vote", fixture.fingerprints["vote"]!, .upheld)])
      }
      let markdown = MarkdownReport().render(context(fixture, record))
      let lines = markdown.split(separator: "\n", omittingEmptySubsequences: true)
      // The title, then the status line.
      XCTAssertEqual(lines.count > 1 ? String(lines[1]) : "", "**" + sentence + "**")
      let summary = TerminalSummary().render(
        context(fixture, record), reportPath: "r.md", color: false)
      XCTAssertEqual(
        summary.split(separator: "\n").dropFirst().first.map(String.init), "  " + sentence)
    }
    XCTAssertEqual(
      ReviewWording.subject("The Example Society"), "the Example Society",
      "a name with its own article keeps it")
  }

  func testEachDecisionUnderItsFindingAndADismissedFindingInItsOwnPart() throws {
    let fixture = try fixture()
    for verdict in ReviewDecision.Verdict.allCases {
      let record = ReviewRecord(
        caseID: "mini", status: .decided, statusDate: Self.day,
        decisions: [
          verdict == .open
            ? ReviewDecision(
              finding: "vote", fingerprint: fixture.fingerprints["vote"]!, verdict: .open)
            : decided("vote", fixture.fingerprints["vote"]!, verdict)
        ])
      let markdown = MarkdownReport().render(context(fixture, record))
      let findings = try XCTUnwrap(markdown.range(of: "\n## Findings\n"))
      let dismissedPart = markdown.range(of: "\n## Dismissed findings\n")
      let line =
        verdict == .open
        ? "**Decision:** open · "
        : "**Decision:** \(verdict.rawValue) by the Compliance and Mediation Committee on 1 December 2026 — The reason given."
      let at = try XCTUnwrap(markdown.range(of: line), "\(verdict)")
      // The other finding, not in the record, is open.
      XCTAssertTrue(markdown.contains("**Decision:** open · "))
      if verdict == .dismissed {
        let part = try XCTUnwrap(dismissedPart)
        XCTAssertGreaterThan(at.lowerBound, part.lowerBound, "under Dismissed findings")
        XCTAssertFalse(
          markdown[findings.upperBound..<part.lowerBound].contains(
            "Public statement by P. Resident"),
          "a dismissed finding is not among the findings")
        let row = markdown.split(separator: "\n").first { $0.hasPrefix("| 1. Public statement") }
        XCTAssertTrue(row?.contains(" (dismissed) |") == true, "\(row ?? "")")
        XCTAssertTrue(
          markdown[part.upperBound...].contains("### Finding 1. Public statement by P. Resident"))
      } else {
        XCTAssertNil(dismissedPart)
        XCTAssertGreaterThan(at.lowerBound, findings.lowerBound)
      }
    }
  }

  func testWhenEveryFindingIsDismissedTheFindingsPartSaysSo() throws {
    let fixture = try fixture()
    let record = ReviewRecord(
      caseID: "mini", status: .decided,
      decisions: ["vote", "praise"].map { decided($0, fixture.fingerprints[$0]!, .dismissed) })
    let markdown = MarkdownReport().render(context(fixture, record))
    XCTAssertTrue(markdown.contains("\n" + ReviewWording.allDismissed + "\n"), markdown)
    XCTAssertTrue(markdown.contains("**Decided: 2 findings dismissed.**"), markdown)
    XCTAssertEqual(markdown.components(separatedBy: "**Decision:** dismissed").count - 1, 2)
  }

  func testAChangedBasisAndAnOrphanedDecisionAreShown() throws {
    let fixture = try fixture()
    var edited = fixture.audit
    let index = edited.actions.firstIndex { $0.id == "vote" }!
    edited.actions[index].evidence[0].quote = "Vote for the president, he said again."
    let record = ReviewRecord(
      caseID: "mini", status: .decided, statusDate: Self.day,
      decisions: [
        decided("vote", fixture.fingerprints["vote"]!, .dismissed),
        decided("relief", "0123456789abcdef", .upheld),
      ])
    let report = context(fixture, edited, record)
    let markdown = MarkdownReport().render(report)
    XCTAssertTrue(
      markdown.contains(
        "**Changed since decided on 1 December 2026:** dismissed by the Compliance and Mediation Committee on 1 December 2026 — The reason given; the acts, rules or evidence the finding rests on have changed since, so the decision is to be taken again."
      ), markdown)
    XCTAssertFalse(markdown.contains("## Dismissed findings"), "a changed dismissal is back")
    XCTAssertTrue(markdown.contains("## Decisions about findings no longer made"))
    XCTAssertTrue(
      markdown.contains(
        "- The Society distributed food. (relief): upheld by the Compliance and Mediation Committee on 1 December 2026 — The reason given."
      ), markdown)
    XCTAssertTrue(
      markdown.contains(
        "**Decided on 1 December 2026: 1 finding still open; 1 changed since decided, to be decided again.**"
      ))
    let summary = TerminalSummary().render(report, reportPath: "r.md", color: false)
    XCTAssertTrue(summary.contains("— changed since decided on 2026-12-01"), summary)

    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(JSONReport().render(report).utf8))
        as? [String: Any])
    let review = try XCTUnwrap(json["review"] as? [String: Any])
    XCTAssertEqual(review["status"] as? String, "decided")
    XCTAssertEqual(review["status_date"] as? String, "2026-12-01")
    let orphans = try XCTUnwrap(review["orphaned_decisions"] as? [[String: Any]])
    XCTAssertEqual(orphans.map { $0["finding"] as? String }, ["relief"])
    let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
    let vote = try XCTUnwrap(
      findings.first { $0["id"] as? String == "vote" }?["review"] as? [String: Any])
    XCTAssertEqual(vote["decision"] as? String, "dismissed")
    XCTAssertEqual(vote["changed_since_decided"] as? Bool, true)
    XCTAssertEqual(vote["date"] as? String, "2026-12-01")
    XCTAssertEqual(vote["decided_by"] as? String, "the Compliance and Mediation Committee")
    let validator = try SchemaValidator(path: JSONReportTests.schemaPath)
    XCTAssertEqual(validator.errors(json), [])
  }

  func testAReportWithoutARecordHasTheDraftLineAndNoDecisions() throws {
    let fixture = try fixture()
    let report = context(fixture, nil)
    let markdown = MarkdownReport().render(report)
    XCTAssertFalse(markdown.contains("**Decision:**"))
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(JSONReport().render(report).utf8))
        as? [String: Any])
    let review = try XCTUnwrap(json["review"] as? [String: Any])
    XCTAssertEqual(review["status"] as? String, "draft")
    XCTAssertTrue(review["file"] is NSNull)
    XCTAssertEqual(try SchemaValidator(path: JSONReportTests.schemaPath).errors(json), [])
  }
}

extension ReviewReportTests {
  func testTheAnalystsJudgementsAreShownWithTheirReasonsAndDisagreementsFlagged() throws {
    let fixture = try fixture()
    let record = ReviewRecord(
      caseID: "mini", status: .preliminary,
      judgements: [
        ReviewJudgement(
          action: "praise", tag: "supports_party_war_aims", judgement: .declined,
          reason: "The words praise the army, not the war's aims."),
        ReviewJudgement(
          action: "vote", tag: "electoral_endorsement", judgement: .declined,
          reason: "Declined before the quote was found."),
        ReviewJudgement(
          action: "relief", tag: "prioritises_by_need", judgement: .applied,
          reason: "The source says the food went to the neediest first."),
      ])
    let report = context(fixture, record)
    let markdown = MarkdownReport().render(report)
    let part = try XCTUnwrap(markdown.range(of: "\n### Judgements on the coding\n"), markdown)
    let method = try XCTUnwrap(markdown.range(of: "\n### Method\n"))
    XCTAssertLessThan(part.lowerBound, method.lowerBound, "in the annex, before the method")
    let annex = String(markdown[part.upperBound..<method.lowerBound])
    XCTAssertTrue(
      annex.contains(
        "- **The social media post of P. Resident on 1 May 2024**: *supports party war aims*, "
          + "declined. The words praise the army, not the war's aims.\n"), annex)
    XCTAssertTrue(annex.contains("  - What the tag says: Publicly supports, justifies"), annex)
    XCTAssertTrue(
      annex.contains(
        "declined. Declined before the quote was found. The act now carries this tag all the "
          + "same: the coding and the record disagree, for the analyst to settle.\n"), annex)
    XCTAssertTrue(
      annex.contains(
        "*prioritises by need*, applied. The source says the food went to the neediest first. "
          + "The act no longer carries this tag"), annex)
    XCTAssertEqual(annex.components(separatedBy: "for the analyst to settle").count - 1, 2)
    XCTAssertTrue(HTMLReport().render(report).contains("Judgements on the coding"))

    let without = MarkdownReport().render(context(fixture, nil))
    XCTAssertFalse(without.contains("Judgements on the coding"), "no record, no part")
  }
}
