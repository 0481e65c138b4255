import AuditCore
import AuditExpression
import AuditLoading
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditEngine

/// Evaluating each rule only on the acts its condition can hold for, in parallel pieces, gives
/// what evaluating every rule on every act one by one gives: the same findings, outcomes and
/// undecided acts, in the same order.
final class IndexedEvaluationTests: XCTestCase {
  private static func shipped() throws -> (RuleCatalogue, Evaluator, AuditCase) {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let rules = try CompiledRule.compileAll(catalogue)
    let audit = try CaseLoader.load(
      path: FixturePaths.root + "/Cases/arcs.yaml", vocabulary: catalogue.vocabulary
    ).audit
    return (catalogue, Evaluator(rules: rules, thresholds: catalogue.strength), audit)
  }

  /// Every rule on every act, one rule after another, with no index and on one core.
  private static func oneByOne(_ evaluator: Evaluator, _ audit: AuditCase) -> CaseEvaluation {
    let values = CaseValues(audit)
    var hits: [RuleHit] = []
    var outcomes: [RuleOutcome] = []
    var undecided: [Undecided] = []
    for rule in evaluator.rules {
      let result = evaluator.evaluate(rule, values)
      hits += result.hits
      outcomes.append(result.outcome)
      undecided += result.undecided
    }
    hits.sort(by: Evaluator.order)
    let cited = Set(hits.flatMap(\.actions))
    return CaseEvaluation(
      audit: audit, hits: hits, outcomes: outcomes.sorted { $0.rule < $1.rule },
      unmatchedActions: audit.actions.map(\.id).filter { !cited.contains($0) },
      undecided: undecided.sorted(by: Undecided.order))
  }

  private func assertSame(_ a: CaseEvaluation, _ b: CaseEvaluation, line: UInt = #line) {
    XCTAssertEqual(a.hits, b.hits, line: line)
    XCTAssertEqual(a.outcomes, b.outcomes, line: line)
    XCTAssertEqual(a.undecided, b.undecided, line: line)
    XCTAssertEqual(a.unmatchedActions, b.unmatchedActions, line: line)
  }

  func testTheShippedCaseIsEvaluatedAsOneByOne() throws {
    let (_, evaluator, audit) = try Self.shipped()
    let evaluation = evaluator.evaluate(audit)
    XCTAssertFalse(evaluation.hits.isEmpty)
    assertSame(evaluation, Self.oneByOne(evaluator, audit))
  }

  /// `count` acts recombined from `base`'s (types, tags, a quote or none, a date or a year),
  /// enough to be cut into pieces evaluated on every core.
  private static func recombined(_ base: AuditCase, count: Int, seed: UInt64) -> AuditCase {
    var random = SeededGenerator(seed: seed)
    var audit = base
    let tags = Set(base.actions.flatMap(\.tags)).sorted()
    let types = Set(base.actions.map(\.type)).sorted()
    audit.actions = (0..<count).map { n in
      var action = base.actions.randomElement(using: &random)!
      action.id = "r\(n)"
      if Int.random(in: 0..<3, using: &random) == 0 {
        action.type = types.randomElement(using: &random)!
      }
      if Bool.random(using: &random) {
        action.tags = tags.filter { _ in Int.random(in: 0..<6, using: &random) == 0 }
      }
      switch Int.random(in: 0..<3, using: &random) {
      case 0: action.quote = nil
      case 1: action.quote = "x marks it"
      default: break
      }
      let month = String(format: "%02d", Int.random(in: 1...12, using: &random))
      action.date = DateRange(parsing: Bool.random(using: &random) ? "2023" : "2023-\(month)")!
      return action
    }
    audit.episodes = []
    return audit
  }

  func testARecombinedLargeCaseIsEvaluatedAsOneByOne() throws {
    let (_, evaluator, base) = try Self.shipped()
    let audit = Self.recombined(base, count: 6000, seed: 7)
    let evaluation = evaluator.evaluate(audit)
    XCTAssertGreaterThan(evaluation.hits.count, 100)
    assertSame(evaluation, Self.oneByOne(evaluator, audit))
  }

  /// The same where conditions are often unknown (a missing quote): the undecided acts too.
  func testUndecidedActsOfALargeCaseAreThoseOfOneByOne() throws {
    let catalogue = try EngineFixture.catalogue([FixturePaths.fixtures + "/rules/undecided"])
    let evaluator = Evaluator(
      rules: try CompiledRule.compileAll(catalogue), thresholds: catalogue.strength)
    let audit = Self.recombined(try EngineFixture.validCase(catalogue), count: 6000, seed: 8)
    let evaluation = evaluator.evaluate(audit)
    XCTAssertGreaterThan(evaluation.undecided.count, 1000)
    XCTAssertGreaterThan(evaluation.hits.count, 100)
    assertSame(evaluation, Self.oneByOne(evaluator, audit))
  }

