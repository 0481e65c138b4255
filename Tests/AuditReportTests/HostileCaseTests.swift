import AuditCore
import Foundation
import XCTest

@testable import AuditReport

/// A case crafted to inject markup must render as inert text, in every format.
final class HostileCaseTests: XCTestCase {
  let markdown = MarkdownReport().render(HostileSample.context())

  func testNoRawHTMLOrScriptSurvives() {
    // Code spans show their text literally (a rule's `matches /<script>/` is shown as written);
    // everything else must have no raw HTML at all.
    // Autolinks (`<https://…>`) are the report's own, made of checked http(s) URLs.
    let text = MarkdownChecks.withoutAutolinks(
      MarkdownChecks.unescaped(
        MarkdownChecks.outsideCode(markdown)))
    XCTAssertFalse(text.contains("<script"))
    XCTAssertFalse(text.contains("<img"))
    XCTAssertFalse(text.contains("<b>"))
    XCTAssertFalse(text.contains("<"), "no raw angle bracket outside code")
    XCTAssertTrue(markdown.contains("\\<script>alert(1)\\</script>"), "shown, as text")
  }

  func testNoLinkOrImageSyntaxSurvives() {
    // What is left once every escaped character is dropped is what could still be markup.
    let markup = MarkdownChecks.unescaped(markdown)
    XCTAssertFalse(markup.lowercased().contains("](javascript:"))
    XCTAssertFalse(markup.contains("!["))
    XCTAssertFalse(markup.contains("[x]("))
    XCTAssertTrue(
      markdown.contains("URL: javascript:alert(1) (not linked: not a plain http(s) URL)"))
    XCTAssertTrue(
      markdown.contains("(not linked: not a plain http(s) URL)"),
      "a URL with a space and a quote is not linked")
    let links = MarkdownChecks.matches(#"\]\(([^)\s]*)\)"#, in: markup)
    for destination in links {
      XCTAssertTrue(
        destination.hasPrefix("http://") || destination.hasPrefix("https://"), destination)
    }
  }

  func testNoFakeHeadingOrFootnote() {
    XCTAssertFalse(markdown.split(separator: "\n").contains { $0.hasPrefix("## Finding: fake") })
    XCTAssertTrue(MarkdownChecks.headings(markdown).allSatisfy { !Self.isFake($0) })
    XCTAssertFalse(markdown.contains("[^1]"), "an unescaped footnote reference")
    XCTAssertFalse(
      markdown.split(separator: "\n").contains { $0.hasPrefix("[^1]") || $0.hasPrefix("> [^1]") })
    XCTAssertFalse(
      markdown.split(separator: "\n").contains {
        $0.hasPrefix("[ref]:") || $0.hasPrefix("> [ref]:")
      })
    let headings = MarkdownChecks.headings(markdown).filter { $0.hasPrefix("### Finding ") }
    XCTAssertEqual(headings.count, 2, "one heading per finding, no more")
  }

  func testFootnotesReferenceAndDefineEachOtherOnce() {
    let references = Set(MarkdownChecks.footnoteReferences(markdown))
    let definitions = MarkdownChecks.footnoteDefinitions(markdown)
    XCTAssertEqual(
      references, ["src-evil-src", "src-evil-src-2"],
      "ids `evil.src` and `evil_src` get distinct labels")
    XCTAssertEqual(definitions.sorted(), references.sorted())
  }

  func testNoBidiOrControlCharacter() {
    for scalar in markdown.unicodeScalars {
      XCTAssertFalse(
        VisibleText.isHidden(scalar) && scalar != "\n", "U+\(String(scalar.value, radix: 16))")
    }
    XCTAssertTrue(markdown.contains("⟨U+202E⟩"), "shown, not hidden")
    XCTAssertTrue(markdown.contains("⟨U+001B⟩"))
  }

  func testTablesKeepTheirColumnCount() {
    let tables = MarkdownChecks.tables(markdown)
    XCTAssertEqual(
      tables.count, 4,
      "at a glance, rules with no match, acts no rule matched, chronology — and no table injected"
    )
    for table in tables {
      let columns = MarkdownChecks.cellCount(table[0])
      for row in table { XCTAssertEqual(MarkdownChecks.cellCount(row), columns, row) }
    }
  }

  func testNewLinesInQuotesStayInsideTheQuote() throws {
    // A quote is shown inline, on its evidence item's line: its new lines cannot open a block.
    let lines = markdown.split(separator: "\n")
    let quote = try XCTUnwrap(
      lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- “pipes \\| in \\| text") })
    for trick in ["\\## Finding: fake", "\\| a \\| b \\| c \\|", "- list item", "1. ordered"] {
      XCTAssertTrue(quote.contains(trick), trick)
    }
    XCTAssertFalse(
      lines.contains { $0.hasPrefix("## Finding: fake") || $0.hasPrefix("- list item") })
  }

  func testJSONKeepsTheTextAndStaysValid() throws {
    let json = JSONReport().render(HostileSample.context())
    XCTAssertFalse(json.contains("<script"), "< is written \\u003c")
    XCTAssertFalse(json.unicodeScalars.contains("\u{202E}"))
    let object = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let audit = try XCTUnwrap(object["case"] as? [String: Any])
    XCTAssertEqual(
      audit["summary"] as? String, HostileSample.hostileCase().summary, "the data is unchanged")
  }

  func testTerminalSummaryCannotDriveTheTerminal() {
    let summary = TerminalSummary().render(
      HostileSample.context(), reportPath: "reports/x\u{1B}[2J.md", color: false)
    XCTAssertFalse(summary.unicodeScalars.contains("\u{1B}"))
    XCTAssertFalse(summary.unicodeScalars.contains("\u{202E}"))
    XCTAssertEqual(
      summary.split(separator: "\n").count, 6,
      "title, status, two findings, counts, path: new lines removed")
  }

  func testIndexAndCatalogueEscapeToo() {
    let index = IndexReport().render([HostileSample.context()])
    XCTAssertFalse(MarkdownChecks.unescaped(index).contains("<b>"))
    for table in MarkdownChecks.tables(index) {
      for row in table {
        XCTAssertEqual(MarkdownChecks.cellCount(row), MarkdownChecks.cellCount(table[0]), row)
      }
    }
    let catalogue = RuleCatalogueDocument().render(HostileSample.context().catalogue)
    XCTAssertFalse(
      MarkdownChecks.unescaped(MarkdownChecks.outsideCode(catalogue)).contains("<script"))
    XCTAssertTrue(MarkdownChecks.headings(catalogue).allSatisfy { !Self.isFake($0) })
  }

  func testTheFixtureFileCarriesTheSameTricks() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../Fixtures/hostile/hostile-case.yaml").standardized.path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for trick in [
      HostileSample.script, HostileSample.jsLink, HostileSample.image, "[^1]", "## Finding: fake",
      "\\u202E", "javascript:alert(1)",
    ] {
      XCTAssertTrue(text.contains(trick), trick)
    }
  }

  /// True for a heading whose own text is the injected one.
  private static func isFake(_ heading: String) -> Bool {
    heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).hasPrefix("Finding: fake")
  }
}
