import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import Foundation
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

  /// Issue 23, item 8: a `matches` cut off by its bound said "undecided (missing: )".
  func testExplainSaysWhenAPatternWasCutOffByItsBound() throws {
    let folder = try TemporaryFolder.make("explain")
    let rule = try String(
      contentsOfFile: FixturePaths.fixtures + "/rules/undecided/U-001.yaml", encoding: .utf8)
    try rule.replacingOccurrences(of: "id: U-001", with: "id: U-009")
      .replacingOccurrences(
        of: #"when: not (action.quote contains "x")"#, with: "when: action.summary matches '(a+)+$'"
      )
      .replacingOccurrences(of: "tests:", with: "old_tests:")
      .components(separatedBy: "old_tests:")[0]
      .appending("applies_to: [national_society]\n")
      .write(toFile: folder + "/U-009.yaml", atomically: true, encoding: .utf8)
    let catalogue = try EngineFixture.catalogue([folder])
    let compiled = try CompiledRule.compileAll(catalogue).first { $0.spec.id == "U-009" }!
    var audit = try EngineFixture.validCase(catalogue)
    let index = try XCTUnwrap(audit.actions.firstIndex { $0.id == "pres-endorses" })
    audit.actions[index].summary = String(repeating: "a", count: 60) + "!"
    let text = Explainer(rule: compiled).explain(audit, actionID: "pres-endorses")
    XCTAssertTrue(text.contains("result: undecided (the pattern at "), text)
    XCTAssertTrue(text.contains("took more than its bound of steps to decide"), text)
    XCTAssertFalse(text.contains("missing:"), text)
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
