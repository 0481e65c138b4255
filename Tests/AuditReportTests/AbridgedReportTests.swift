import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

@testable import AuditReport

/// Past `MarkdownReport.findingLimit` findings the Markdown report stays a document a person
/// can read: the most severe findings, counts per principle and rule, and what the JSON holds.
final class AbridgedReportTests: XCTestCase {
  /// The shipped case with its acts repeated `copies` times under new ids, evaluated with the
  /// shipped rules: a case with many findings of every kind.
  private static func context(copies: Int) throws -> ReportContext {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let loaded = try CaseLoader.load(
      path: FixturePaths.root + "/Cases/arcs.yaml", vocabulary: catalogue.vocabulary)
    var audit = loaded.audit
    audit.actions = (0..<copies).flatMap { copy in
      loaded.audit.actions.map { action in
        var action = action
        action.id += "-\(copy)"
        return action
      }
    }
    audit.episodes = []
    let evaluator = Evaluator(
      rules: try CompiledRule.compileAll(catalogue), thresholds: catalogue.strength)
    return ReportContext(
      evaluation: evaluator.evaluate(audit), catalogue: catalogue, caseInput: loaded.input,
      verification: QuoteVerification(), toolVersion: "0.1.0", date: nil)
  }

  func testPastTheLimitTheReportShowsTheMostSevereAndCountsTheRest() throws {
    let context = try Self.context(copies: 40)
    let contents = ReportContents(context)
    let total = contents.findings.count
    XCTAssertGreaterThan(total, MarkdownReport.findingLimit)
    let markdown = MarkdownReport().render(context)
    XCTAssertTrue(
      markdown.contains(
        "This report shows the 200 most severe of \(total) findings. The JSON report of the "
          + "same run (`--format json`) holds every finding, hit and act."))
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("### Finding ") }
    XCTAssertEqual(headings.count, 200)
    XCTAssertEqual(
      headings.last, "### Finding 200. " + ReportText.inline(contents.findings[199].title))
    // The result table has one row per finding shown.
    XCTAssertEqual(MarkdownChecks.tables(markdown)[0].count, 2 + 200)
    for part in [
      "## Findings by principle and by rule", "## Left to the JSON report", "### Method",
    ] {
      XCTAssertTrue(markdown.contains("\n" + part + "\n"), part)
    }
    for part in [
      "## Chronology", "## Acts no rule matched", "## Context", "## Limits of the evidence",
    ] {
      XCTAssertFalse(markdown.contains("\n" + part + "\n"), part)
    }
    XCTAssertTrue(markdown.contains("- \(total - 200) findings after the 200 shown"))
    // Counts per principle are those of every finding, not only those shown.
    for principle in contents.counts.byPrinciple {
      XCTAssertTrue(
        markdown.contains("| " + ReportText.inline(principle.name) + " | \(principle.findings) |"),
        principle.name)
    }
  }

  func testTheTerminalSummaryListsTheSameFindingsAndCountsTheRest() throws {
    let context = try Self.context(copies: 40)
    let total = ReportContents(context).findings.count
    let summary = TerminalSummary().render(context, reportPath: "r.md", color: false)
    let lines = summary.split(separator: "\n")
    XCTAssertEqual(lines.filter { $0.contains(" Finding ") }.count, 200)
    XCTAssertTrue(lines.contains("  … \(total - 200) more findings, in the JSON report"))
  }

  /// Four times the acts, about the same report: its length is bounded by the limit.
  func testTheAbridgedReportDoesNotGrowWithTheCase() throws {
    let small = MarkdownReport().render(try Self.context(copies: 40))
    let large = MarkdownReport().render(try Self.context(copies: 160))
    XCTAssertLessThan(large.utf8.count, small.utf8.count * 11 / 10)
    XCTAssertLessThan(large.split(separator: "\n").count, 5000)
  }

  /// At the limit nothing is left out: the full report, annexes included.
  func testUpToTheLimitTheReportIsWhole() throws {
    let context = try Self.context(copies: 1)
    XCTAssertLessThanOrEqual(ReportContents(context).findings.count, MarkdownReport.findingLimit)
    let markdown = MarkdownReport().render(context)
    XCTAssertTrue(markdown.contains("\n## Annex E. Chronology\n"))
    XCTAssertFalse(markdown.contains("most severe of"))
  }
}
