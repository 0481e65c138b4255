import AuditCore
import XCTest

@testable import AuditExpression

/// What a condition requires of single values, read from its top-level conjunction: only what
/// makes the whole condition false (never unknown) when the value falls outside it.
final class RequirementTests: XCTestCase {
  private func requirements(_ text: String) throws -> [Requirement] {
    try Fixture.compile(text, expecting: .bool).requirements
  }

  func testConjunctsOfTypeAndTagsAreRequirements() throws {
    let found = try requirements(
      """
      action.type in ["public_statement", "endorsement"] and (action.tags contains \
      "electoral_endorsement" and org.type == "national_society") and actor.roles.exists(r, \
      r == "president")
      """)
    XCTAssertEqual(
      found,
      [
        Requirement(path: [0, 2], demand: .oneOf(["public_statement", "endorsement"])),
        Requirement(path: [0, 3], demand: .contains("electoral_endorsement")),
        Requirement(path: [2, 2], demand: .oneOf(["national_society"])),
      ])
  }

  func testOnlyWhatMakesTheWholeConditionFalseIsRequired() throws {
    for text in [
      "action.type in [\"endorsement\"] or action.tags contains \"electoral_endorsement\"",
      "not (action.type == \"endorsement\")",
      "action.type != \"endorsement\"",
      "action.type in [\"endorsement\", null]",
      "action.quote contains \"crisis\"",
      "actor.roles.exists(r, r == \"president\")",
      "action.type == action.quote",
    ] {
      XCTAssertEqual(try requirements(text), [], text)
    }
  }

  /// Where the value at the path falls outside a requirement, the condition is false, whatever
  /// the other conjuncts are (here an unknown one): never unknown, so skipping it is exact.
  func testAValueOutsideARequirementMakesTheConditionFalse() throws {
    let text = "org.country == \"AZ\" and action.type in [\"endorsement\"]"
    let requirement = try XCTUnwrap(try requirements(text).last)
    XCTAssertEqual(requirement.value(in: Fixture.bindings), .string("public_statement"))
    XCTAssertEqual(Fixture.value(text), .bool(false))
    XCTAssertEqual(
      Fixture.value("org.country == \"AZ\" and action.type in [\"public_statement\"]"), .null)
  }
}
