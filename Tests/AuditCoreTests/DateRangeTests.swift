import XCTest

@testable import AuditCore

final class DateRangeTests: XCTestCase {
  func testASingleDateIsARangeOfItself() throws {
    let august = try XCTUnwrap(DateRange(parsing: "2023-08"))
    XCTAssertEqual(august.from, august.to)
    XCTAssertTrue(august.isSingle)
    XCTAssertFalse(august.isExact)
    XCTAssertEqual(august.description, "2023-08")
    XCTAssertEqual(august.firstDay, PartialDate(parsing: "2023-08")!.firstDay)
    XCTAssertEqual(august.lastDay, PartialDate(parsing: "2023-08")!.lastDay)
    XCTAssertTrue(try XCTUnwrap(DateRange(parsing: "2023-08-21")).isExact)
  }

  func testARangeRunsFromTheFirstDayOfFromToTheLastDayOfTo() throws {
    let range = try XCTUnwrap(DateRange(parsing: "2023-08-20/2023-09-08"))
    XCTAssertEqual(range.lastDay - range.firstDay + 1, 20, "twenty days")
    XCTAssertEqual(range.description, "2023-08-20/2023-09-08")
    let months = try XCTUnwrap(DateRange(parsing: "2023-08/2023-09"))
    XCTAssertEqual(PartialDate(dayNumber: months.firstDay).description, "2023-08-01")
    XCTAssertEqual(PartialDate(dayNumber: months.lastDay).description, "2023-09-30")
    XCTAssertEqual(months.description, "2023-08/2023-09")
    XCTAssertFalse(months.isSingle)
  }

  func testFromAfterToIsRejectedAndTellsWhy() {
    XCTAssertEqual(DateRange.parse("2023-09-08/2023-08-20"), .failure(.fromAfterTo))
    XCTAssertEqual(DateRange.parse("2023-09/2023-08"), .failure(.fromAfterTo))
    XCTAssertEqual(DateRange.parse("2023-05/2023"), .failure(.fromAfterTo), "ends after 2023-05")
    XCTAssertNil(DateRange(from: PartialDate(year: 2024)!, to: PartialDate(year: 2023)!))
    XCTAssertEqual(
      DateRange.parse("2023/2023-05"), .failure(.fromAfterTo), "2023 ends after 2023-05")
    XCTAssertNotNil(DateRange(parsing: "2023-05/2024"))
    XCTAssertNotNil(DateRange(parsing: "2023-08-20/2023-08-20"))
  }

  func testAnythingElseIsNotADate() {
    for bad in [
      "", "/", "2023-08/", "/2023-08", "2023-08-20/2023-09-08/2023-10", "2023-08-20 / 2023-09-08",
      "2023-02-29/2023-03", "2023-8/2023-09", "2023..2024",
    ] {
      XCTAssertEqual(DateRange.parse(bad), .failure(.notADate), bad)
    }
  }

  func testRangesOrderByFirstDayThenLastDay() throws {
    let texts = [
      "2023-09", "2023-08-20/2023-09-08", "2023-08", "2023-08-20", "2023", "2023-08/2023-09",
    ]
    let sorted = texts.compactMap { DateRange(parsing: $0) }.sorted().map(\.description)
    XCTAssertEqual(
      sorted,
      ["2023", "2023-08", "2023-08/2023-09", "2023-08-20", "2023-08-20/2023-09-08", "2023-09"])
  }
}
