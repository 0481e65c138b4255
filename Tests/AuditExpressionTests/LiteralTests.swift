import AuditCore
import XCTest

@testable import AuditExpression

final class LiteralTests: XCTestCase {
  func testStringsWithBothQuotesAndEscapes() {
    XCTAssertEqual(Fixture.value(#""a\"b""#), .string("a\"b"))
    XCTAssertEqual(Fixture.value(#"'it\'s'"#), .string("it's"))
    XCTAssertEqual(Fixture.value(#"'say "hi"'"#), .string("say \"hi\""))
    XCTAssertEqual(Fixture.value(#""back\\slash\n\ttab""#), .string("back\\slash\n\ttab"))
    XCTAssertEqual(Fixture.value(#""‘curly’ é""#), .string("‘curly’ é"))
  }

  /// Each token's text is the expression's characters over its range, whatever their width
  /// in UTF-8 (one to four bytes a character).
  func testTokenTextsAreTheWrittenCharacters() throws {
    let source = #"quote contains "‘Café’ 🇦🇿 ☕" && date >= 2023-08 && x != 'ü'"#
    let scalars = Array(source.unicodeScalars)
    let tokens = try Lexer.tokens(of: scalars)
    XCTAssertEqual(
      tokens.map(\.text),
      [
        "quote", "contains", #""‘Café’ 🇦🇿 ☕""#, "&&", "date", ">=", "2023-08", "&&", "x", "!=",
        "'ü'", "",
      ])
    for token in tokens {
      XCTAssertEqual(token.text, String(String.UnicodeScalarView(scalars[token.range])))
    }
  }

  func testNumbersBoolsAndNull() {
    XCTAssertEqual(Fixture.value("42"), .int(42))
    XCTAssertEqual(Fixture.value("-7"), .int(-7))
    XCTAssertEqual(Fixture.value("1.5"), .double(1.5))
    XCTAssertEqual(Fixture.value("true"), .bool(true))
    XCTAssertEqual(Fixture.value("false"), .bool(false))
    XCTAssertEqual(Fixture.value("null"), .null)
  }

  func testABareYearIsAnInteger() throws {
    XCTAssertEqual(try Fixture.compile("2023").type, .int)
    XCTAssertEqual(Fixture.value("2023"), .int(2023))
    // Not a date: only YYYY-MM and YYYY-MM-DD are; 2023-8 is a subtraction.
    XCTAssertEqual(Fixture.value("2023-8"), .int(2015))
  }

  func testDateLiteralsAreIntervals() {
    XCTAssertEqual(Fixture.value("2023-09-19"), Fixture.date("2023-09-19"))
    guard case .date(let august) = Fixture.value("2023-08") else { return XCTFail() }
    XCTAssertEqual(august.first, PartialDate(year: 2023, month: 8, day: 1)!.firstDay)
    XCTAssertEqual(august.last, PartialDate(year: 2023, month: 8, day: 31)!.firstDay)
    XCTAssertEqual(Fixture.value("2024-02-29"), Fixture.date("2024-02-29"))
  }

  func testDurationLiterals() {
    XCTAssertEqual(Fixture.value("30d"), .duration(30))
    XCTAssertEqual(Fixture.value("6w"), .duration(42))
    XCTAssertEqual(Fixture.value("1y"), .duration(365))
    XCTAssertEqual(Fixture.value("-2w"), .duration(-14))
  }

  func testListLiterals() throws {
    XCTAssertEqual(Fixture.value("[1, 2, 3]"), .list([.int(1), .int(2), .int(3)]))
    XCTAssertEqual(Fixture.value("[]"), .list([]))
    XCTAssertEqual(Fixture.value("['a', \"b\",]"), .list([.string("a"), .string("b")]))
    XCTAssertEqual(try Fixture.compile("[1, 2.5]").type, .list(.double))
    XCTAssertEqual(try Fixture.compile("[null, 'a']").type, .list(.string))
    XCTAssertEqual(try Fixture.compile("[action.type, 'x']").type, .list(.string))
    XCTAssertEqual(try Fixture.compile("[[1], []]").type, .list(.list(.int)))
  }

  func testLexicalErrors() {
    XCTAssertEqual(
      Fixture.errors("action.id == \"abc"),
      ["rule.yaml:3:20: error: unterminated string [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors(#"action.quote matches "\d+""#),
      [
        #"rule.yaml:3:29: error: invalid escape '\d' in string; write '\\d' for a backslash [E-EXPR-SYNTAX]"#
      ])
    XCTAssertEqual(
      Fixture.errors("action.date > 2023-02-30"),
      [
        "rule.yaml:3:21: error: invalid date '2023-02-30'; dates are written YYYY-MM-DD or YYYY-MM [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      Fixture.errors("action.date > 2023-13"),
      [
        "rule.yaml:3:21: error: invalid date '2023-13'; dates are written YYYY-MM-DD or YYYY-MM [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      Fixture.errors("action.date > 2023-8-1"),
      [
        "rule.yaml:3:21: error: invalid date '2023-8-1'; dates are written YYYY-MM-DD or YYYY-MM [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      Fixture.errors("size(action.tags) > 30days"),
      ["rule.yaml:3:27: error: invalid number '30days' [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("size(action.tags) > 99999999999999999999"),
      ["rule.yaml:3:27: error: number '99999999999999999999' is too large [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("action.id = 'x'"),
      ["rule.yaml:3:17: error: unexpected character '='; did you mean '=='? [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("true & false"),
      ["rule.yaml:3:12: error: unexpected character '&'; did you mean '&&'? [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("action.id # comment"),
      ["rule.yaml:3:17: error: unexpected character '#' [E-EXPR-SYNTAX]"])
  }

  func testListElementsMustShareAType() {
    XCTAssertEqual(
      Fixture.errors("action.id in ['a', 1]", expecting: nil),
      [
        "rule.yaml:3:26: error: list elements must share a type: string and int [E-EXPR-TYPE]"
      ])
  }
}
