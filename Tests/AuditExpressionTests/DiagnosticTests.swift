import AuditCore
import XCTest

@testable import AuditExpression

/// Exact messages, codes and locations.
final class DiagnosticTests: XCTestCase {
  func testUnknownFieldWithSuggestion() {
    XCTAssertEqual(
      Fixture.errors(#"action.tgas contains "x""#),
      [
        "rule.yaml:3:14: error: unknown field 'action.tgas'; did you mean 'action.tags'? [E-EXPR-UNKNOWN-FIELD]"
      ])
    XCTAssertEqual(
      Fixture.errors("case.period.form < action.date"),
      [
        "rule.yaml:3:19: error: unknown field 'case.period.form'; did you mean 'case.period.from'? [E-EXPR-UNKNOWN-FIELD]"
      ])
  }

  func testEveryUnknownNameIsReported() {
    XCTAssertEqual(
      Fixture.errors("acton.type == 'x' or actr.name == 'y' or org.nmae == 'z'"),
      [
        "rule.yaml:3:7: error: unknown name 'acton'; did you mean 'action'? [E-EXPR-UNKNOWN-NAME]",
        "rule.yaml:3:28: error: unknown name 'actr'; did you mean 'actor'? [E-EXPR-UNKNOWN-NAME]",
        "rule.yaml:3:52: error: unknown field 'org.nmae'; did you mean 'org.name'? [E-EXPR-UNKNOWN-FIELD]",
      ])
  }

  func testNoCascadeFromAFailedOperand() {
    // One error for the unknown name; the `==` and `and` above it stay silent.
    XCTAssertEqual(
      Fixture.errors("nope == 3 and true").count, 1)
    XCTAssertEqual(
      Fixture.errors("zzz.exists(x, x.y > 1)"),
      ["rule.yaml:3:7: error: unknown name 'zzz' [E-EXPR-UNKNOWN-NAME]"])
  }

  func testConditionMustBeBool() {
    XCTAssertEqual(
      Fixture.errors("  action.date + 30d"),
      ["rule.yaml:3:9: error: a condition must be bool, got date [E-EXPR-NOT-BOOL]"])
    XCTAssertEqual(
      Fixture.errors("action.tags"),
      ["rule.yaml:3:7: error: a condition must be bool, got list(string) [E-EXPR-NOT-BOOL]"])
    XCTAssertEqual(
      Fixture.errors("action.tags", expecting: .string),
      ["rule.yaml:3:7: error: expected string, got list(string) [E-EXPR-TYPE]"])
  }

  func testAnyTypeWhenNothingIsExpected() throws {
    XCTAssertEqual(try Fixture.compile("org.id", expecting: nil).type, .string)
    XCTAssertEqual(try Fixture.compile("action.date", expecting: nil).type, .date)
    XCTAssertEqual(try Fixture.compile("actor", expecting: nil).type, .object(Fixture.actor))
  }

  func testSyntaxErrors() {
    XCTAssertEqual(
      Fixture.errors("(action.id == 'x'"),
      ["rule.yaml:3:24: error: expected ')' to close '(' at column 7 [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("action.id in ['x' 'y']"),
      ["rule.yaml:3:25: error: expected ']' to close '[' at column 20 [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("size(action.tags > 1"),
      ["rule.yaml:3:27: error: expected ')' to close '(' at column 11 [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("action.id == 'x' foo"),
      ["rule.yaml:3:24: error: unexpected 'foo' [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("action.id =="),
      ["rule.yaml:3:19: error: unexpected end of expression [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("and true"),
      ["rule.yaml:3:7: error: unexpected 'and' [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("   "), ["rule.yaml:3:10: error: empty expression [E-EXPR-SYNTAX]"])
    XCTAssertEqual(
      Fixture.errors("1 < 2 < 3"),
      [
        "rule.yaml:3:13: error: comparisons cannot be chained: '<' follows another comparison; combine them with 'and' [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      Fixture.errors("action.id not in ['x']"),
      [
        "rule.yaml:3:17: error: unexpected 'not' before 'in'; write 'not (x in y)' [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      Fixture.errors("action.5"),
      ["rule.yaml:3:14: error: expected a field name after '.', found '5' [E-EXPR-SYNTAX]"])
  }

  func testDeepNestingIsAnErrorNotACrash() {
    let deep =
      String(repeating: "(", count: 10_000) + "true" + String(repeating: ")", count: 10_000)
    XCTAssertEqual(
      Fixture.errors(deep),
      ["rule.yaml:3:71: error: expression nested too deeply [E-EXPR-SYNTAX]"])
    let nots = String(repeating: "not ", count: 5_000) + "true"
    XCTAssertEqual(Fixture.errors(nots).first?.contains("expression nested too deeply"), true)
    let sums = (1...5_000).map(String.init).joined(separator: " + ")
    XCTAssertEqual(
      Fixture.errors(sums, expecting: nil).first?.contains("expression nested too deeply"), true)
    let fields = "action" + String(repeating: ".id", count: 5_000)
    XCTAssertEqual(
      Fixture.errors(fields, expecting: nil).first?.contains("expression nested too deeply"), true)
    // A long flat chain of `or` is not nesting.
    let alternatives = (1...500).map { "action.id == 'a\($0)'" }.joined(separator: " or ")
    XCTAssertNoThrow(try Fixture.compile(alternatives))
  }

  func testAnExpressionOnTwoFileLines() {
    // A folded YAML block:
    //   when: >-
    //     action.type == "public_statement" and
    //     action.tgas contains "x"
    // The value joins the lines with a space; offset 38 starts the second line.
    let text = #"action.type == "public_statement" and action.tgas contains "x""#
    let origin = TextOrigin(segments: [
      .init(offset: 0, location: SourceLocation(path: "Rules/NEU-001.yaml", line: 7, column: 3)),
      .init(offset: 38, location: SourceLocation(path: "Rules/NEU-001.yaml", line: 8, column: 3)),
    ])
    XCTAssertEqual(
      Fixture.errors(text, origin: origin),
      [
        "Rules/NEU-001.yaml:8:10: error: unknown field 'action.tgas'; did you mean 'action.tags'? [E-EXPR-UNKNOWN-FIELD]"
      ])
    let unclosed = #"(action.type == "public_statement" and action.tags contains "x""#
    let shifted = TextOrigin(segments: [
      .init(offset: 0, location: SourceLocation(path: "r.yaml", line: 7, column: 3)),
      .init(offset: 39, location: SourceLocation(path: "r.yaml", line: 8, column: 3)),
    ])
    XCTAssertEqual(
      Fixture.errors(unclosed, origin: shifted),
      ["r.yaml:8:27: error: expected ')' to close '(' at line 7, column 3 [E-EXPR-SYNTAX]"])
  }
}
