import AuditCore
import XCTest

@testable import AuditExpression

/// A string literal meeting a vocabulary term is checked when the rule loads.
final class TermTests: XCTestCase {
  func testKnownTermsCompile() throws {
    _ = try Fixture.compile(
      """
      action.type in ["public_statement", "endorsement", "social_media_post"]
        and action.tags contains "electoral_endorsement"
        and actor.roles.exists(r, r in ["president", "secretary_general"])
        and org.type == "national_society" and "president" in actor.roles
      """, expecting: .bool)
  }

  func testUnknownTermAfterContains() {
    XCTAssertEqual(
      Fixture.errors(#"action.tags contains "electoral_endorsment""#),
      [
        "rule.yaml:3:28: error: unknown term 'electoral_endorsment' in tags; did you mean 'electoral_endorsement'? [E-EXPR-UNKNOWN-TERM]"
      ])
  }

  func testUnknownTermsInEveryPosition() {
    XCTAssertEqual(
      Fixture.errors(#"action.type == "endorsment""#),
      [
        "rule.yaml:3:22: error: unknown term 'endorsment' in action_types; did you mean 'endorsement'? [E-EXPR-UNKNOWN-TERM]"
      ])
    XCTAssertEqual(
      Fixture.errors(#""endorsment" != action.type"#),
      [
        "rule.yaml:3:7: error: unknown term 'endorsment' in action_types; did you mean 'endorsement'? [E-EXPR-UNKNOWN-TERM]"
      ])
    XCTAssertEqual(
      Fixture.errors(#"action.type in ["public_statement", "speech"]"#),
      ["rule.yaml:3:43: error: unknown term 'speech' in action_types [E-EXPR-UNKNOWN-TERM]"])
    XCTAssertEqual(
      Fixture.errors(#""presidnet" in actor.roles"#),
      [
        "rule.yaml:3:7: error: unknown term 'presidnet' in roles; did you mean 'president'? [E-EXPR-UNKNOWN-TERM]"
      ])
    XCTAssertEqual(
      Fixture.errors(#"actor.roles.exists(r, r in ["president", "secretary-general"])"#),
      [
        "rule.yaml:3:48: error: unknown term 'secretary-general' in roles; did you mean 'secretary_general'? [E-EXPR-UNKNOWN-TERM]"
      ])
    XCTAssertEqual(
      Fixture.errors(#"actor.positions.exists(p, p.organization.type == "parliament")"#),
      [
        "rule.yaml:3:56: error: unknown term 'parliament' in organization_types [E-EXPR-UNKNOWN-TERM]"
      ])
  }

  func testPlainStringsAndAbsentVocabulariesAreNotChecked() throws {
    _ = try Fixture.compile("action.quote == 'anything' and action.id in ['x']")
    _ = try Fixture.compile("lower(action.type) == 'Whatever'")
    let scope = Scope(variables: Fixture.scope.variables)
    _ = try CompiledExpression.compile(
      "action.type == 'unlisted'", origin: Fixture.origin, scope: scope)
  }
}
