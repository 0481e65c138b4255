import AuditCore
import AuditEngine
import XCTest

final class ExplainerTests: XCTestCase {
  func testExplainShowsWhyARuleFiredAndWhyItDidNot() throws {
    let (catalog, evaluator) = try EngineFixture.evaluator()
    let audit = try EngineFixture.validCase(catalog)
    let rule = evaluator.rules.first { $0.spec.id == "T-001" }!
    let fired = Explainer(rule: rule).explain(audit, actionID: "pres-endorses")
    XCTAssertTrue(
      fired.contains(
        "action pres-endorses (2023-09-01) by pres, attributed to ns (national_society)"), fired)
    XCTAssertTrue(
      fired.contains(
        "result: matches — message: A President (president) endorsed a candidate on 2023-09-01"),
      fired)
    XCTAssertTrue(fired.contains("actor.roles  →  [\"president\"]"), fired)
    let notFired = Explainer(rule: rule).explain(audit, actionID: "meeting")
    XCTAssertTrue(
      notFired.contains("action.tags contains \"electoral_endorsement\"  →  false"), notFired)
    XCTAssertTrue(notFired.hasSuffix("result: does not match\n"), notFired)
  }
}