  /// The index leaves out exactly the acts whose value is a string outside the list (or a list
  /// of strings without the element); acts whose value is missing stay candidates.
  func testTheIndexKeepsTheActsThatCanSatisfyARequirement() throws {
    let (catalogue, _, base) = try Self.shipped()
    let values = CaseValues(base)
    let found = try CompiledExpression.compile(
      """
      action.type in ["interview", "protest"] and action.tags contains "electoral_endorsement" \
      and org.type == "national_society"
      """, origin: TextOrigin(startingAt: SourceLocation(path: "rule.yaml", line: 1, column: 1)),
      scope: RuleScopes(catalogue.vocabulary).action
    ).requirements
    XCTAssertEqual(found.count, 3)
    let (byType, byTag, missing) = (found[0], found[1], found[2])
    let index = CandidateIndex(values.actions, requirements: [byType, byTag, missing])
    let types = base.actions.indices.filter {
      ["interview", "protest"].contains(base.actions[$0].type)
    }
    XCTAssertEqual(index.candidates([byType]), types)
    let tagged = base.actions.indices.filter {
      base.actions[$0].tags.contains("electoral_endorsement")
    }
    XCTAssertEqual(index.candidates([byTag]), tagged)
    XCTAssertEqual(index.candidates([byType, byTag]), tagged.count < types.count ? tagged : types)
    // `org` is null for acts attributed to no organisation: they stay.
    let unattributed = values.actions.indices.filter { values.actions[$0].organization == nil }
    let societies = values.actions.indices.filter {
      values.actions[$0].organization?.type == "national_society"
    }
    XCTAssertEqual(index.candidates([missing]), (unattributed + societies).sorted())
    XCTAssertNil(index.candidates([]))
  }

  /// Every rule of the shipped pack names what it requires of an act's type or tags (or a
  /// person's roles), so that each is evaluated only on the few acts that can satisfy it.
  func testEveryShippedRuleIsIndexed() throws {
    let (_, evaluator, _) = try Self.shipped()
    for rule in evaluator.rules {
      XCTAssertFalse(rule.condition.requirements.isEmpty, rule.spec.id)
    }
  }

  /// A list of strings without the element is left out only when an `exists` over it cannot
  /// run out of the macro budget; a longer list, a list holding a null and a string stay.
  func testTheIndexKeepsListsItCannotDecide() {
    let short: Value = .list([.string("a"), .string("b")])
    let long: Value = .list(Array(repeating: .string("a"), count: Requirement.longestList + 1))
    let values: [Value] = [short, long, .list([.string("x")]), .list([.null]), .string("a"), .null]
    let requirement = Requirement(path: [0, 3], demand: .containsAny(["x", "y"]))
    let index = CandidateIndex(count: values.count, requirements: [requirement]) { _, position in
      values[position]
    }
    XCTAssertEqual(index.candidates([requirement]), [1, 2, 3, 4, 5])
    let both = Requirement(path: [0, 3], demand: .containsAny(["a", "b", "x"]))
    XCTAssertEqual(index.candidates([both]), [0, 1, 2, 3, 4, 5])
  }

  /// A single field read for the index is the value the full layout holds at that path, for
  /// every variable and field of both scopes.
  func testAFieldReadAloneIsTheLaidOutValue() throws {
    let (_, _, audit) = try Self.shipped()
    let eager = CaseValues(audit)
    let lazy = CaseValues(audit, layingOut: false)
    let actionFields = [
      EvaluationSchema.action, EvaluationSchema.actor, EvaluationSchema.organization,
      EvaluationSchema.organization, EvaluationSchema.audit,
    ].map(\.fields.count)
    for position in eager.actions.indices {
      XCTAssertTrue(lazy.actions[position].bindings.isEmpty)
      for (variable, count) in actionFields.enumerated() {
        for path in [[variable]] + (0...count).map({ [variable, $0] }) {
          XCTAssertEqual(
            lazy.value(at: path, ofAction: position),
            Requirement(path: path, demand: .oneOf([])).value(in: eager.actions[position].bindings),
            "\(path)")
        }
      }
    }
    let personFields = [
      EvaluationSchema.person, EvaluationSchema.organization, EvaluationSchema.audit,
    ].map(\.fields.count)
    for position in eager.people.indices {
      for (variable, count) in personFields.enumerated() {
        for path in [[variable]] + (0...count).map({ [variable, $0] }) {
          XCTAssertEqual(
            lazy.value(at: path, ofPerson: position),
            Requirement(path: path, demand: .oneOf([])).value(in: eager.people[position].bindings),
            "\(path)")
        }
      }
    }
    var laidOut = lazy
    laidOut.layOut(actions: [0, 2], people: [1])
    XCTAssertEqual(laidOut.actions[2].bindings, eager.actions[2].bindings)
    XCTAssertEqual(laidOut.people[1].bindings, eager.people[1].bindings)
    XCTAssertTrue(laidOut.actions[1].bindings.isEmpty)
  }
}
