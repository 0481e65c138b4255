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
