import AuditCore
import XCTest

@testable import AuditReport

final class SummaryAndIndexTests: XCTestCase {
  func testTerminalSummaryListsFindingsCountsAndPath() {
    let summary = TerminalSummary().render(
      ReportSamples.sample(), reportPath: "reports/arcs.md", color: false)
    XCTAssertEqual(
      summary,
      """
      audit: Azerbaijan Red Crescent Society and the Nagorno-Karabakh blockade (arcs)
        Draft by the analyst: not yet reviewed; the Azerbaijan Red Crescent Society has not been heard.
        high     established Finding 1: Public statement by Azerbaijan Red Crescent Society [Impartiality]
        high     established Finding 2: Novruz Aslanov: Rule IND-001 [Independence]
        medium   reported    Finding 3: Interview by Novruz Aslanov [Neutrality]
      3 findings about the subject (2 high, 1 medium), engaging Impartiality in 1, Neutrality in 1, Independence in 1; 0 patterns across findings; 1 context hit on the acts of others; 8 rules evaluated, 4 with no recorded act matched; 0 undecided evaluations for lack of data; 1 act no rule matched.
      report written to reports/arcs.md

      """)
    XCTAssertFalse(summary.unicodeScalars.contains("\u{1B}"))
  }

  func testTerminalSummaryIsColouredOnlyWhenAsked() {
    let coloured = TerminalSummary().render(ReportSamples.sample(), reportPath: "r.md", color: true)
    XCTAssertTrue(coloured.unicodeScalars.contains("\u{1B}"))
    XCTAssertTrue(coloured.contains("\u{1B}[31mhigh    \u{1B}[0m"))
    let plain = coloured.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    XCTAssertEqual(
      plain, TerminalSummary().render(ReportSamples.sample(), reportPath: "r.md", color: false))
  }

  func testIndexComparesCasesByPrinciple() {
    var other = ReportSamples.sampleCase()
    other.id = "brcs"
    other.title = "Another society"
    let second = ReportSamples.context(
      other, findings: [], outcomes: ReportSamples.sampleOutcomes(other), unmatched: [],
      rules: ReportSamples.sampleRules)
    let index = IndexReport().render([second, ReportSamples.sample()])
    let table = MarkdownChecks.tables(index)[0]
    XCTAssertEqual(
      table,
      [
        "| Case | Subject | Impartiality | Neutrality | Independence | All | Context |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| [arcs](arcs.md) | Azerbaijan Red Crescent Society | 1 (high) | 1 (medium) | 1 (high) | 3 (high) | 1 |",
        "| [brcs](brcs.md) | Azerbaijan Red Crescent Society | 0 | 0 | 0 | 0 | 0 |",
      ])
    XCTAssertEqual(IndexReport.reportFile("a b/../c:d"), "a%20b%2F..%2Fc%3Ad.md")
    XCTAssertEqual(IndexReport.reportFile(".hidden"), "%2Ehidden.md")
    XCTAssertTrue(IndexReport().render([]).contains("No case was audited."))
  }

  func testRuleCatalogueDocumentsEveryRuleByPrinciple() {
    let catalogue = RuleCatalogueDocument().render(
      ReportSamples.catalogue(ReportSamples.sampleRules))
    let headings = MarkdownChecks.headings(catalogue)
    XCTAssertEqual(
      headings.filter { $0.hasPrefix("## ") },
      ["## Impartiality", "## Neutrality", "## Independence", "## Unity"])
    XCTAssertEqual(headings.filter { $0.hasPrefix("### ") }.count, ReportSamples.sampleRules.count)
    for expected in [
      "### IND-005 — Rule IND-005",
      "- **Pattern:** at least 3 matching acts within 365 days, grouped by `org.id`",
      "- **Applies to:** national_society",
      "- **Scope:** person",
      "```text\naction.tags contains \"x\"\n  and actor.roles.exists(r, r in [\"president\"])\n```",
      "**Message:** `{actor.name} did it on {action.date}`",
      "- `statutes.art3`: Statutes of the Movement, Article 3 (words not read; summarised)",
      "- a president says it → match",
      "- a volunteer says it → no match",
      "- **File:** `Rules/unity/UNI-001.yaml` (pack fundamental-principles)",
    ] {
      XCTAssertTrue(catalogue.contains(expected), expected)
    }
    XCTAssertEqual(
      catalogue,
      RuleCatalogueDocument().render(ReportSamples.catalogue(ReportSamples.sampleRules.reversed())))
  }

  func testEachPrincipleOpensWithItsConductNearMissesAndTextsCited() throws {
    let catalogue = RuleCatalogueDocument().render(
      ReportSamples.catalogue(ReportSamples.sampleRules))
    let start = try XCTUnwrap(catalogue.range(of: "## Impartiality"))
    let end = try XCTUnwrap(catalogue.range(of: "### IMP-001"))
    let overview = String(catalogue[start.upperBound..<end.lowerBound])
    for expected in [
      "**Conduct covered:**\n\n- IMP-001 (high): Rule IMP-001",
      "**What does not count** (the rules' near-miss tests):\n\n- a volunteer says it (IMP-001)",
      "- `statutes.art4.4`: ",
      "- `statutes.art3`: Statutes of the Movement, Article 3 (words not read; summarised)",
    ] {
      XCTAssertTrue(overview.contains(expected), expected + "\n--- in ---\n" + overview)
    }
    XCTAssertFalse(overview.contains("a president says it"), "a match test is not a near miss")
  }
}
