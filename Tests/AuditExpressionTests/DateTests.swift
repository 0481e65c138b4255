import AuditCore
import XCTest

@testable import AuditExpression

/// Partial dates are intervals; ordering them says only what the intervals settle, and is
/// unknown (`null`) where they overlap.
final class DateTests: XCTestCase {
  private func check(_ text: String, _ expected: Bool, line: UInt = #line) {
    XCTAssertEqual(Fixture.value(text, line: line), .bool(expected), text, line: line)
  }

  func testDefiniteComparisonOfIntervals() {
    check("2023-08 >= 2023-08-01", true)
    XCTAssertEqual(Fixture.value("2023-08 < 2023-08-15"), .null)
    XCTAssertEqual(Fixture.value("2023-08 > 2023-08-15"), .null)
    check("2023-08 > 2023-07", true)
    check("2023-08 < 2023-09-01", true)
    check("2023-08 <= 2023-08-31", true)
    XCTAssertEqual(Fixture.value("2023-08 <= 2023-08-30"), .null)
    check("2023-08 <= 2023-07-31", false)
    check("2023-08-31 >= 2023-08", true)
    check("2023-08-01 <= 2023-08", true)
    check("2023-08 <= 2023-08", true)
    check("2023-08 >= 2023-08", true)
    check("2023-08 == 2023-08", true)
    check("2023-08 == 2023-08-01", false)
    check("2023-08 != 2023-08-01", true)
  }

  func testBoundaryDays() {
    check("2023-08-31 < 2023-09-01", true)
    check("2023-08-31 <= 2023-08-31", true)
    check("2023-08-31 < 2023-08-31", false)
    check("2024-02-29 > 2024-02-28", true)
  }

  func testCaseFieldsAndActionDate() {
    // The action (August 2023) falls inside the case period.
    check("action.date >= case.period.from and action.date <= case.period.to", true)
    check("actor.positions.exists(p, p.to != null and p.to >= case.period.from)", false)
    check("actor.positions.exists(p, p.to == null)", true)
  }

  func testDateArithmetic() {
    XCTAssertEqual(Fixture.value("2023-01-31 + 1d"), Fixture.date("2023-02-01"))
    XCTAssertEqual(Fixture.value("2023-03-01 - 1d"), Fixture.date("2023-02-28"))
    XCTAssertEqual(Fixture.value("2024-03-01 - 1d"), Fixture.date("2024-02-29"))
    XCTAssertEqual(Fixture.value("30d + 2023-01-01"), Fixture.date("2023-01-31"))
    XCTAssertEqual(Fixture.value("2023-01-01 + 1y"), Fixture.date("2024-01-01"))
    XCTAssertEqual(Fixture.value("2024-01-01 + 1y"), Fixture.date("2024-12-31"))
    XCTAssertEqual(Fixture.value("2023-01-01 + 6w"), Fixture.date("2023-02-12"))
    // A partial date moves as a whole interval.
    guard case .date(let moved) = Fixture.value("2023-08 + 1d") else { return XCTFail() }
    XCTAssertEqual(moved.first, PartialDate(year: 2023, month: 8, day: 2)!.firstDay)
    XCTAssertEqual(moved.last, PartialDate(year: 2023, month: 9, day: 1)!.firstDay)
    // date - date is the duration between their first days.
    XCTAssertEqual(Fixture.value("2023-09-01 - 2023-08"), .duration(31))
    XCTAssertEqual(Fixture.value("2023-01-01 - 2023-01-31"), .duration(-30))
    XCTAssertEqual(Fixture.value("case.period.to - case.period.from"), .duration(384))
    XCTAssertEqual(Fixture.value("case.period.to - case.period.from > 1y"), .bool(true))
    XCTAssertEqual(Fixture.value("action.date - 31d < 2023-08"), .bool(true))
    // 2023-07-02…2023-08-01 overlaps August by a day: not definitely before it.
    XCTAssertEqual(Fixture.value("action.date - 30d < 2023-08"), .null)
    XCTAssertEqual(Fixture.value("action.date - 30d >= 2023-08-02"), .bool(false))
  }

  func testDatesOutsideTheCalendarAreNull() {
    XCTAssertEqual(Fixture.value("9999-12-31 + 1d"), .null)
    XCTAssertEqual(Fixture.value("2023-01-01 + 9223372036854775807d"), .null)
    XCTAssertEqual(Fixture.value("2023-01-01 - -9223372036854775807d"), .null)
  }
}
