import AuditCore
import XCTest

@testable import AuditExpression

/// Three-valued logic: `null` in a boolean place is unknown. The tables below are the
/// language reference's, row for row.
final class ThreeValuedLogicTests: XCTestCase {
  /// A truth value as an expression: `true`, `false`, or a comparison with a missing value
  /// (`org.country` is null in the fixture), which is unknown.
  private enum Truth: String, CaseIterable {
    case t = "true"
    case f = "false"
    case u = "(org.country == 'AZ')"

    var value: Value {
      switch self {
      case .t: .bool(true)
      case .f: .bool(false)
      case .u: .null
      }
    }
  }

  private func check(
    _ text: String, _ expected: Value, _ bindings: [Value] = Fixture.bindings, line: UInt = #line
  ) {
    XCTAssertEqual(Fixture.value(text, bindings, line: line), expected, text, line: line)
  }

  private static let unknown = Value.null

  func testTheUnknownOperandIsUnknown() {
    check(Truth.u.rawValue, .null)
    check("null", .null)
  }

  func testAndTruthTable() {
    let table: [(Truth, Truth, Truth)] = [
      (.t, .t, .t), (.t, .f, .f), (.t, .u, .u),
      (.f, .t, .f), (.f, .f, .f), (.f, .u, .f),
      (.u, .t, .u), (.u, .f, .f), (.u, .u, .u),
    ]
    for (a, b, result) in table {
      check("\(a.rawValue) and \(b.rawValue)", result.value)
      check("\(a.rawValue) && \(b.rawValue)", result.value)
    }
  }

  func testOrTruthTable() {
    let table: [(Truth, Truth, Truth)] = [
      (.t, .t, .t), (.t, .f, .t), (.t, .u, .t),
      (.f, .t, .t), (.f, .f, .f), (.f, .u, .u),
      (.u, .t, .t), (.u, .f, .u), (.u, .u, .u),
    ]
    for (a, b, result) in table {
      check("\(a.rawValue) or \(b.rawValue)", result.value)
      check("\(a.rawValue) || \(b.rawValue)", result.value)
    }
  }

  func testNotTruthTable() {
    for (a, result) in [(Truth.t, Truth.f), (.f, .t), (.u, .u)] {
      check("not \(a.rawValue)", result.value)
      check("!\(a.rawValue)", result.value)
    }
    // The case: no quote is no evidence that the quote lacks "x".
    let noQuote = [Fixture.object(Fixture.action, ["id": .string("a2")])] + Fixture.bindings[1...]
    check("not (action.quote contains \"x\")", .null, Array(noQuote))
  }

  func testLiteralNullInABooleanPlaceIsUnknown() {
    check("null and true", .null)
    check("null and false", .bool(false))
    check("null or true", .bool(true))
    check("null or false", .null)
    check("not null", .null)
  }

  func testEqualityWithAMissingValueIsUnknownButATestForNullIsDefinite() {
    // org.country is missing; action.id is "a1".
    check("org.country == 'AZ'", .null)
    check("'AZ' == org.country", .null)
    check("org.country != 'AZ'", .null)
    check("'AZ' != org.country", .null)
    check("org.country == org.country", .null)
    check("org.country == null", .bool(true))
    check("null == org.country", .bool(true))
    check("org.country != null", .bool(false))
    check("null != org.country", .bool(false))
    check("action.id == null", .bool(false))
    check("action.id != null", .bool(true))
    check("null == null", .bool(true))
    check("null != null", .bool(false))
  }

  func testOrderingWithNullOnEitherSideIsUnknown() {
    for ordering in ["<", "<=", ">", ">="] {
      check("org.country \(ordering) 'M'", .null)
      check("'M' \(ordering) org.country", .null)
      check("action.date \(ordering) null", .null)
      check("null \(ordering) action.date", .null)
      check("null \(ordering) 1", .null)
      check("1 \(ordering) null", .null)
    }
  }

  func testInWithNullOnEitherSide() {
    let untagged = [Fixture.object(Fixture.action, ["id": .string("a2")])] + Fixture.bindings[1...]
    check("org.country in ['AZ']", .null)
    check("'electoral_endorsement' in action.tags", .null, Array(untagged))
    check("null in [null]", .null)
    check("null in ['AZ']", .null)
    // A list with a null element: found is true; not found is unknown, for the null might be it.
    check("'AZ' in ['AZ', null]", .bool(true))
    check("'AM' in ['AZ', null]", .null)
    check("'AM' in ['AZ']", .bool(false))
  }

  func testContainsWithNullOnEitherSide() {
    let untagged = [Fixture.object(Fixture.action, ["id": .string("a2")])] + Fixture.bindings[1...]
    check("org.country contains 'A'", .null)
    check("'ARCS' contains org.country", .null)
    check("action.tags contains null", .null)
    check("action.tags contains org.country", .null)
    check("action.tags contains 'electoral_endorsement'", .null, Array(untagged))
    check("['AZ', null] contains 'AZ'", .bool(true))
    check("['AZ', null] contains 'AM'", .null)
  }

