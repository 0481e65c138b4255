import AuditCore
import AuditEngine
import XCTest

final class EvaluatorTests: XCTestCase {
  func testFindingsOnTheFixtureCase() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    let result = evaluator.evaluate(try EngineFixture.validCase(catalogue))
    let summary = result.hits.map {
      "\($0.rule) \($0.organization) \($0.actions) \($0.person ?? "-") \($0.strength.rawValue)"
    }
    XCTAssertEqual(
      summary,
      [
        "T-003 ns [] pres alleged",
        "T-001 ns [\"pres-endorses\"] - established",
        "T-001 ns [\"sg-endorses\"] - reported",
      ])
    XCTAssertEqual(result.unmatchedActions, ["meeting"])
    let endorsement = result.hits[1]
    XCTAssertEqual(
      endorsement.message, "A President (president) endorsed a candidate on 2023-09-01")
    XCTAssertEqual(endorsement.references, ["principle.neutrality", "statutes.art4.4"])
    XCTAssertEqual(
      endorsement.strengthBasis, "the actor's own words in a primary source, The Society's statement (B2)")
    XCTAssertEqual(
      endorsement.conditions.map(\.text),
      [
        "action.tags contains \"electoral_endorsement\"",
        "actor.roles.exists(r, r in [\"president\", \"secretary_general\"])",
      ])
    // A macro's condition shows the element that made it true: which position is the seat.
    XCTAssertEqual(
      result.hits[0].conditions[1].values,
      [
        "p.organization.type = \"legislature\"", "p.to = null",
        "case.period.from = 2023-01-01",
      ])
    XCTAssertEqual(
      endorsement.conditions[1].values, ["actor.roles = [\"president\"]", "r = \"president\""])
    let outcomes = Dictionary(uniqueKeysWithValues: result.outcomes.map { ($0.rule, $0) })
    XCTAssertEqual(outcomes["T-002"]?.considered, 3)
    XCTAssertEqual(outcomes["T-002"]?.hits, 0)
    XCTAssertEqual(outcomes["T-002"]?.span?.first, DateRange(parsing: "2023"))
  }

  func testTheSameInputsGiveTheSameFindings() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    let audit = try EngineFixture.validCase(catalogue)
    XCTAssertEqual(evaluator.evaluate(audit).hits, evaluator.evaluate(audit).hits)
  }

  func testAppliesToUsesThePositionHeldOnTheDate() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    var audit = try EngineFixture.validCase(catalogue)
    // The secretary general's endorsement is attributed to the Society through the position
    // held on that date; when the position ended before, the act is no longer the Society's.
    audit.people[1].positions[0].to = PartialDate(year: 2022)
    let findings = evaluator.evaluate(audit).hits.filter { $0.rule == "T-001" }
    XCTAssertEqual(findings.map(\.actions), [["pres-endorses"]])
  }

  func testPatternRuleCitesTheDensestWindowPerGroup() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    var audit = try EngineFixture.validCase(catalogue)
    let template = audit.actions[2]
    audit.actions = ["2023-03-01", "2023-03-20", "2023-03-25", "2023-06-01"].enumerated().map {
      var action = template
      action.id = "p\($0.offset + 1)"
      action.date = DateRange(parsing: $0.element)!
      action.tags = ["praise_of_military_action"]
      return action
    }
    let findings = evaluator.evaluate(audit).hits.filter { $0.rule == "T-002" }
    XCTAssertEqual(findings.map(\.actions), [["p1", "p2", "p3"]])
    XCTAssertEqual(findings.first?.message, "Nordland Red Cross praised military action repeatedly")
  }
}
