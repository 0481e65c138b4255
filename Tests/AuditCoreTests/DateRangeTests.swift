import AuditTestSupport
import Foundation
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

  /// Dates and ranges are written as `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, zero-padded, joined by
  /// `/`: every year's edge, every month, and random days, against a formatter's text.
  func testDatesAreWrittenZeroPadded() throws {
    var generator = SeededGenerator(seed: 5)
    var dates: [PartialDate] = []
    for year in [1, 9, 10, 99, 100, 999, 1000, 2023, 9999] {
      dates.append(try XCTUnwrap(PartialDate(year: year)))
      for month in 1...12 {
        dates.append(try XCTUnwrap(PartialDate(year: year, month: month)))
        let day = Int.random(in: 1...28, using: &generator)
        dates.append(try XCTUnwrap(PartialDate(year: year, month: month, day: day)))
        dates.append(try XCTUnwrap(PartialDate(year: year, month: month, day: 1)))
      }
    }
    func expected(_ date: PartialDate) -> String {
      String(format: "%04d", date.year) + (date.month.map { String(format: "-%02d", $0) } ?? "")
        + (date.day.map { String(format: "-%02d", $0) } ?? "")
    }
    for date in dates {
      XCTAssertEqual(date.description, expected(date))
      XCTAssertEqual(DateRange(date).description, expected(date))
      let other = dates.randomElement(using: &generator)!
      let (from, to) = date < other ? (date, other) : (other, date)
      guard from != to, let range = DateRange(parsing: expected(from) + "/" + expected(to)) else {
        continue
      }
      XCTAssertEqual(range.description, expected(from) + "/" + expected(to))
    }
  }
}