  func testMatchesWithNullIsUnknown() {
    check("org.country matches '.*'", .null)
    check("not (org.country matches 'A')", .null)
    check("org.id matches '^ar'", .bool(true))
  }

  /// The macro table of docs/expression-language.md: the condition `n > 2` is true for 3, false for 1 and unknown
  /// for null.
  func testMacroTruthTable() {
    let rows: [(list: String, exists: Value, all: Value, count: Value)] = [
      ("[3, 4]", .bool(true), .bool(true), .int(2)),
      ("[3, 1]", .bool(true), .bool(false), .int(1)),
      ("[3, null]", .bool(true), .null, .int(1)),
      ("[1, null]", .null, .bool(false), .int(0)),
      ("[3, 1, null]", .bool(true), .bool(false), .int(1)),
      ("[null, null]", .null, .null, .int(0)),
      ("[1, 2]", .bool(false), .bool(false), .int(0)),
    ]
    for row in rows {
      check("\(row.list).exists(n, n > 2)", row.exists)
      check("\(row.list).all(n, n > 2)", row.all)
      check("\(row.list).count(n, n > 2)", row.count)
    }
    // The empty list and the null list: over the action's targets (empty in the fixture) and
    // over a missing action's targets.
    check("action.targets.exists(t, t == 'x')", .bool(false))
    check("action.targets.all(t, t == 'x')", .bool(true))
    check("action.targets.count(t, t == 'x')", .int(0))
    let missing: [Value] = [.null, .null, .null, .null]
    check("action.targets.exists(t, t == 'x')", .null, missing)
    check("action.targets.all(t, t == 'x')", .null, missing)
    check("action.targets.count(t, t == 'x')", .null, missing)
  }

  func testExistsIsTheOrOfItsConditions() {
    check("[1, null, 3].exists(n, n > 2)", .bool(true))
    check("[1, null].exists(n, n > 2)", .null)
    check("[1, 2].exists(n, n > 2)", .bool(false))
    check("[null, null].exists(n, n > 2)", .null)
    check("action.targets.exists(t, t == 'x')", .bool(false))
  }

  func testAllIsTheAndOfItsConditions() {
    check("[3, null].all(n, n > 2)", .null)
    check("[1, null].all(n, n > 2)", .bool(false))
    check("[3, 4].all(n, n > 2)", .bool(true))
    check("action.targets.all(t, t == 'x')", .bool(true))
  }

  func testCountCountsTrueConditionsOnly() {
    check("[1, null, 3, 4].count(n, n > 2)", .int(2))
    check("[null, null].count(n, n > 2)", .int(0))
    check("action.targets.count(t, true)", .int(0))
  }

  func testMacrosOverAMissingListAreUnknown() {
    let bindings: [Value] = [.null, .null, .null, .null]
    check("action.tags.exists(t, true)", .null, bindings)
    check("action.tags.all(t, true)", .null, bindings)
    check("action.tags.count(t, true)", .null, bindings)
    check("action.tags.count(t, true) >= 0", .null, bindings)
  }

  func testFunctionsOfNull() {
    let bindings = [Fixture.object(Fixture.action, [:])] + Fixture.bindings[1...]
    check("size(action.quote)", .null, Array(bindings))
    check("size(action.quote) > 3", .null, Array(bindings))
    check("lower(action.quote)", .null, Array(bindings))
    check("lower(action.quote) == 'x'", .null, Array(bindings))
    check("days_between(action.date, 2023-01-01)", .null, Array(bindings))
    check("days_between(2023-01-01, action.date) > 3", .null, Array(bindings))
    // has() asks about absence itself: always definite.
    check("has(action.quote)", .bool(false), Array(bindings))
    check("not has(action.quote)", .bool(true), Array(bindings))
    check("has(action.quote)", .bool(true))
    check("not has(action.quote) or not (action.quote contains 'x')", .bool(true), Array(bindings))
  }

  func testAPartialDateThatOverlapsIsNeitherBeforeNorAfter() {
    for ordering in ["<", "<=", ">", ">="] {
      check("2023-08 \(ordering) 2023-08-15", .null)
      check("2023-08-15 \(ordering) 2023-08", .null)
    }
    check("action.date < 2023-08-15", .null)
    // What the intervals settle stays definite.
    check("2023-08 < 2023-09-01", .bool(true))
    check("2023-08 >= 2023-09-01", .bool(false))
    check("2023-08 > 2023-08-31", .bool(false))
    check("2023-08 < 2023-08-01", .bool(false))
    check("2023-08 <= 2023-08-01", .null)
    check("2023-08 < 2023-08", .bool(false))
    check("2023-08 > 2023-08", .bool(false))
    check("2023-08 <= 2023-08", .bool(true))
  }

  func testEvaluationOfBrokenBindingsIsUnknownNotATrap() throws {
    let expression = try Fixture.compile(
      "action.date > 2023-01 and actor.roles.exists(r, r == 'president') and size(action.quote) > 1"
    )
    XCTAssertEqual(expression.evaluate([]), .null)
    XCTAssertEqual(expression.evaluate([.int(1), .string("x"), .list([]), .bool(true)]), .null)
    XCTAssertEqual(expression.evaluate([.object([]), .object([.null])]), .null)
  }
}
