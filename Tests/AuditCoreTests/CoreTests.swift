import XCTest

@testable import AuditCore

final class PartialDateTests: XCTestCase {
  func testPartialDatesStandForTheirWholeInterval() throws {
    let august = try XCTUnwrap(PartialDate(parsing: "2023-08"))
    XCTAssertEqual(PartialDate(dayNumber: august.firstDay).description, "2023-08-01")
    XCTAssertEqual(PartialDate(dayNumber: august.lastDay).description, "2023-08-31")
    let year = try XCTUnwrap(PartialDate(parsing: "2024"))
    XCTAssertEqual(year.lastDay - year.firstDay, 365, "2024 is a leap year")
    XCTAssertEqual(PartialDate(parsing: "2023-02-29"), nil)
    XCTAssertNotNil(PartialDate(parsing: "2024-02-29"))
    for bad in [
      "", "23", "2023-8", "2023-13", "2023-01-32", "2023/01/01", "２０２３", "2023-01-01x", "-2023",
    ] {
      XCTAssertNil(PartialDate(parsing: bad), bad)
    }
    XCTAssertEqual(PartialDate.dayNumber(year: 1970, month: 1, day: 1), 0)
    XCTAssertEqual(PartialDate.dayNumber(year: 2023, month: 9, day: 19), 19619)
  }

  func testPositionsAreHeldUnlessCertainlyNot() throws {
    let position = Person.Position(
      organization: "o", role: "r", from: PartialDate(year: 2010),
      to: PartialDate(year: 2020, month: 6))
    XCTAssertTrue(position.mayBeHeld(on: PartialDate(year: 2020)!))
    XCTAssertFalse(position.mayBeHeld(on: PartialDate(year: 2020, month: 7)!))
    XCTAssertFalse(position.mayBeHeld(on: PartialDate(year: 2009)!))
  }
}

final class DiagnosticRenderingTests: XCTestCase {
  func testADiagnosticShowsItsLineWithACaretAtTheColumn() {
    let source = SourceText(path: "r.yaml", text: "id: X\nwhen: action.tgas\n")
    let diagnostic = Diagnostic.error(
      .exprUnknownField, "unknown field 'action.tgas'",
      at: SourceLocation(path: "r.yaml", line: 2, column: 14))
    XCTAssertEqual(
      diagnostic.rendered(with: ["r.yaml": source]),
      "r.yaml:2:14: error: unknown field 'action.tgas' [E-EXPR-UNKNOWN-FIELD]\nwhen: action.tgas\n             ^"
    )
  }

  func testOffsetsInAFoldedScalarMapToTheirLines() {
    let origin = TextOrigin(segments: [
      .init(offset: 0, location: SourceLocation(path: "f", line: 7, column: 3)),
      .init(offset: 25, location: SourceLocation(path: "f", line: 8, column: 3)),
    ])
    XCTAssertEqual(origin.location(ofOffset: 4).description, "f:7:7")
    XCTAssertEqual(origin.location(ofOffset: 30).description, "f:8:8")
  }

  func testTheBagKeepsEveryErrorUpToItsCap() {
    var bag = DiagnosticBag(limit: 2)
    for line in 1...3 {
      bag.report(
        .error(.schemaValue, "m\(line)", at: SourceLocation(path: "p", line: line, column: 1)))
    }
    XCTAssertEqual(bag.diagnostics.count, 2)
    XCTAssertEqual(bag.dropped, 1)
    XCTAssertTrue(bag.hasErrors)
  }

  func testSuggestionsAreNearMissesOnly() {
    XCTAssertEqual(Suggestion.nearest(to: "tgas", in: ["tags", "type", "targets"]), "tags")
    XCTAssertEqual(
      Suggestion.nearest(to: "neutrallity", in: ["neutrality", "unity"]), "neutrality")
    XCTAssertNil(Suggestion.nearest(to: "colour", in: ["id", "title", "when"]))
    XCTAssertNil(Suggestion.nearest(to: "G", in: ["A", "B", "F"]))
  }

  func testATermReadsAsWordsWithEachUnderscoreASpace() {
    XCTAssertEqual(Vocabulary.phrase("public_statement"), "public statement")
    XCTAssertEqual(Vocabulary.phrase("_a__b_"), " a  b ")
    XCTAssertEqual(Vocabulary.phrase("plain"), "plain")
    XCTAssertEqual(Vocabulary.phrase("é_ж_\u{1F600}"), "é ж \u{1F600}")
    XCTAssertEqual(Vocabulary.phrase(""), "")
  }
}

/// A location's value: its path, line and column.
final class SourceLocationTests: XCTestCase {
  func testALocationIsItsPathLineAndColumnWhicheverFileHoldsThePath() {
    let shared = SourceLocation.File("case.yaml")
    let a = SourceLocation(file: shared, line: 3, column: 5)
    let b = SourceLocation(path: "case.yaml", line: 3, column: 5)
    XCTAssertEqual(a, b)
    XCTAssertEqual(a.hashValue, b.hashValue)
    XCTAssertEqual(Set([a, b]).count, 1)
    XCTAssertNotEqual(a, SourceLocation(path: "case.yml", line: 3, column: 5))
    XCTAssertNotEqual(a, SourceLocation(file: shared, line: 3, column: 6))
    XCTAssertNotEqual(a, SourceLocation(file: shared, line: 4, column: 5))
    XCTAssertTrue(a < SourceLocation(file: shared, line: 3, column: 6))
    XCTAssertTrue(SourceLocation(path: "a.yaml", line: 9, column: 9) < a)
    XCTAssertEqual(a.advanced(byColumns: 2), SourceLocation(path: "case.yaml", line: 3, column: 7))
    var moved = a
    moved.path = "other.yaml"
    XCTAssertEqual(moved.description, "other.yaml:3:5")
    XCTAssertEqual(a.description, "case.yaml:3:5")
    // Kept for every act, evidence item, person and position of a case: a path held once
    // makes a location, and an optional one, 16 bytes.
    XCTAssertEqual(MemoryLayout<SourceLocation>.size, 16)
    XCTAssertEqual(MemoryLayout<SourceLocation?>.size, 16)
  }
}
