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

  func testEscapedTextRendersAsExactlyItsTextWhereverItStands() throws {
    // The escaping leaves most punctuation as it is (item 6 of issue 18): GitHub's own engine
    // must still render every escaped string as exactly its text, no markup, at the start of
    // a line, after other text, and in a table cell.
    let alphabet = Array("aZ09 .:/-+=wW,;'\"?%^{}\\`*_[]()#|~!$<>&@é")
    var generator = SeededGenerator(seed: 18)
    var texts: [String] = []
    while texts.count < 1500 {
      let length = Int.random(in: 1...10, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      if !text.trimmingCharacters(in: .whitespaces).isEmpty { texts.append(text) }
    }
    var markdown = ""
    for text in texts {
      markdown += ReportText.escapeLine(text, at: .lineStart) + "\n\n"
      markdown += "x " + ReportText.escapeLine(text, at: .inLine) + "\n\n"
      markdown += "| x |\n| --- |\n| " + ReportText.escapeLine(text, at: .inLine) + " |\n\n"
    }
    let html = try cmark(markdown)
    let paragraphs = MarkdownChecks.matches(#"<p>(.*?)</p>"#, in: html)
    let cells = MarkdownChecks.matches(#"<td>(.*?)</td>"#, in: html)
    XCTAssertEqual(paragraphs.count, 2 * texts.count, "one paragraph each, no block opened")
    XCTAssertEqual(cells.count, texts.count, "one cell each, no column added")
    guard paragraphs.count == 2 * texts.count, cells.count == texts.count else { return }
    for (index, text) in texts.enumerated() {
      let expected = text.trimmingCharacters(in: .whitespaces)
      XCTAssertEqual(Self.text(paragraphs[2 * index]), expected, "at the start of a line")
      // In a line, spaces are the writer's to keep: only the line's end drops them.
      let inLine = ("x " + text).replacingOccurrences(
        of: #"\s+$"#, with: "", options: .regularExpression)
      XCTAssertEqual(Self.text(paragraphs[2 * index + 1]), inLine, "after text")
      XCTAssertEqual(Self.text(cells[index]), expected, "in a table cell")
    }
  }

  /// What a reader sees of an HTML fragment that must hold no markup: its text, or the
  /// fragment itself (which then fails the comparison) when it holds a tag.
  private static func text(_ fragment: String) -> String {
    if fragment.contains("<") { return fragment }
    return fragment.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "\u{200B}", with: "")
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
