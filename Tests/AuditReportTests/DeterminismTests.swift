import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

@testable import AuditReport

/// Same inputs, same bytes — whatever order the case file lists things in.
final class DeterminismTests: XCTestCase {
  func testRenderingTwiceGivesTheSameBytes() {
    for context in [ReportSamples.sample(), HostileSample.context()] {
      XCTAssertEqual(MarkdownReport().render(context), MarkdownReport().render(context))
      XCTAssertEqual(JSONReport().render(context), JSONReport().render(context))
      XCTAssertEqual(
        TerminalSummary().render(context, reportPath: "r.md", color: true),
        TerminalSummary().render(context, reportPath: "r.md", color: true))
    }
  }

  func testShuffledCaseSectionsGiveTheSameReport() {
    let expectedMarkdown = MarkdownReport().render(ReportSamples.sample())
    let expectedJSON = JSONReport().render(ReportSamples.sample())
    let expectedHTML = HTMLReport().render(ReportSamples.sample())
    let expectedIndex = IndexReport().render([ReportSamples.sample(), HostileSample.context()])
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<10 {
      var audit = ReportSamples.sampleCase()
      audit.organizations.shuffle(using: &generator)
      audit.people.shuffle(using: &generator)
      audit.sources.shuffle(using: &generator)
      audit.actions.shuffle(using: &generator)
      audit.responses.shuffle(using: &generator)
      let findings = ReportSamples.sampleFindings(audit).shuffled(using: &generator)
      let outcomes = ReportSamples.sampleOutcomes(audit).shuffled(using: &generator)
      let context = ReportSamples.context(
        audit, findings: findings, outcomes: outcomes, unmatched: ["arcs-flour-convoy"],
        rules: ReportSamples.sampleRules.shuffled(using: &generator),
        verification: ReportSamples.sampleVerification(audit))
      XCTAssertEqual(MarkdownReport().render(context), expectedMarkdown)
      XCTAssertEqual(JSONReport().render(context), expectedJSON)
      XCTAssertEqual(HTMLReport().render(context), expectedHTML)
      XCTAssertEqual(IndexReport().render([HostileSample.context(), context]), expectedIndex)
    }
  }

  func testFootnoteLabelsDependOnIdsNotOrder() {
    let labels = FootnoteLabels(["b.c", "b_c", "B-C", "a"])
    XCTAssertEqual(labels.label("B-C"), "src-b-c")
    XCTAssertEqual(labels.label("b.c"), "src-b-c-2")
    XCTAssertEqual(labels.label("b_c"), "src-b-c-3")
    XCTAssertEqual(labels.label("a"), "src-a")
    let reversed = FootnoteLabels(["a", "b_c", "b.c", "B-C"])
    for id in ["b.c", "b_c", "B-C", "a"] { XCTAssertEqual(labels.label(id), reversed.label(id)) }
    XCTAssertEqual(FootnoteLabels(["[^x]: <y>"]).label("[^x]: <y>"), "src-x-y")
    XCTAssertEqual(FootnoteLabels(["\u{202E}"]).label("\u{202E}"), "src-source")
  }

  func testNoClockAndNoDateUnlessGiven() {
    let markdown = MarkdownReport().render(ReportSamples.sample())
    XCTAssertFalse(markdown.contains("**Date:** 2"))
    XCTAssertTrue(
      markdown.contains("- **Date:** not given (a report carries a date only with `--date`)"))
    XCTAssertTrue(JSONReport().render(ReportSamples.sample()).contains("\"date\": null"))
  }
}
