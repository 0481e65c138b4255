import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditExpression

/// Nested macros over long lists multiply: the evaluation shares one budget of iterations, and
/// past it the condition is unknown (undecided), never a hang. The input is the one the fuzzer
/// harness hung on.
final class MacroBudgetTests: XCTestCase {
  private let nested = try! String(
    contentsOfFile: FixturePaths.root + "/Tests/Fixtures/fuzz/hang-nested-macros.expression",
    encoding: .utf8
  ).trimmingCharacters(in: .whitespacesAndNewlines)

  func testNestedMacrosPastTheBudgetAreUnknownWithinTheBudget() throws {
    let expression = try Fixture.compile(nested)
    XCTAssertEqual(expression.evaluate(Fixture.bindings), .null, "a million iterations: unknown")
    // Counted, not timed: past the budget each of the six nested macros takes one more
    // iteration and stops, and the trace, which walks the macros again, shares the budget.
    var evaluation = Interpreter(bindings: Fixture.bindings, localCount: expression.localCount)
    XCTAssertEqual(evaluation.value(of: expression.root), .null)
    XCTAssertTrue(evaluation.macroBudgetSpent)
    XCTAssertLessThanOrEqual(evaluation.macroSteps, Interpreter.macroStepBudget + 6)
    var tracing = Interpreter(bindings: Fixture.bindings, localCount: expression.localCount)
    XCTAssertEqual(tracing.trace(expression.root).value, .null)
    XCTAssertLessThanOrEqual(tracing.macroSteps, Interpreter.macroStepBudget + 2 * 6)
  }

  func testMacrosWithinTheBudgetAreDecided() throws {
    // Three nested `all` over ten elements: a thousand iterations, well within the budget.
    let list = "[1,2,3,4,5,6,7,8,9,10]"
    let three = "\(list).all(a, \(list).all(b, \(list).all(c, true)))"
    XCTAssertEqual(try Fixture.compile(three).evaluate(Fixture.bindings), .bool(true))
    let found = "\(list).exists(a, \(list).exists(b, a == 9 and b == 10))"
    XCTAssertEqual(try Fixture.compile(found).evaluate(Fixture.bindings), .bool(true))
  }
}
