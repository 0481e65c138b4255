import AuditTestSupport
import Foundation
import XCTest

@testable import AuditReport

/// The HTML report: the report's layout written as one self-contained page that runs nothing
/// and fetches nothing, whatever the case says.
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
      html.components(separatedBy: "<h3 id=\"finding-").count - 1, 3, "one heading per finding")
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
    XCTAssertFalse(html.contains(">Finding: fake"), "no heading injected")
    XCTAssertFalse(html.unicodeScalars.contains("\u{202E}"), "no bidi override reaches the reader")
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

  func testEveryFindingIsLinkedFromTheResultTableAndTheContents() throws {
    for context in [ReportSamples.sample(), HostileSample.context()] {
      let html = HTMLReport().render(context)
      let findings = HTMLChecks.matches(#"<h3 id="(finding-[0-9]+)">"#, in: html)
      XCTAssertEqual(findings.count, ReportContents(context).shownFindings.count)
      let result = try XCTUnwrap(html.range(of: "<h2 id=\"at-a-glance\">"))
      let table = try XCTUnwrap(
        html.range(of: "</table>", range: result.upperBound..<html.endIndex))
      let resultTable = html[result.upperBound..<table.lowerBound]
      let nav = try XCTUnwrap(html.range(of: "<nav class=\"contents\">"))
      let navEnd = try XCTUnwrap(html.range(of: "</nav>"))
      let contents = html[nav.upperBound..<navEnd.lowerBound]
      for anchor in findings {
        XCTAssertTrue(resultTable.contains("<td><a href=\"#\(anchor)\">"), anchor)
        XCTAssertTrue(contents.contains("<a href=\"#\(anchor)\">Finding "), anchor)
      }
      XCTAssertEqual(HTMLChecks.problems(in: html), [], "every link has its anchor")
    }
  }

  func testTheHeadingsAreTheMarkdownsInTheSameOrderEachWithAnAnchor() {
    // One layout, two writers: the page says what the Markdown says, in the same order.
    for context in [ReportSamples.sample(), HostileSample.context()] {
      let html = HTMLReport().render(context)
      let markdown = MarkdownReport().render(context)
      let tags = HTMLChecks.matches(#"(<h[1-6][^>]*>)"#, in: html)
      XCTAssertFalse(tags.isEmpty)
      for tag in tags {
        XCTAssertNotNil(
          tag.range(of: #"^<h[1-6] id="[a-z0-9-]+">$"#, options: .regularExpression), tag)
      }
      let pageHeadings = HTMLChecks.matches(#"<h[1-6][^>]*>(.*?)</h[1-6]>"#, in: html)
        .filter { $0 != "Contents" }.map(Self.pageText)
      let markdownHeadings = MarkdownChecks.headings(markdown).map(Self.markdownText)
      XCTAssertEqual(pageHeadings, markdownHeadings)
    }
  }

  func testSeverityIsABadgeAndTheLongPartsStartAPrintedPage() {
    let html = HTMLReport().render(ReportSamples.sample())
    XCTAssertTrue(
      html.contains("<td class=\"short\"><span class=\"severity severity-high\">high</span></td>"),
      "the severity of a finding at a glance is a badge")
    XCTAssertTrue(html.contains("<strong>Severity:</strong> <span class=\"severity severity-"))
    for anchor in ["findings", "annex-a"] {
      XCTAssertTrue(
        html.contains("<div class=\"page-break\"></div>\n<h2 id=\"\(anchor)\">"), anchor)
    }
    XCTAssertTrue(
      HTMLReport.styleSheet.contains(".page-break { display: block; break-before: page; }"))
  }

  func testTheBuildNeedsNoSystemLibraryButLibyaml() throws {
    let manifest = try String(
      contentsOfFile: FixturePaths.root + "/Package.swift", encoding: .utf8)
    XCTAssertEqual(manifest.components(separatedBy: ".systemLibrary(").count - 1, 1)
    XCTAssertTrue(manifest.contains(".systemLibrary(\n      name: \"CYAML\""))
    XCTAssertFalse(manifest.lowercased().contains("cmark"))
  }

  /// A heading's text as a reader sees it on the page.
  private static func pageText(_ html: String) -> String {
    html.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// A Markdown heading's text as a reader sees it: no `#`s, no escapes.
  private static func markdownText(_ line: String) -> String {
    String(line.drop { $0 == "#" }.dropFirst())
      .replacingOccurrences(
        of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression
      )
      .replacingOccurrences(of: "&#8203;", with: "")
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
