import AuditCore
import AuditEngine
import AuditExpression
import AuditLoading
import AuditTestSupport
import XCTest

/// Issue 17: the right standard, fairly applied — the provisions breached beside the principle,
/// the norms in force at the act's date, background kept apart, nobody judged on another's words,
/// replies never evaluated, severity by circumstance, others' conduct outside the findings.
final class StandardBreachedTests: XCTestCase {
  /// A rule resting on Seville 2.0 alone, with one act before it took effect and one after.
  static let sevilleOnly = """
    id: Z-001
    title: Declares the ICRC without jurisdiction
    breaches: [seville2.2022]
    severity: medium
    severity_when:
      - if: action.type == "resolution"
        level: critical
        because: a statutory body adopted it
    applies_to: [national_society]
    when: action.tags contains "disputes_component_jurisdiction"
    message: "{actor.name} declared the ICRC without jurisdiction"
    rationale: Only for testing.
    tests:
      - name: before Seville 2.0
        expect: match
        period: {from: 2020-01-01, to: 2020-12-31}
        action: {actor: subject, date: 2020-05-01, type: public_statement, tags: [disputes_component_jurisdiction]}
      - name: after Seville 2.0, by the assembly
        expect: match
        period: {from: 2023-01-01, to: 2023-12-31}
        action: {actor: subject, date: 2023-05-01, type: resolution, tags: [disputes_component_jurisdiction]}
      - name: outside the period
        expect: match
        period: {from: 2023-01-01, to: 2023-12-31}
        action: {actor: subject, date: 2021-05-01, type: public_statement, tags: [disputes_component_jurisdiction]}
      - name: not a dispute
        expect: no_match
        action: {actor: subject, type: public_statement, tags: [offers_support_to_component]}
    """

  func testAHitCarriesTheProvisionsBreachedAndARuleMayRestOnThemAlone() throws {
    let (catalogue, rules) = try StandardFixture.load()
    let uni001 = try XCTUnwrap(catalogue.rules.first { $0.id == "UNI-001" })
    XCTAssertEqual(uni001.basis, .instruments)
    XCTAssertEqual(
      uni001.breaches, ["statutes.art5", "statutes.art7", "seville.lead.agency", "seville2.2022"])
    let int002 = try XCTUnwrap(catalogue.rules.first { $0.id == "INT-002" })
    XCTAssertEqual(int002.basis, .instruments)
    XCTAssertTrue(int002.breaches.contains("ifrc.constitution.art10"))
    XCTAssertTrue(int002.breaches.contains("integrity.policy.2005.purpose"))
    let arcs = try StandardFixture.repositoryCase("arcs", catalogue)
    let assessment = StandardFixture.assess(arcs, rules, catalogue)
    let hit = try XCTUnwrap(assessment.findings.flatMap(\.hits).first { $0.rule == "UNI-001" })
    XCTAssertEqual(hit.principle, RuleBasis.instrumentsID)
    XCTAssertEqual(hit.breaches, uni001.breaches)
    XCTAssertFalse(hit.references.contains("breaches.instruments"))
    XCTAssertFalse(assessment.findings.flatMap(\.engagements).contains { $0.principle == "unity" })
  }

  func testAHitRecordsTheTextsInForceOnTheActsDate() throws {
    let (catalogue, rules) = try StandardFixture.load()
    let arcs = try StandardFixture.repositoryCase("arcs", catalogue)
    let assessment = StandardFixture.assess(arcs, rules, catalogue)
    let hit = try XCTUnwrap(assessment.findings.flatMap(\.hits).first { $0.rule == "UNI-001" })
    // August 2023: Seville 2.0 (June 2022) applies, the 1997 Agreement it replaced does not.
    XCTAssertEqual(hit.inForce, ["statutes.art5", "statutes.art7", "seville2.2022"])
    XCTAssertEqual(
      catalogue.reference("seville.lead.agency")?.inForce?.supersededBy, "seville2.2022")
  }

