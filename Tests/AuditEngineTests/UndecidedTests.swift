import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

/// A rule whose condition is unknown for an act is undecided for it: no finding, and the
/// evaluation says which data was missing.
final class UndecidedTests: XCTestCase {
  private func evaluate() throws -> CaseEvaluation {
    let catalogue = try EngineFixture.catalogue([FixturePaths.fixtures + "/rules/undecided"])
    let rules = try CompiledRule.compileAll(catalogue).filter { $0.spec.id.hasPrefix("U-") }
    let evaluator = Evaluator(rules: rules, thresholds: catalogue.strength)
    return evaluator.evaluate(try EngineFixture.validCase(catalogue))
  }

  func testAMissingQuoteLeavesTheRuleUndecidedNotFired() throws {
    let result = try evaluate()
    // Only sg-endorses has a quote ("vote for him", no x): it alone is a finding.
    XCTAssertEqual(result.hits.filter { $0.rule == "U-001" }.map(\.actions), [["sg-endorses"]])
    XCTAssertEqual(
      result.undecided.filter { $0.rule == "U-001" },
      [
        Undecided(rule: "U-001", action: "meeting", person: nil, missing: ["action.quote"]),
        Undecided(rule: "U-001", action: "pres-endorses", person: nil, missing: ["action.quote"]),
      ])
    let outcome = result.outcomes.first { $0.rule == "U-001" }
    XCTAssertEqual(outcome?.considered, 3)
    XCTAssertEqual(outcome?.hits, 1)
    XCTAssertEqual(outcome?.undecided, 2)
  }

  func testAPatternCountsOnlyActsWhoseConditionIsTrue() throws {
    let result = try evaluate()
    // Three acts within a year, but two are undecided: one true act makes no pattern of two.
    XCTAssertEqual(result.hits.filter { $0.rule == "U-002" }, [])
    XCTAssertEqual(
      result.undecided.filter { $0.rule == "U-002" }.map(\.action), ["meeting", "pres-endorses"])
    XCTAssertEqual(result.outcomes.first { $0.rule == "U-002" }?.undecided, 2)
  }

  func testAPersonRuleIsUndecidedForAPersonWithMissingData() throws {
    let result = try evaluate()
    XCTAssertEqual(result.hits.filter { $0.rule == "U-003" }, [])
    XCTAssertEqual(
      result.undecided.filter { $0.rule == "U-003" },
      [
        Undecided(rule: "U-003", action: nil, person: "pres", missing: ["p.to"]),
        Undecided(rule: "U-003", action: nil, person: "sg", missing: ["p.to"]),
      ])
    XCTAssertEqual(result.outcomes.first { $0.rule == "U-003" }?.undecided, 2)
  }

  func testUndecidedIsSortedByRuleThenAct() throws {
    let undecided = try evaluate().undecided
    let keys = undecided.map { "\($0.rule) \($0.action ?? $0.person ?? "")" }
    XCTAssertEqual(keys, keys.sorted())
    XCTAssertEqual(undecided.count, 6)
  }

  func testTheShippedFixtureRulesAreNeverUndecidedOnTheValidCase() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    let result = evaluator.evaluate(try EngineFixture.validCase(catalogue))
    XCTAssertEqual(result.undecided, [])
    XCTAssertEqual(result.outcomes.map(\.undecided), result.outcomes.map { _ in 0 })
  }

  func testANoMatchTestThatIsUndecidedFailsAndSaysWhatWasMissing() throws {
    let catalogue = try EngineFixture.catalogue([FixturePaths.fixtures + "/rules/undecided"])
    let rules = try CompiledRule.compileAll(catalogue).filter { $0.spec.id == "U-001" }
    let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(rules)
    XCTAssertEqual(count, 3)
    XCTAssertEqual(
      failures.map { FixturePaths.relative($0.description) },
      [
        "Tests/Fixtures/rules/undecided/U-001.yaml:15:5: error: rule U-001, test 'no quote at all is not a quote without an x': expected no match, but the rule was undecided for act a1 (missing: action.quote) [E-RULE-TEST-FAILED]"
      ])
  }
}
