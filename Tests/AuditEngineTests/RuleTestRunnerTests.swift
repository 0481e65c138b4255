import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

final class RuleTestRunnerTests: XCTestCase {
  func testEveryEmbeddedTestOfTheFixturePackPasses() throws {
    let catalog = try EngineFixture.catalog()
    let rules = try CompiledRule.compileAll(catalog)
    let (count, failures) = RuleTestRunner(thresholds: catalog.strength).run(rules)
    XCTAssertEqual(count, 6)
    XCTAssertEqual(failures, [])
  }

  func testAWrongExpectationIsReportedAtItsTest() throws {
    let catalog = try EngineFixture.catalog([FixturePaths.fixtures + "/rules/failing-test"])
    let rules = try CompiledRule.compileAll(catalog).filter { $0.spec.id == "F-001" }
    let (count, failures) = RuleTestRunner(thresholds: catalog.strength).run(rules)
    XCTAssertEqual(count, 3)
    XCTAssertEqual(
      failures.map { FixturePaths.relative($0.description) },
      [
        "Tests/Fixtures/rules/failing-test/F-001.yaml:9:5: error: rule F-001, test 'claims a match that is not there': expected a match, but the rule did not fire [E-RULE-TEST-FAILED]",
        "Tests/Fixtures/rules/failing-test/F-001.yaml:14:5: error: rule F-001, test 'pins the wrong message': expected the message 'wrong', got 'P praised' [E-RULE-TEST-FAILED]",
        "Tests/Fixtures/rules/failing-test/F-001.yaml:20:5: error: rule F-001, test 'says no match where it fires': expected no match, but it fired: P praised [E-RULE-TEST-FAILED]",
      ])
  }
}
