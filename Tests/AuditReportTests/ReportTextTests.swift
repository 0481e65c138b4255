import XCTest

@testable import AuditReport

final class ReportTextTests: XCTestCase {
  func testInlineEscapesMarkupAndJoinsLines() {
    XCTAssertEqual(ReportText.inline("a | b\n## c"), "a \\| b \\## c")
    XCTAssertEqual(ReportText.inline("<b>&amp;</b>"), "\\<b>\\&amp;\\</b>")
    XCTAssertEqual(
      ReportText.inline("[x](y) ![i](z) [^1]"), "\\[x\\](y) !\\[i\\](z) \\[^1\\]")
    XCTAssertEqual(
      ReportText.inline("*a* _b_ ~c~ `d` $e$ \\"), "\\*a\\* \\_b\\_ \\~c\\~ \\`d\\` \\$e\\$ \\\\")
    XCTAssertEqual(ReportText.inline("- item"), "\\- item")
    XCTAssertEqual(ReportText.inline("+ item"), "\\+ item")
    XCTAssertEqual(ReportText.inline("> quote"), "\\> quote")
    XCTAssertEqual(ReportText.inline("12. item"), "12\\. item")
    XCTAssertEqual(ReportText.inline("3) item"), "3\\) item")
    XCTAssertEqual(ReportText.inline("1.0.0 and 2023-08"), "1.0.0 and 2023-08")
    XCTAssertEqual(ReportText.inline("   spaced   "), "spaced")
    XCTAssertEqual(
      ReportText.inline("see https://x.org or www.y.org"), "see https\\://x.org or www\\.y.org")
  }

  func testOnlyWhatWouldChangeTheRenderingIsEscaped() {
    // Text reads as written unless a character would open or close markup where it stands.
    for plain in [
      "6 findings (1 critical, 2 high)", "Ratio 3:1, a > b, 5!", "snake_case_name",
      "AT&T and R&D", "C# 10", "@handle", "a-b + c = d", "“quoted” (ibid.)",
    ] {
      XCTAssertEqual(ReportText.inline(plain), plain)
    }
    XCTAssertEqual(ReportText.inline("_edge_ and x_"), "\\_edge\\_ and x\\_")
    XCTAssertEqual(ReportText.inline("see #5 or # x"), "see \\#5 or \\# x")
    XCTAssertEqual(ReportText.inline("&#42; &x;"), "\\&#42; \\&x;")
    // Block syntax opens only at the start of a line.
    XCTAssertEqual(ReportText.escapeLine("- 1. > x", at: .inLine), "- 1. > x")
    XCTAssertEqual(ReportText.escapeLine("- 1. > x", at: .lineStart), "\\- 1. > x")
    // In a link's label GitHub makes no second link of a bare URL.
    XCTAssertEqual(
      ReportText.escapeLine("https://www.x.org", at: .linkLabel), "https://www.x.org")
    XCTAssertEqual(ReportText.escapeLine("https://www.x.org", at: .inLine), "https\\://www\\.x.org")
  }

  func testHiddenCharactersAreShown() {
    XCTAssertEqual(
      ReportText.inline("a\u{202E}b\u{2066}c\u{200F}\u{0007}"),
      "a⟨U+202E⟩b⟨U+2066⟩c⟨U+200F⟩⟨U+0007⟩")
    XCTAssertEqual(ReportText.terminal("x\u{1B}[31my\nz"), "x⟨U+001B⟩[31my z")
    XCTAssertEqual(ReportText.inline("a\u{2028}b\r\nc\rd"), "a b c d")
  }

  func testZeroWidthAndTagCharactersAreShown() {
    XCTAssertEqual(
      ReportText.inline("ad\u{200B}m\u{200D}in\u{2060}\u{FEFF}\u{E0041}"),
      "ad⟨U+200B⟩m⟨U+200D⟩in⟨U+2060⟩⟨U+FEFF⟩⟨U+E0041⟩")
    XCTAssertEqual(ReportText.terminal("a\u{200C}b"), "a⟨U+200C⟩b")
    XCTAssertEqual(
      JSONWriter.document { $0.string("\u{E0041}\u{200B}") }, "\"\\udb40\\udc41\\u200b\"\n",
      "a tag character as its surrogates")
  }

  func testEmailAddressesAreNotLinkable() {
    XCTAssertEqual(
      ReportText.inline("mail a.b@c.org or mailto:x@y.org"),
      "mail a.b&#8203;@c.org or mailto:x&#8203;@y.org")
  }

  func testBlockQuoteKeepsLinesAndParagraphs() {
    XCTAssertEqual(
      ReportText.blockQuote("one\n# two\n\n\n> three", suffix: "[^src-a]"),
      "> one\n> \\# two\n>\n> \\> three[^src-a]")
    XCTAssertEqual(ReportText.blockQuote(""), ">")
    XCTAssertEqual(ReportText.paragraphs("a\nb\n\nc"), "a b\n\nc")
  }

  func testCodeSpansAndBlocksHoldAnyBackticks() {
    XCTAssertEqual(ReportText.code("a == b"), "`a == b`")
    XCTAssertEqual(ReportText.code("x ` y"), "``x ` y``")
    XCTAssertEqual(ReportText.code("`x`"), "`` `x` ``")
    XCTAssertEqual(ReportText.code("a | b", inTable: true), "`a \\| b`")
    XCTAssertEqual(ReportText.code(""), "` `")
    XCTAssertEqual(ReportText.codeBlock("a\n```\nb"), "````text\na\n```\nb\n````")
  }

  func testOnlyPlainHTTPURLsBecomeLinks() {
    XCTAssertEqual(
      ReportText.link("https://x.org/a_(b)?q=1&r=2"), "<https://x.org/a_(b)?q=1&r=2>",
      "an autolink, which reads as the address")
    XCTAssertEqual(
      ReportText.link("https://x.org/?a&amp;b"),
      "[https://x.org/?a\\&amp;b](https://x.org/?a\\&amp;b)",
      "not an autolink, which would read `&amp;` as `&`")
    XCTAssertEqual(
      ReportText.link("https://x.org/(a)", label: "a [b] (c)"),
      "[a \\[b\\] (c)](https://x.org/\\(a\\))")
    XCTAssertEqual(
      ReportText.link("javascript:alert(1)"),
      "javascript:alert(1) (not linked: not a plain http(s) URL)")
    XCTAssertNil(ReportText.linkDestination("JavaScript:alert(1)"))
    XCTAssertNil(ReportText.linkDestination("https://x.org/a b"))
    XCTAssertNil(ReportText.linkDestination("https://x.org/\"><script>"))
    XCTAssertNil(ReportText.linkDestination("https://x.org/é"))
    XCTAssertNil(ReportText.linkDestination("data:text/html,<script>"))
    XCTAssertNil(ReportText.linkDestination("https://"))
    XCTAssertNotNil(ReportText.linkDestination("HTTP://X.ORG"))
  }

}
