import AuditCore
import XCTest

@testable import AuditExpression

/// `null` rules: only `==` / `!=` see it; everywhere else it is false, empty or null.
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

  func testEveryOtherComparisonWithNullIsFalse() {
    check("org.country < 'ZZ'", false)
    check("org.country >= 'A'", false)
    check("action.date > null", false)
    check("action.date <= null", false)
    check("null < 1", false)
    check("org.country in ['AZ']", false)
    check("null in [null]", false)
    check("org.country contains 'A'", false)
    check("action.tags contains null", false)
    check("org.country matches '.*'", false)
  }

  func testNullInBooleanContextIsFalse() throws {
    let bindings: [Value] = [.null, .null, .null, .null]
    XCTAssertEqual(try Fixture.compile("null and true").evaluate(bindings), .bool(false))
    XCTAssertEqual(try Fixture.compile("null or true").evaluate(bindings), .bool(true))
    XCTAssertEqual(try Fixture.compile("not null").evaluate(bindings), .bool(true))
    XCTAssertEqual(Fixture.value("action.tags.exists(t, null)"), .bool(false))
  }

  func testFieldOfNullIsNull() {
    let bindings: [Value] = [.null, .null, .null, .null]
    XCTAssertEqual(Fixture.value("action.date", bindings), .null)
    XCTAssertEqual(Fixture.value("case.period.from", bindings), .null)
    XCTAssertEqual(Fixture.value("action.evidence.exists(e, e.source.id == 'occrp')"), .bool(true))
    // The second evidence item has no source: its `source.id` is null, not a failure.
    XCTAssertEqual(Fixture.value("action.evidence.count(e, e.source.id == null)"), .int(1))
  }

  func testMacrosOnANullListTreatItAsEmpty() {
    let bindings: [Value] = [Fixture.object(Fixture.action, [:]), .null, .null, .null]
    XCTAssertEqual(Fixture.value("action.tags.exists(t, true)", bindings), .bool(false))
    XCTAssertEqual(Fixture.value("action.tags.all(t, false)", bindings), .bool(true))
    XCTAssertEqual(Fixture.value("action.tags.count(t, true)", bindings), .int(0))
    XCTAssertEqual(Fixture.value("size(action.tags)", bindings), .int(0))
    XCTAssertEqual(Fixture.value("lower(action.quote)", bindings), .null)
    XCTAssertEqual(Fixture.value("action.date + 30d", bindings), .null)
    XCTAssertEqual(Fixture.value("days_between(action.date, 2023-01-01)", bindings), .null)
  }

  func testMissingOrMistypedBindingsDoNotTrap() throws {
    let expression = try Fixture.compile(
      "action.date > 2023-01 and actor.roles.exists(r, r == 'president') and size(action.quote) > 1"
    )
    XCTAssertEqual(expression.evaluate([]), .bool(false))
    XCTAssertEqual(
      expression.evaluate([.int(1), .string("x"), .list([]), .bool(true)]), .bool(false))
    XCTAssertEqual(expression.evaluate([.object([]), .object([.null])]), .bool(false))
  }
}
