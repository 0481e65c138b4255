import AuditCore
import XCTest

/// Counts agree in number, and the ISO lists hold what a case may name and nothing else.
final class CountedTests: XCTestCase {
  func testACountAgreesWithItsNoun() {
    XCTAssertEqual(Counted.phrase(1, "act"), "1 act")
    XCTAssertEqual(Counted.phrase(0, "act"), "0 acts")
    XCTAssertEqual(Counted.phrase(2, "quote"), "2 quotes")
    XCTAssertEqual(Counted.phrase(3, "person", plural: "people"), "3 people")
  }

  func testOnlyAssignedCodesAreCountriesAndLanguages() {
    for code in ["AZ", "AM", "BY", "NO", "CH", "GB", "RU"] {
      XCTAssertTrue(ISOCodes.isCountry(code), code)
    }
    for code in ["VD", "UK", "EU", "az", "XX", "A", "AZE"] {
      XCTAssertFalse(ISOCodes.isCountry(code), code)
    }
    for code in ["en", "az", "ru", "hy", "be", "es", "fra", "aze", "yue"] {
      XCTAssertTrue(ISOCodes.isLanguage(code), code)
    }
    for code in ["vd", "EN", "english", "e", "zzq", ""] {
      XCTAssertFalse(ISOCodes.isLanguage(code), code)
    }
    XCTAssertEqual(ISOCodes.countries.count, 249)
  }
}
