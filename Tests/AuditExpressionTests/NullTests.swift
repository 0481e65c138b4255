import AuditCore
import XCTest

@testable import AuditExpression

/// `null` values: a test for null is definite, and a field of null is null. What every other
/// operator makes of null (unknown) is in `ThreeValuedLogicTests`.
final class NullTests: XCTestCase {
  private func check(_ text: String, _ expected: Bool, line: UInt = #line) {
    XCTAssertEqual(Fixture.value(text, line: line), .bool(expected), text, line: line)
  }

  func testEqualityWithNull() {
    check("null == null", true)
    check("null != null", false)
    check("org.country == null", true)
    check("org.country != null", false)
    check("action.id == null", false)
    check("action.id != null", true)
    check("null == action.date", false)
  }

  func testFieldOfNullIsNull() {
    let bindings: [Value] = [.null, .null, .null, .null]
    XCTAssertEqual(Fixture.value("action.date", bindings), .null)
    XCTAssertEqual(Fixture.value("case.period.from", bindings), .null)
    XCTAssertEqual(Fixture.value("action.evidence.exists(e, e.source.id == 'occrp')"), .bool(true))
    // The second evidence item has no source: its `source.id` is null, not a failure.
    XCTAssertEqual(Fixture.value("action.evidence.count(e, e.source.id == null)"), .int(1))
  }
}
