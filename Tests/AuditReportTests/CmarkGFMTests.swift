import AuditTestSupport
import Foundation
import XCTest

@testable import AuditReport

/// Renders reports with GitHub's own Markdown engine, cmark-gfm, when it is installed
/// (Debian package `cmark-gfm`), and checks the HTML a reader would see.
final class CmarkGFMTests: XCTestCase {
  func testSampleRendersToSafeHTML() throws {
    try check(MarkdownReport().render(ReportSamples.sample()), findings: 3)
  }

  func testHostileCaseRendersToSafeHTML() throws {
    let html = try check(MarkdownReport().render(HostileSample.context()), findings: 2)
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text")
    XCTAssertFalse(html.contains("<h2>Finding: fake"))
  }

  func testIndexAndCatalogueRenderToSafeHTML() throws {
    let index = IndexReport().render([ReportSamples.sample(), HostileSample.context()])
    let html = try cmark(index)
    XCTAssertFalse(html.contains("<script"))
    XCTAssertEqual(html.components(separatedBy: "<a href=\"").count - 1, 2)
    XCTAssertTrue(html.contains("<a href=\"arcs.md\">arcs</a>"))
    let catalogue = try cmark(RuleCatalogueDocument().render(HostileSample.context().catalogue))
    XCTAssertFalse(catalogue.contains("<script"))
  }

  func testEmailAddressesInCaseTextAreNotLinked() throws {
    let text = "write to a.b@c.org, mailto:x@y.org or xmpp:z@w.org/r"
    let html = try cmark(ReportText.inline(text) + "\n\n" + ReportText.blockQuote(text))
    XCTAssertFalse(html.contains("<a "), html)
    XCTAssertEqual(html.components(separatedBy: "a.b\u{200B}@c.org").count - 1, 2, html)
  }

  /// Asserts what must hold of any report's HTML; returns the HTML.
  @discardableResult
  private func check(_ markdown: String, findings: Int) throws -> String {
    let html = try cmark(markdown)
    XCTAssertFalse(html.lowercased().contains("<script"))
    XCTAssertFalse(html.lowercased().contains("<img"))
    for href in MarkdownChecks.matches(#"href="([^"]*)""#, in: html) {
      let allowed = ["http://", "https://", "#fn", "mailto:"].contains {
        href.lowercased().hasPrefix($0)
      }
      XCTAssertTrue(allowed, "link to \(href)")
    }
    XCTAssertEqual(
      html.components(separatedBy: "<h3>Finding ").count - 1, findings, "one heading per finding")
    for table in MarkdownChecks.tables(markdown) {
      for row in table {
        XCTAssertEqual(MarkdownChecks.cellCount(row), MarkdownChecks.cellCount(table[0]), row)
      }
    }
    XCTAssertEqual(
      html.components(separatedBy: "<table>").count - 1, MarkdownChecks.tables(markdown).count,
      "every table of the Markdown, and no other, is a table in HTML")
    let references = Set(MarkdownChecks.footnoteReferences(markdown))
    let definitions = MarkdownChecks.footnoteDefinitions(markdown)
    XCTAssertEqual(Set(definitions).count, definitions.count, "one definition per label")
    XCTAssertEqual(
      Set(definitions), references, "every reference defined, every definition referenced")
    for label in references {
      XCTAssertTrue(
        html.contains("href=\"#fn-\(label)\""), "reference to \(label) is a footnote link")
      XCTAssertTrue(html.contains("<li id=\"fn-\(label)\">"), "definition of \(label) is rendered")
    }
    XCTAssertEqual(html.components(separatedBy: "<li id=\"fn-").count - 1, references.count)
    XCTAssertFalse(html.contains("[^src-"), "an undefined footnote shows as text")
    return html
  }

  private func cmark(_ markdown: String) throws -> String {
    guard CmarkGFM.executable != nil else {
      throw XCTSkip("cmark-gfm is not installed (apt-get install cmark-gfm)")
    }
    return try XCTUnwrap(CmarkGFM.html(markdown), "cmark-gfm failed")
  }
}
