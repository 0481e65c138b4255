import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

final class RuleTestRunnerTests: XCTestCase {
  func testEveryEmbeddedTestOfTheFixturePackPasses() throws {
    let catalogue = try EngineFixture.catalogue()
    let rules = try CompiledRule.compileAll(catalogue)
    let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(rules)
    XCTAssertEqual(count, 6)
    XCTAssertEqual(failures, [])
  }

  func testAWrongExpectationIsReportedAtItsTest() throws {
    let catalogue = try EngineFixture.catalogue([FixturePaths.fixtures + "/rules/failing-test"])
    let rules = try CompiledRule.compileAll(catalogue).filter { $0.spec.id == "F-001" }
    let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(rules)
    XCTAssertEqual(count, 3)
    XCTAssertEqual(
      failures.map { FixturePaths.relative($0.description) },
      [
        "Tests/Fixtures/rules/failing-test/F-001.yaml:9:5: error: rule F-001, test 'claims a match that is not there': expected a match, but the rule did not fire [E-RULE-TEST-FAILED]",
        "Tests/Fixtures/rules/failing-test/F-001.yaml:14:5: error: rule F-001, test 'pins the wrong message': expected the message 'wrong', got 'P praised' [E-RULE-TEST-FAILED]",
        "Tests/Fixtures/rules/failing-test/F-001.yaml:20:5: error: rule F-001, test 'says no match where it fires': expected no match, but it fired: P praised [E-RULE-TEST-FAILED]",
      ])
  }

  func testAnUndecidedExpectationPassesOnlyWhenTheRuleNeitherFiresNorClears() throws {
    let catalogue = try EngineFixture.catalogue([FixturePaths.fixtures + "/rules/undecided-test"])
    let rules = try CompiledRule.compileAll(catalogue).filter { $0.spec.id == "U-001" }
    XCTAssertEqual(rules.first?.spec.tests.map(\.expectUndecided), [true, true, true])
    let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(rules)
    XCTAssertEqual(count, 3)
    XCTAssertEqual(
      failures.map { FixturePaths.relative($0.description) },
      [
        "Tests/Fixtures/rules/undecided-test/U-001.yaml:14:5: error: rule U-001, test 'claims undecided where it fires': expected undecided, but it fired: Subject Society spoke of victory [E-RULE-TEST-FAILED]",
        "Tests/Fixtures/rules/undecided-test/U-001.yaml:18:5: error: rule U-001, test 'claims undecided where it clears the act': expected undecided, but the rule decided: no match [E-RULE-TEST-FAILED]",
      ])
  }
}
