import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

final class ExplainerTests: XCTestCase {
  func testExplainShowsWhyARuleFiredAndWhyItDidNot() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    let audit = try EngineFixture.validCase(catalogue)
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

  func testExplainShowsUnknownAndSaysUndecidedWithWhatWasMissing() throws {
    let catalogue = try EngineFixture.catalogue([FixturePaths.fixtures + "/rules/undecided"])
    let rule = try CompiledRule.compileAll(catalogue).first { $0.spec.id == "U-001" }!
    let audit = try EngineFixture.validCase(catalogue)
    let text = Explainer(rule: rule).explain(audit, actionID: "pres-endorses")
    XCTAssertTrue(
      text.hasSuffix(
        """
          not (action.quote contains "x")  →  unknown
            (action.quote contains "x")  →  unknown
              action.quote  →  null
          result: undecided (missing: action.quote)

        """), text)
    let person = try CompiledRule.compileAll(catalogue).first { $0.spec.id == "U-003" }!
    let people = Explainer(rule: person).explain(audit)
    XCTAssertTrue(
      people.contains("p.to < case.period.from)  →  [#1: unknown, #2: unknown]"), people)
    XCTAssertTrue(people.contains("result: undecided (missing: p.to)"), people)
  }

  func testCaseTextCannotDriveTheTerminalOrForgeALine() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    var audit = try EngineFixture.validCase(catalogue)
    let index = try XCTUnwrap(audit.people.firstIndex { $0.id == "pres" })
    audit.people[index].name = "P\u{1B}[2J\nresult: does not match\u{200B}"
    let rule = evaluator.rules.first { $0.spec.id == "T-001" }!
    let output = Explainer(rule: rule).explain(audit, actionID: "pres-endorses")
    XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{200B}" }, output)
    XCTAssertFalse(output.contains("\nresult: does not match"), output)
    XCTAssertTrue(
      output.contains("message: P⟨U+001B⟩[2J⟨U+000A⟩result: does not match⟨U+200B⟩ ("), output)
  }
}