  func testAnActBeforeEveryNormItsRuleRestsOnIsBackgroundNeverAFinding() throws {
    let (catalogue, rules) = try StandardFixture.load(["Z-001.yaml": Self.sevilleOnly])
    let rule = rules.filter { $0.spec.id == "Z-001" }
    let before = try XCTUnwrap(
      StandardFixture.fixture("Z-001", "before Seville 2.0", in: catalogue))
    let assessment = StandardFixture.assess(before, rule, catalogue)
    XCTAssertEqual(assessment.findings.count, 0)
    XCTAssertEqual(assessment.background.count, 1)
    XCTAssertEqual(
      assessment.background[0].hits[0].background,
      .beforeNorms(from: PartialDate(year: 2022, month: 6)!))
    XCTAssertEqual(assessment.background[0].hits[0].inForce, [])
    let after = try XCTUnwrap(
      StandardFixture.fixture("Z-001", "after Seville 2.0, by the assembly", in: catalogue))
    let found = StandardFixture.assess(after, rule, catalogue)
    XCTAssertEqual(found.findings.count, 1)
    XCTAssertEqual(found.findings[0].hits[0].inForce, ["seville2.2022"])
  }

  func testAnActOutsideThePeriodIsBackgroundAndTheMedalIsNoFinding() throws {
    let (catalogue, rules) = try StandardFixture.load(["Z-001.yaml": Self.sevilleOnly])
    let outside = try XCTUnwrap(
      StandardFixture.fixture("Z-001", "outside the period", in: catalogue))
    let assessment = StandardFixture.assess(
      outside, rules.filter { $0.spec.id == "Z-001" }, catalogue)
    XCTAssertEqual(assessment.findings.count, 0)
    XCTAssertEqual(assessment.background.map { $0.hits[0].background }, [.outsidePeriod])
    let arcs = try StandardFixture.repositoryCase("arcs", catalogue)
    let report = StandardFixture.assess(arcs, rules, catalogue)
    XCTAssertFalse(report.findings.contains { $0.actions.contains("arcs-medal-aliyev-2003") })
    XCTAssertTrue(report.background.contains { $0.actions == ["arcs-medal-aliyev-2003"] })
    for pattern in report.patterns {
      XCTAssertFalse(pattern.hit.actions.contains("arcs-medal-aliyev-2003"), pattern.hit.rule)
    }
  }

  func testAPatternNeverCountsABackgroundAct() throws {
    let pattern = """
      id: Z-002
      title: Three political acts within a year
      principle: neutrality
      severity: high
      applies_to: [national_society]
      when: action.tags contains "electoral_endorsement"
      message: "{org.name}"
      rationale: Only for testing.
      aggregate: {at_least: 3, within: 365d}
      tests:
        - name: one of three before the period
          expect: no_match
          period: {from: 2023-01-01, to: 2023-12-31}
          actions:
            - {id: a1, actor: subject, date: 2022-12-20, type: public_statement, tags: [electoral_endorsement]}
            - {id: a2, actor: subject, date: 2023-02-01, type: public_statement, tags: [electoral_endorsement]}
            - {id: a3, actor: subject, date: 2023-03-01, type: public_statement, tags: [electoral_endorsement]}
        - name: three within the period
          expect: match
          period: {from: 2022-12-01, to: 2023-12-31}
          actions:
            - {id: a1, actor: subject, date: 2022-12-20, type: public_statement, tags: [electoral_endorsement]}
            - {id: a2, actor: subject, date: 2023-02-01, type: public_statement, tags: [electoral_endorsement]}
            - {id: a3, actor: subject, date: 2023-03-01, type: public_statement, tags: [electoral_endorsement]}
      """
    let (catalogue, rules) = try StandardFixture.load(["Z-002.yaml": pattern])
    let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(
      rules.filter { $0.spec.id == "Z-002" })
    XCTAssertEqual(count, 2)
    XCTAssertEqual(failures.map(\.message), [])
  }

  func testNoFindingRestsOnTheAdvisersWordsAtTheSocietysProtest() throws {
    let (catalogue, rules) = try StandardFixture.load()
    let arcs = try StandardFixture.repositoryCase("arcs", catalogue)
    let assessment = StandardFixture.assess(arcs, rules, catalogue)
    let hits = assessment.findings.flatMap(\.hits) + assessment.patterns.map(\.hit)
    XCTAssertFalse(hits.contains { $0.rule == "NEU-013" })
    XCTAssertFalse(hits.contains { $0.actions.contains { $0.hasPrefix("hajiyev-") } })
    XCTAssertFalse(
      assessment.findings.contains { $0.actions.contains { $0.hasPrefix("hajiyev-") } })
  }

