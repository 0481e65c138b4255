import AuditCore
import XCTest

@testable import AuditExpression

final class MacroTests: XCTestCase {
  func testExistsAllCount() throws {
    XCTAssertEqual(Fixture.value("actor.roles.exists(r, r == 'president')"), .bool(true))
    XCTAssertEqual(Fixture.value("actor.roles.exists(r, r == 'secretary_general')"), .bool(false))
    XCTAssertEqual(
      Fixture.value("actor.roles.all(r, r in ['president', 'volunteer'])"), .bool(true))
    XCTAssertEqual(Fixture.value("actor.roles.all(r, r == 'president')"), .bool(false))
    XCTAssertEqual(Fixture.value("action.evidence.count(e, e.credibility <= 3)"), .int(1))
    XCTAssertEqual(Fixture.value("[1, 2, 3].count(n, n > 1)"), .int(2))
    XCTAssertEqual(Fixture.value("[].exists(n, true)"), .bool(false))
    XCTAssertEqual(try Fixture.compile("[1].count(n, n > 0)").type, .int)
  }

  func testTheDesignsPersonRule() {
    let text = """
      actor.positions.exists(p, p.organization.type == "legislature"
        and (p.to == null or p.to >= case.period.from))
      """
    XCTAssertEqual(Fixture.value(text), .bool(false))
    XCTAssertEqual(
      Fixture.value("actor.positions.exists(p, p.organization.type == 'legislature')"), .bool(true))
  }

  func testVariablesShadowAndNest() {
    // `action` inside the macro is the element, not the scope variable.
    XCTAssertEqual(Fixture.value("[1, 2].exists(action, action == 2)"), .bool(true))
    XCTAssertEqual(Fixture.value("[[1, 2], [3]].count(l, l.exists(n, n == 3))"), .int(1))
    XCTAssertEqual(
      Fixture.value("actor.positions.all(p, actor.roles.exists(r, r == p.role) or p.to != null)"),
      .bool(true))
    // The macro variable is only visible inside its condition.
    XCTAssertEqual(
      Fixture.errors("[1].exists(n, n > 0) and n > 0"),
      ["rule.yaml:3:32: error: unknown name 'n' [E-EXPR-UNKNOWN-NAME]"])
  }

  func testMacroErrors() {
    XCTAssertEqual(
      Fixture.errors("action.quote.exists(c, true)"),
      ["rule.yaml:3:20: error: exists() needs a list, got string [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("actor.roles.exists(r, size(r))"),
      ["rule.yaml:3:29: error: the condition of exists() must be bool, got int [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("actor.roles.exists('r', true)"),
      [
        "rule.yaml:3:26: error: the first argument of exists() must be a variable name [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      Fixture.errors("actor.roles.all(r)"),
      ["rule.yaml:3:19: error: all() takes 2 arguments, got 1 [E-EXPR-TYPE]"])
    XCTAssertEqual(
      Fixture.errors("actor.roles.exist(r, true)"),
      [
        "rule.yaml:3:19: error: unknown macro 'exist'; did you mean 'exists'? [E-EXPR-UNKNOWN-FUNCTION]"
      ])
    XCTAssertEqual(
      Fixture.errors("actor.positions.role == 'x'"),
      [
        "rule.yaml:3:23: error: 'actor.positions' is a list(position) and has no field 'role'; look inside a list with a macro: actor.positions.exists(x, x.role …) [E-EXPR-TYPE]"
      ])
  }
}
