import AuditCore
import XCTest

@testable import AuditExpression

/// `==`, `contains` and `matches` share one notion of string equality: Unicode scalars
/// (of text normalised to NFC when it is read).
final class TextEqualityTests: XCTestCase {
  private func check(_ text: String, _ expected: Bool, line: UInt = #line) {
    XCTAssertEqual(Fixture.value(text, line: line), .bool(expected), text, line: line)
  }

  func testEqualityContainsAndMatchesAgree() {
    // "e" with a macron below has no precomposed form: NFC keeps two scalars.
    let text = "'e\u{331}x'"
    check("\(text) == 'e\u{331}x'", true)
    check("\(text) contains 'e'", true)
    check("\(text) matches 'e'", true)
    check("\(text) contains 'e\u{331}'", true)
    check("\(text) matches 'e\u{331}'", true)
    // Precomposed and decomposed are different scalars until the loader normalises them.
    check("'Caf\u{E9}' == 'Cafe\u{301}'", false)
    check("'Caf\u{E9}' contains 'e\u{301}'", false)
    check("'Caf\u{E9}' matches 'e\u{301}'", false)
    check("'Caf\u{E9}' contains 'Caf\u{E9}'", true)
    check("'x' contains ''", true)
  }
}
