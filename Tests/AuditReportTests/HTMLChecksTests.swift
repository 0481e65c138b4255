import AuditTestSupport
import XCTest

/// The checks themselves must be able to fail.
final class HTMLChecksTests: XCTestCase {
  func testAnUnsafePageIsCaught() {
    let page =
      "<!DOCTYPE html><html><head><style></style></head><body><script>x()</script>"
      + "<p onclick=\"x()\">a</p><a href=\"javascript:x()\">b</a><a href=\"file:///c\">c</a>"
      + "<img src=\"https://example.org/t.png\"><h2 id=\"here\">h</h2><a href=\"#here\">d</a>"
      + "<a href=\"#gone\">e</a><a href=\"#x%22\">f</a></body></html>"
    let problems = HTMLChecks.problems(in: page)
    for expected in [
      "an element <script>", "an element <img>", "an event handler attribute onclick=",
      "a resource loaded from https://example.org/t.png", "a javascript: link",
      "a link to file:///c", "no Content-Security-Policy, style or head",
      "a link to #gone, which is no anchor of the page", "a link to #x%22",
    ] {
      XCTAssertTrue(problems.contains(expected), "\(expected) not in \(problems)")
    }
    XCTAssertFalse(problems.contains { $0.contains("#here") }, "a link to an anchor that is there")
  }
}
