import AuditCore
import XCTest

@testable import AuditExpression

final class OperatorTests: XCTestCase {
  private func check(_ text: String, _ expected: Bool, line: UInt = #line) {
    XCTAssertEqual(Fixture.value(text, line: line), .bool(expected), text, line: line)
  }

  func testEquality() {
    check("action.id == 'a1'", true)
    check("action.id != 'a1'", false)
    check("action.type == 'public_statement'", true)
    check("1 == 1.0", true)
    check("2 != 2.5", true)
    check("[1, 2] == [1, 2.0]", true)
    check("[1, 2] == [2, 1]", false)
    check("action.date == 2023-08", true)
    check("action.date == 2023-08-01", false)
    check("30d == 30d", true)
    check("true == false", false)
  }

  func testOrdering() {
    check("1 < 2", true)
    check("2 <= 2", true)
    check("3 > 2.5", true)
    check("2.5 >= 3", false)
    check("'abc' < 'abd'", true)
    check("'B' < 'a'", true)  // by Unicode scalar, so upper case sorts first
    check("'b' >= 'b'", true)
    check("30d < 6w", true)
    check("1y > 52w", true)
  }

  func testMembership() {
    check("action.type in ['public_statement', 'endorsement']", true)
    check("action.type in ['endorsement']", false)
    check("'president' in actor.roles", true)
    check("2 in [1, 2.0]", true)
    check("action.tags contains 'electoral_endorsement'", true)
    check("action.tags contains 'denies_humanitarian_need'", false)
    check("action.quote contains 'humanitarian crisis'", true)
    check("action.quote contains 'Humanitarian'", false)
    check("action.quote contains ''", true)
    check("action.id in []", false)
  }

  func testMatchesSearchesAnywhere() {
    check("action.quote matches 'crisis.*region'", true)
    check("action.quote matches '^crisis'", false)
    check("action.quote matches '(?i)NO ‘HUMANITARIAN'", true)
    check("actor.name matches '^Novruz\\\\s+Aslanov$'", true)
  }

  func testLogic() {
    check("true and false", false)
    check("true && true", true)
    check("false or true", true)
    check("false || false", false)
    check("not false", true)
    check("!true", false)
    check("not not true", true)
    check("true and true and false", false)
    check("false or false or true", true)
  }

  func testPrecedence() {
    // `and` binds tighter than `or`.
    check("true or true and false", true)
    check("(true or true) and false", false)
    // `not` is below the comparisons: not (1 == 2).
    check("not 1 == 2", true)
    check("! action.id == 'zz'", true)
    // Comparisons are below `+ -`.
    check("1 + 2 == 3", true)
    check("2023-08-01 + 30d == 2023-08-31", true)
    // Unary minus binds tighter than binary.
    check("-1 + 3 == 2", true)
    check("1 - -1 == 2", true)
    check("- (1 + 2) == -3", true)
    // `+` and `-` associate to the left.
    check("10 - 3 - 2 == 5", true)
    // `in` and `contains` sit with the comparisons, below `and`.
    check("'a' in ['a'] and 'b' in ['a']", false)
    check(
      "action.tags contains 'denies_humanitarian_need' or action.tags contains 'electoral_endorsement'",
      true)
  }

  func testArithmetic() throws {
    XCTAssertEqual(Fixture.value("1 + 2"), .int(3))
    XCTAssertEqual(Fixture.value("1 - 2"), .int(-1))
    XCTAssertEqual(Fixture.value("1 + 0.5"), .double(1.5))
    XCTAssertEqual(Fixture.value("action.weight - 1"), .double(-0.5))
    XCTAssertEqual(try Fixture.compile("1 + 0.5").type, .double)
    XCTAssertEqual(Fixture.value("30d + 1w"), .duration(37))
    XCTAssertEqual(Fixture.value("1y - 30d"), .duration(335))
    XCTAssertEqual(Fixture.value("-(2w)"), .duration(-14))
    XCTAssertEqual(Fixture.value("9223372036854775807 + 1"), .int(Int.min))
  }

  func testTypeErrors() {
    XCTAssertEqual(
      Fixture.errors("action.id == 3"),
      ["rule.yaml:3:17: error: cannot compare string with int [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.date < 'x'"),
      ["rule.yaml:3:19: error: cannot compare date with string [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("true < false"),
      ["rule.yaml:3:12: error: '<' cannot order bool values [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.id in action.quote"),
      [
        "rule.yaml:3:17: error: 'in' needs a list, got string; to look for a substring use 'contains' [E-EXPR-TYPE]"
      ])
    XCTAssertEqual(
      Fixture.errors("1 in action.tags"),
      ["rule.yaml:3:9: error: cannot look for int in list(string) [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.tags contains 1"),
      ["rule.yaml:3:19: error: cannot look for int in list(string) [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.weight contains 1"),
      ["rule.yaml:3:21: error: 'contains' needs a list or a string, got double [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.quote contains 1"),
      [
        "rule.yaml:3:20: error: 'contains' on a string needs a string on its right, got int [E-EXPR-TYPE]"
      ])
    XCTAssertEqual(
      Fixture.errors("action.id + 'x' == 'y'"),
      ["rule.yaml:3:17: error: cannot apply '+' to string and string [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("30d - action.date", expecting: nil),
      ["rule.yaml:3:11: error: cannot apply '-' to duration and date [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("-action.id", expecting: nil),
      ["rule.yaml:3:7: error: cannot negate string [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.id and true"),
      ["rule.yaml:3:7: error: 'and' needs bool operands, got string [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("not size(action.tags)"),
      ["rule.yaml:3:11: error: 'not' needs bool operands, got int [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.id matches action.quote"),
      ["rule.yaml:3:25: error: the right side of 'matches' must be a string literal [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("action.date matches 'x'"),
      ["rule.yaml:3:19: error: 'matches' needs a string on its left, got date [E-EXPR-TYPE]"])
  }

  func testInvalidRegexIsReportedAtTheLiteral() {
    XCTAssertEqual(
      Fixture.errors("action.quote matches 'a(b'"),
      [#"rule.yaml:3:28: error: invalid regular expression "a(b": expected ')' [E-EXPR-REGEX]"#])
  }
}
