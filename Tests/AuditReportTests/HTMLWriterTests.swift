import AuditTestSupport
import Foundation
import XCTest

@testable import AuditReport

/// The HTML writer escapes by construction: whatever the layout hands it, text stays text and
/// every tag and attribute is the writer's own.
final class HTMLWriterTests: XCTestCase {
  func testTextAnchorsLinksAndBadgesCannotBecomeMarkup() {
    let html = ReportStream.collect { stream in
      var writer = HTMLWriter(stream)
      writer.heading(2, [.text("<b>\"x\" & 'y'</b>")], anchor: "a\"><script>")
      writer.paragraph([
        .link(url: "javascript:alert(1)", label: nil), .text(" "),
        .link(url: "https://x.org/\"onmouseover=\"x", label: "y"), .text(" "),
        .link(url: "https://x.org/a?b=1&c=2", label: nil), .text(" "),
        .reference("r", anchor: "\" onclick=\"x"), .text(" "),
        .severity("high\" onclick=\"x"), .text(" "), .code("<i>\u{202E}"),
        .note(label: "src-a"), .note(label: "src-b"), .note(label: "src-a"),
      ])
      writer.startTable([[.text("a")], [.text("b")]], rightAligned: [])
      writer.row([[.text("1")], [.text("2")], [.text("3")]])
      writer.row([[.text("<td>")]])
      writer.endTable()
      stream = writer.finish()
    }
    XCTAssertEqual(
      html,
      """
      <h2 id="a---script-">&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</h2>
      <p>javascript:alert(1) (not linked: not a plain http(s) URL) y \
      <a href="https://x.org/a?b=1&amp;c=2">https://x.org/a?b=1&amp;c=2</a> \
      <a href="#--onclick--x">r</a> \
      <span class="severity severity-high--onclick--x">high&quot; onclick=&quot;x</span> \
      <code>&lt;i&gt;⟨U+202E⟩</code><sup class="note-ref"><a href="#src-a">1</a></sup>\
      <sup class="note-ref"><a href="#src-b">2</a></sup><sup class="note-ref"><a href="#src-a">1</a></sup></p>
      <table>
      <thead>
      <tr><th>a</th><th>b</th></tr>
      </thead>
      <tbody>
      <tr><td>1</td><td>2 3</td></tr>
      <tr><td>&lt;td&gt;</td><td></td></tr>
      </tbody>
      </table>

      """)
  }

  func testNotesAreNumberedInTheOrderTheyAreFirstReferredTo() {
    let html = ReportStream.collect { stream in
      var writer = HTMLWriter(stream)
      writer.paragraph([.note(label: "src-z"), .note(label: "src-a")])
      writer.noteDefinition(label: "src-a", [.text("A")])
      writer.noteDefinition(label: "src-z", [.text("Z")])
      writer.noteDefinition(label: "src-never", [.text("N")])
      stream = writer.finish()
    }
    XCTAssertTrue(html.contains("<a href=\"#src-z\">1</a>"), html)
    XCTAssertTrue(html.contains("<a href=\"#src-a\">2</a>"), html)
    XCTAssertTrue(
      html.contains("<p class=\"note\" id=\"src-a\"><span class=\"note-number\">2.</span> A</p>"))
    XCTAssertTrue(html.contains("id=\"src-never\"><span class=\"note-number\">3.</span>"))
  }
}
