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
        Requirement(path: [1, 3], demand: .containsAny(["president"])),
      ])
  }

  func testOnlyWhatMakesTheWholeConditionFalseIsRequired() throws {
    for text in [
      "action.type in [\"endorsement\"] or action.tags contains \"electoral_endorsement\"",
      "not (action.type == \"endorsement\")",
      "action.type != \"endorsement\"",
      "action.type in [\"endorsement\", null]",
      "action.quote contains \"crisis\"",
      "actor.roles.exists(r, r == \"president\" or r != \"volunteer\")",
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

  func testAnOrOfDemandsOnOnePathIsTheirUnion() throws {
    XCTAssertEqual(
      try requirements(
        "(action.tags contains \"electoral_endorsement\" or action.tags contains \"denies_humanitarian_need\") and action.type == \"endorsement\""
      ),
      [
        Requirement(
          path: [0, 3], demand: .containsAny(["electoral_endorsement", "denies_humanitarian_need"])),
        Requirement(path: [0, 2], demand: .oneOf(["endorsement"])),
      ])
    XCTAssertEqual(
      try requirements(
        "action.type == \"endorsement\" or action.type in [\"public_statement\", \"social_media_post\"]"
      ),
      [
        Requirement(
          path: [0, 2], demand: .oneOf(["endorsement", "public_statement", "social_media_post"]))
      ])
    for text in [
      // Two paths, a string and a list, or an operand that rules nothing out.
      "action.tags contains \"electoral_endorsement\" or actor.roles contains \"president\"",
      "action.type == \"public_statement\" or action.tags contains \"denies_humanitarian_need\"",
      "action.tags contains \"electoral_endorsement\" or action.quote == null",
      "action.tags contains \"electoral_endorsement\" or not (action.tags contains \"denies_humanitarian_need\")",
    ] {
      XCTAssertEqual(try requirements(text), [], text)
    }
  }

  func testAnExistsOverStringsIsADemandOnTheList() throws {
    XCTAssertEqual(
      try requirements(
        "action.tags.exists(t, t in [\"electoral_endorsement\", \"denies_humanitarian_need\"]) and actor.roles.exists(r, r == \"president\")"
      ),
      // The second `exists` comes after a macro, which may have spent the budget.
      [
        Requirement(
          path: [0, 3], demand: .containsAny(["electoral_endorsement", "denies_humanitarian_need"]))
      ])
    XCTAssertEqual(
      try requirements(
        "action.tags.exists(t, t == \"electoral_endorsement\" or \"denies_humanitarian_need\" == t)"
      ),
      [
        Requirement(
          path: [0, 3], demand: .containsAny(["electoral_endorsement", "denies_humanitarian_need"]))
      ])
    for text in [
      "action.tags.exists(t, t != \"electoral_endorsement\")",
      "action.tags.exists(t, t in [\"electoral_endorsement\", null])",
      "action.tags.exists(t, t == \"electoral_endorsement\" or size(action.tags) > 2)",
      "action.tags.exists(t, t == \"electoral_endorsement\" and t == \"denies_humanitarian_need\")",
      "action.tags.all(t, t == \"electoral_endorsement\")",
      "not action.tags.exists(t, t == \"electoral_endorsement\")",
      "actor.positions.exists(p, p.role == \"president\")",
      // A macro before it may have spent the budget: the `exists` may be unknown.
      "(size(actor.roles) > 0 or actor.positions.exists(p, p.role == \"president\")) "
        + "and action.tags.exists(t, t == \"electoral_endorsement\")",
    ] {
      XCTAssertEqual(try requirements(text), [], text)
    }
  }

  /// For conditions of every shape a requirement is read from (with `not`, `or`, unknown
  /// conjuncts and nulls around it), and values of every kind at the path: wherever the value
  /// falls outside the requirement as an index reads it, the condition is false, never unknown.
  func testEveryValueOutsideARequirementMakesItsConditionFalse() throws {
    let conditions = [
      "action.type in [\"public_statement\", \"endorsement\"] and action.tags contains \"electoral_endorsement\"",
      "action.quote contains \"q\" and (action.tags contains \"electoral_endorsement\" or action.tags contains \"denies_humanitarian_need\")",
      "(action.type == \"public_statement\" or action.type == \"endorsement\") and not (action.tags contains \"electoral_endorsement\")",
      "action.tags.exists(t, t in [\"electoral_endorsement\", \"denies_humanitarian_need\"]) and (org.type == \"icrc\" or action.quote == null)",
      "action.tags.exists(t, t == \"electoral_endorsement\" or t == \"denies_humanitarian_need\") and not (org.country == \"AZ\")",
      "org.type == \"icrc\" and action.tags.exists(t, t in [\"denies_humanitarian_need\"]) and actor.roles.exists(r, r == \"president\")",
    ]
    let strings: [Value] = [
      "public_statement", "endorsement", "social_media_post", "electoral_endorsement",
      "denies_humanitarian_need", "president", "c",
    ].map(Value.string)
    var random = SystemRandomNumberGenerator()
    func some(_ candidates: [Value]) -> Value { candidates.randomElement(using: &random)! }
    func list() -> Value {
      .list(
        (0..<Int.random(in: 0...3, using: &random)).map { _ in
          some(strings + [.null, .int(1)])
        })
    }
    var outside = 0
    for text in conditions {
      let expression = try Fixture.compile(text, expecting: .bool)
      let found = expression.requirements
      XCTAssertFalse(found.isEmpty, text)
      for _ in 0..<400 {
        let action = Fixture.object(
          Fixture.action,
          [
            "type": some(strings + [.null, .int(3), list()]),
            "tags": some([list(), list(), .null, some(strings)]),
            "quote": some([.null, .string("q"), .string("r")]),
          ])
        let org = Fixture.object(
          Fixture.organization,
          ["type": some([.null, .string("icrc")]), "country": some([.null, .string("AZ")])])
        let actor = Fixture.object(Fixture.actor, ["roles": list()])
        let bindings = [action, actor, org, Fixture.bindings[3]]
        for requirement in found where Self.excludes(requirement, requirement.value(in: bindings)) {
          outside += 1
          XCTAssertEqual(expression.evaluate(bindings), .bool(false), "\(text) for \(bindings)")
        }
      }
    }
    XCTAssertGreaterThan(outside, 500)
  }

  /// True where an index leaves the value out: a string outside `oneOf`, or a short enough list
  /// of strings without any of the elements.
  private static func excludes(_ requirement: Requirement, _ value: Value?) -> Bool {
    switch (requirement.demand, value) {
    case (.oneOf(let texts), .string(let text)?): return !texts.contains(text)
    case (.oneOf, _): return false
    case (_, .list(let items)?):
      guard items.count <= Requirement.longestList else { return false }
      var texts: [String] = []
      for item in items {
        guard case .string(let text) = item else { return false }
        texts.append(text)
      }
      return !texts.contains { requirement.demand.elements!.contains($0) }
    default: return false
    }
  }
}
