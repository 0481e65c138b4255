import XCTest

@testable import AuditCore

/// `Measure.Condition.holds`: every key given must hold of the finding; a key left out holds.
final class MeasureConditionTests: XCTestCase {
  private func holds(
    _ condition: Measure.Condition, _ severity: Severity, _ strength: Strength,
    rules: Set<String> = ["NEU-001"], principles: Set<String> = ["neutrality"]
  ) -> Bool {
    condition.holds(severity: severity, strength: strength, rules: rules, principles: principles)
  }

  func testASeverityFloorHoldsAtAndAboveIt() {
    let condition = Measure.Condition(severityAtLeast: .high)
    XCTAssertFalse(holds(condition, .medium, .established))
    XCTAssertTrue(holds(condition, .high, .alleged))
    XCTAssertTrue(holds(condition, .critical, .alleged))
  }

  func testAStrengthFloorHoldsAtAndAboveIt() {
    let condition = Measure.Condition(strengthAtLeast: .reported)
    XCTAssertFalse(holds(condition, .critical, .alleged))
    XCTAssertTrue(holds(condition, .low, .reported))
    XCTAssertTrue(holds(condition, .low, .established))
  }

  func testEveryKeyGivenMustHold() {
    let condition = Measure.Condition(severityAtLeast: .high, strengthAtLeast: .reported)
    XCTAssertTrue(holds(condition, .high, .reported))
    XCTAssertFalse(holds(condition, .high, .alleged), "severity alone is not enough")
    XCTAssertFalse(holds(condition, .medium, .established), "strength alone is not enough")
  }

  func testRulesAndPrinciplesHoldWhenTheFindingSharesOne() {
    let rules = Measure.Condition(rules: ["INT-001", "INT-002"])
    XCTAssertTrue(holds(rules, .info, .alleged, rules: ["INT-002", "NEU-001"]))
    XCTAssertFalse(holds(rules, .critical, .established, rules: ["INT-003"]))
    XCTAssertFalse(holds(rules, .critical, .established, rules: []))
    let principles = Measure.Condition(principles: ["unity"])
    XCTAssertTrue(holds(principles, .low, .alleged, principles: ["neutrality", "unity"]))
    XCTAssertFalse(holds(principles, .low, .alleged, principles: ["neutrality"]))
    let both = Measure.Condition(rules: ["NEU-012"], principles: ["neutrality"])
    XCTAssertTrue(holds(both, .low, .alleged, rules: ["NEU-012"], principles: ["neutrality"]))
    XCTAssertFalse(holds(both, .low, .alleged, rules: ["NEU-012"], principles: ["independence"]))
  }

  func testAConditionWithNoKeyHoldsOfEveryFinding() {
    XCTAssertTrue(holds(Measure.Condition(), .info, .alleged, rules: [], principles: []))
  }
}
