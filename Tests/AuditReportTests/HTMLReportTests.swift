import AuditTestSupport
import Foundation
import XCTest

@testable import AuditReport

/// The HTML report: the Markdown report made one self-contained page that runs nothing and
/// fetches nothing, whatever the case says.
final class HTMLReportTests: XCTestCase {
  func testTheSampleIsACompletePageThatRunsAndFetchesNothing() {
    let context = ReportSamples.sample()
    let html = HTMLReport().render(context)
    XCTAssertEqual(HTMLChecks.problems(in: html), [])
    XCTAssertTrue(
      html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
    XCTAssertTrue(html.hasSuffix("</main>\n</body>\n</html>\n"))
    XCTAssertTrue(
      html.contains("<title>Audit report: " + ReportText.html(context.audit.title) + "</title>"))
    XCTAssertEqual(
      html.components(separatedBy: "<h3>Finding ").count - 1, 3, "one heading per finding")
    XCTAssertEqual(HTMLReport().fileExtension, "html")
  }

  func testHostileTextStaysText() {
    let html = HTMLReport().render(HostileSample.context())
    XCTAssertEqual(HTMLChecks.problems(in: html), [])
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown, as text")
    XCTAssertTrue(
      html.contains(
        "<title>Audit report: Hostile | case &lt;script&gt;alert(1)&lt;/script&gt; ⟨U+202E⟩</title>"
      ),
      "the title is escaped and shows the bidi override instead of obeying it")
    XCTAssertFalse(html.contains("<h2>Finding: fake"), "no heading injected")
    XCTAssertFalse(html.unicodeScalars.contains("\u{202E}"), "no bidi override reaches the reader")
    XCTAssertFalse(html.contains("raw HTML omitted"), "the Markdown had no raw HTML to drop")
  }

  func testEveryTableOfTheMarkdownAndNoOtherIsATable() {
    for context in [ReportSamples.sample(), HostileSample.context()] {
      let markdown = MarkdownReport().render(context)
      let html = HTMLReport().render(context)
      let tables = MarkdownChecks.tables(markdown)
      XCTAssertEqual(HTMLChecks.count("table", in: html), tables.count)
      XCTAssertEqual(HTMLChecks.count("thead", in: html), tables.count, "each with its header row")
      XCTAssertEqual(
        HTMLChecks.count("tr", in: html), tables.map { $0.count - 1 }.reduce(0, +),
        "every row of every table, the delimiter row aside")
    }
  }

  func testTheBodyIsTheMarkdownAsGitHubsEngineRendersIt() throws {
    // The library and cmark-gfm's own program are one engine; the page must hold exactly what
    // the program makes of the Markdown report, nothing added, nothing dropped.
    let context = HostileSample.context()
    guard let expected = try CmarkGFM.html(MarkdownReport().render(context)) else {
      throw XCTSkip("cmark-gfm is not installed (apt-get install cmark-gfm)")
    }
    let html = HTMLReport().render(context)
    let body = try XCTUnwrap(html.range(of: "<main>\n")).upperBound
    let end = try XCTUnwrap(html.range(of: "</main>\n</body>", options: .backwards)).lowerBound
    XCTAssertEqual(String(html[body..<end]), expected)
  }

  func testRawHTMLAndScriptLinksAreDroppedEvenIfTheMarkdownLetThemThrough() {
    // The second wall: were the Markdown escaping ever to fail, cmark-gfm's safe mode still
    // drops raw HTML and blanks script links.
    let fragment = CommonMarkHTML.render(
      "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> "
        + "[a](javascript:alert(1)) [b](https://example.org)\n")
    XCTAssertFalse(fragment.contains("<script"))
    XCTAssertFalse(fragment.contains("<img"))
    XCTAssertFalse(fragment.contains("javascript:"))
    XCTAssertTrue(fragment.contains("<a href=\"https://example.org\">b</a>"))
    XCTAssertTrue(fragment.contains("<!-- raw HTML omitted -->"))
  }

  func testGitHubExtensionsAreOn() {
    let fragment = CommonMarkHTML.render(
      "| a | b |\n| --- | --- |\n| 1 | 2 |\n\nSee[^n] and ~~gone~~ https://example.org\n\n"
        + "[^n]: A note.\n")
    XCTAssertTrue(fragment.contains("<table>"))
    XCTAssertTrue(fragment.contains("<del>gone</del>"))
    XCTAssertTrue(fragment.contains("<a href=\"https://example.org\">https://example.org</a>"))
    XCTAssertTrue(fragment.contains("href=\"#fn-n\""))
    XCTAssertTrue(fragment.contains("<li id=\"fn-n\">"))
  }

  func testTheSameContextGivesTheSameBytes() {
    for context in [ReportSamples.sample(), HostileSample.context()] {
      XCTAssertEqual(HTMLReport().render(context), HTMLReport().render(context))
    }
  }

  func testRenderingFromSeveralThreadsAtOnceGivesTheSameBytes() {
    let context = ReportSamples.sample()
    let expected = HTMLReport().render(context)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      results.append(HTMLReport().render(context))
    }
    XCTAssertEqual(results.all.count, 8)
    XCTAssertTrue(results.all.allSatisfy { $0 == expected })
  }
}

/// Strings collected from several threads.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String] = []
  var all: [String] { lock.withLock { values } }
  func append(_ value: String) { lock.withLock { values.append(value) } }
}
