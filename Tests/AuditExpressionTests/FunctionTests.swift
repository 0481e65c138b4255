import AuditCore
import XCTest

@testable import AuditExpression

final class FunctionTests: XCTestCase {
  func testSize() throws {
    XCTAssertEqual(Fixture.value("size(actor.roles)"), .int(2))
    XCTAssertEqual(Fixture.value("size('héllo')"), .int(5))
    XCTAssertEqual(Fixture.value("size([])"), .int(0))
    XCTAssertEqual(Fixture.value("size(null)"), .null)
    XCTAssertEqual(try Fixture.compile("size(action.tags)").type, .int)
  }

  func testLower() {
    XCTAssertEqual(Fixture.value("lower('ARCS Said')"), .string("arcs said"))
    XCTAssertEqual(Fixture.value("lower(org.name) == 'arcs'"), .bool(true))
    XCTAssertEqual(Fixture.value("lower(org.country)"), .null)
  }

  func testHas() {
    XCTAssertEqual(Fixture.value("has(action.quote)"), .bool(true))
    XCTAssertEqual(Fixture.value("has(org.country)"), .bool(false))
    // An empty list is not null.
    XCTAssertEqual(Fixture.value("has(action.targets)"), .bool(true))
    XCTAssertEqual(Fixture.value("actor.positions.all(p, has(p.from))"), .bool(true))
  }

  func testDaysBetween() throws {
    XCTAssertEqual(Fixture.value("days_between(2023-08-01, 2023-08-31)"), .int(30))
    XCTAssertEqual(Fixture.value("days_between(2023-08-31, 2023-08)"), .int(-30))
    XCTAssertEqual(Fixture.value("days_between(case.period.from, action.date)"), .int(232))
    XCTAssertEqual(try Fixture.compile("days_between(action.date, action.date)").type, .int)
  }

  func testFunctionErrors() {
    XCTAssertEqual(
      Fixture.errors("siz(action.tags) > 0"),
      [
        "rule.yaml:3:7: error: unknown function 'siz'; did you mean 'size'? [E-EXPR-UNKNOWN-FUNCTION]"
      ])
    XCTAssertEqual(
      Fixture.errors("size(action.tags, 1) > 0"),
      ["rule.yaml:3:7: error: size() takes 1 argument, got 2 [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("days_between(action.date) > 0"),
      ["rule.yaml:3:7: error: days_between() takes 2 arguments, got 1 [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("size(1) > 0"),
      ["rule.yaml:3:7: error: size() needs a list or a string, got int [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("lower(action.tags) == 'x'"),
      ["rule.yaml:3:7: error: lower() needs a string, got list(string) [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("days_between(action.date, 3) > 0"),
      ["rule.yaml:3:7: error: days_between() needs two dates, got int [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("has(lower(action.id))"),
      ["rule.yaml:3:11: error: has() needs a field path such as has(action.quote) [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("has(action.qoute)"),
      [
        "rule.yaml:3:18: error: unknown field 'action.qoute'; did you mean 'action.quote'? [E-EXPR-UNKNOWN-FIELD]"
      ])
  }
}