  func testTheSubjectsRepliesAreNeverEvaluated() throws {
    let (catalogue, rules) = try StandardFixture.load()
    var arcs = try StandardFixture.repositoryCase("arcs", catalogue)
    XCTAssertFalse(arcs.responses.isEmpty)
    // The values rules read are laid out from the case without its replies.
    XCTAssertTrue(CaseValues(arcs).audit.responses.isEmpty)
    let evaluator = Evaluator(rules: rules, thresholds: catalogue.strength)
    let with = evaluator.evaluate(arcs)
    XCTAssertEqual(with.audit.responses.count, arcs.responses.count, "the report keeps them")
    // A reply worded like a breach changes nothing.
    arcs.responses.append(
      Response(
        by: arcs.subject, to: Response.Answered(actions: [arcs.actions[0].id]), outcome: .responded,
        text: "The ICRC has no jurisdiction here.",
        evidence: arcs.actions[0].evidence))
    XCTAssertEqual(evaluator.evaluate(arcs).hits, with.hits)
    // No expression can name them.
    XCTAssertThrowsError(
      try CompiledExpression.compile(
        "size(case.responses) > 0",
        origin: TextOrigin(startingAt: SourceLocation(path: "t.yaml", line: 1, column: 1)),
        scope: RuleScopes(catalogue.vocabulary).action))
  }

  func testSeverityWhenSetsTheLevelAndSaysWhy() throws {
    let (catalogue, rules) = try StandardFixture.load(["Z-001.yaml": Self.sevilleOnly])
    let rule = rules.filter { $0.spec.id == "Z-001" }
    let assembly = try XCTUnwrap(
      StandardFixture.fixture("Z-001", "after Seville 2.0, by the assembly", in: catalogue))
    let hit = try XCTUnwrap(
      StandardFixture.assess(assembly, rule, catalogue).findings.first?.hits.first)
    XCTAssertEqual(hit.severity, .critical)
    XCTAssertEqual(hit.severityBecause, "a statutory body adopted it")
    let statement = try XCTUnwrap(
      StandardFixture.fixture("Z-001", "outside the period", in: catalogue))
    let other = try XCTUnwrap(
      StandardFixture.assess(statement, rule, catalogue).background.first?.hits.first)
    XCTAssertEqual(other.severity, .medium)
    XCTAssertNil(other.severityBecause)
  }

  func testAnotherComponentsActsAreNeitherFindingsNorContext() throws {
    let other = """
      id: Z-003
      title: Endorses a candidate
      principle: neutrality
      severity: high
      applies_to: [national_society]
      when: action.tags contains "electoral_endorsement"
      message: "{org.name}"
      rationale: Only for testing.
      tests:
        - name: another Society endorses a candidate, in a case about the subject
          expect: match
          organizations: [{id: other, name: Other Society, type: national_society}]
          action: {actor: other, type: public_statement, tags: [electoral_endorsement]}
        - name: nothing
          expect: no_match
          action: {actor: subject, type: public_statement, tags: [attends_official_event]}
        - name: nothing either
          expect: no_match
          action: {actor: subject, type: meeting}
      """
    let (catalogue, rules) = try StandardFixture.load(["Z-003.yaml": other])
    let audit = try XCTUnwrap(
      StandardFixture.fixture(
        "Z-003", "another Society endorses a candidate, in a case about the subject", in: catalogue)
    )
    let assessment = StandardFixture.assess(
      audit, rules.filter { $0.spec.id == "Z-003" }, catalogue)
    XCTAssertEqual(assessment.findings.count, 0)
    XCTAssertEqual(assessment.context.count, 0)
    XCTAssertEqual(assessment.outsideSubject.map(\.organization), ["other"])
  }

  func testTheControlCaseStillHasNoFinding() throws {
    let (catalogue, rules) = try StandardFixture.load()
    let control = try StandardFixture.repositoryCase("control-proper-conduct", catalogue)
    let assessment = StandardFixture.assess(control, rules, catalogue)
    XCTAssertEqual(assessment.findings.map(\.id), [])
    XCTAssertEqual(assessment.background.map(\.id), [])
  }
}
