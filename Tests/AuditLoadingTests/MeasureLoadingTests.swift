import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

/// `measures.yaml` and rule `questions`: read from YAML at load time, each problem located.
/// The broken files' exact diagnostics are golden (Tests/Fixtures/rules/bad-measures.expected
/// and bad-questions.expected, checked by RulePackFixtureTests).
final class MeasureLoadingTests: XCTestCase {
  /// A new folder under the temporary directory holding `files` (name: text).
  private func folder(_ files: [String: String]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-measures-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  private let mediation = """
    measures:
      - id: ask-the-ombudsman
        title: Ask the ombudsman
        description: A measure no build of audit has ever seen.
        rests_on: [statutes.art4.4]
        when:
          - severity_at_least: high
            strength_at_least: reported
          - rules: [T-003]
            principles: [independence]
    """

  func testAMeasureAddedInATemporaryPackIsLoadedWithoutRebuilding() throws {
    let extra = try folder(["measures.yaml": mediation])
    let catalogue = try PackLoader.load([FixturePaths.pack, extra])
    let measure = try XCTUnwrap(catalogue.measures.first { $0.id == "ask-the-ombudsman" })
    XCTAssertEqual(measure.title, "Ask the ombudsman")
    XCTAssertEqual(measure.restsOn, ["statutes.art4.4"])
    XCTAssertEqual(
      measure.when,
      [
        Measure.Condition(severityAtLeast: .high, strengthAtLeast: .reported),
        Measure.Condition(rules: ["T-003"], principles: ["independence"]),
      ])
    XCTAssertEqual(measure.location.path, extra + "/measures.yaml")
    XCTAssertEqual(measure.location.line, 2)
    // It is an input of the run, hashed like the other catalogue files.
    XCTAssertTrue(catalogue.inputs.contains { $0.path == extra + "/measures.yaml" })
    // And it is not mistaken for a rule file.
    XCTAssertEqual(catalogue.rules.map(\.id), ["T-001", "T-002", "T-003"])
  }

  func testMeasuresOfSeveralPacksAreMergedInLoadOrder() throws {
    let first = try folder(["measures.yaml": mediation])
    let second = try folder([
      "measures.yaml": """
      measures:
        - {id: b-second, title: B, description: D, rests_on: [statutes.art4.4], when: [{severity_at_least: low}]}
        - {id: a-third, title: A, description: D, rests_on: [statutes.art4.4], when: [{rules: [T-001]}]}
      """
    ])
    let catalogue = try PackLoader.load([FixturePaths.pack, first, second])
    XCTAssertEqual(catalogue.measures.map(\.id), ["ask-the-ombudsman", "b-second", "a-third"])
  }

  func testAMeasureIDInTwoPacksNamesBothFiles() throws {
    let first = try folder(["measures.yaml": mediation])
    let second = try folder(["measures.yaml": mediation])
    XCTAssertThrowsError(try PackLoader.load([FixturePaths.pack, first, second])) { error in
      // Beside the warnings that the two packs hold no rule file.
      let all = ((error as? Diagnostics)?.all ?? []).filter { $0.severity == .error }
      XCTAssertEqual(all.count, 1, "\(all)")
      let problem = try? XCTUnwrap(all.first)
      XCTAssertEqual(problem?.code, .schemaDuplicateID)
      XCTAssertEqual(problem?.location?.path, second + "/measures.yaml")
      XCTAssertEqual(problem?.location?.line, 2)
      XCTAssertTrue(
        problem?.message.contains("'ask-the-ombudsman'") == true
          && problem?.message.contains(first + "/measures.yaml:2:") == true,
        problem?.message ?? "")
    }
  }

  func testUnlessRecordedNamesVocabularyTagsAndAnUnknownOneIsLocated() throws {
    let tag = try XCTUnwrap(try PackLoader.load([FixturePaths.pack]).vocabulary.names(.tags).first)
    let good = try folder([
      "measures.yaml": """
      measures:
        - {id: m, title: T, description: D, rests_on: [statutes.art4.4], when: [{severity_at_least: low}], unless_recorded: [\(tag)]}
      """
    ])
    XCTAssertEqual(
      try PackLoader.load([FixturePaths.pack, good]).measures.first?.unlessRecorded, [tag])
    let bad = try folder([
      "measures.yaml": """
      measures:
        - {id: m, title: T, description: D, rests_on: [statutes.art4.4], when: [{severity_at_least: low}], unless_recorded: [no_such_tag]}
      """
    ])
    XCTAssertThrowsError(try PackLoader.load([FixturePaths.pack, bad])) { error in
      let errors = ((error as? Diagnostics)?.all ?? []).filter { $0.severity == .error }
      XCTAssertEqual(errors.map(\.code), [.refUnresolved], "\(errors)")
      XCTAssertEqual(errors.first?.location?.line, 2)
      XCTAssertTrue(errors.first?.message.contains("no_such_tag") == true)
    }
  }

  func testAPackWithoutMeasuresLoadsNone() throws {
    XCTAssertEqual(try PackLoader.load([FixturePaths.pack]).measures.map(\.id), [])
  }

  func testQuestionsAreReadInOrderWithTheirSpacesFolded() throws {
    let extra = try folder([
      "Q-001.yaml": """
      id: Q-001
      title: Asked
      principle: neutrality
      applies_to: [national_society]
      severity: low
      when: action.type == "meeting"
      message: "{org.name}"
      rationale: Questions are read.
      questions:
        - >-
          Did the Society invite
          the speaker?
        - "Was the event the Society's own?  "
      """
    ])
    let catalogue = try PackLoader.load([FixturePaths.pack, extra])
    XCTAssertEqual(
      catalogue.rule("Q-001")?.questions,
      ["Did the Society invite the speaker?", "Was the event the Society's own?"])
    XCTAssertEqual(catalogue.rule("T-002")?.questions, [])
  }

  func testEachBadQuestionIsLocated() throws {
    let (_, problems) = PackLoader.loadCollecting([
      FixturePaths.pack, FixturePaths.fixtures + "/rules/bad-questions",
    ])
    let errors = problems.filter { $0.severity == .error }
    XCTAssertEqual(
      errors.map(\.code), [.ruleQuestion, .ruleQuestion, .ruleQuestion, .schemaType])
    XCTAssertEqual(errors.compactMap(\.location?.line), [11, 12, 13, 14])
  }

  func testTheShippedMeasuresRestOnReferencesAndReachEveryFinding() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    XCTAssertEqual(
      catalogue.measures.map(\.id),
      [
        "written-response", "principles-training", "public-clarification", "governance-review",
        "mediation", "high-level-dialogue", "referral-compliance-committee",
      ])
    for measure in catalogue.measures {
      XCTAssertFalse(measure.restsOn.isEmpty, measure.id)
      for id in measure.restsOn {
        let reference = try XCTUnwrap(catalogue.reference(id), "\(measure.id) rests on '\(id)'")
        XCTAssertTrue(reference.status != .notRead || reference.text == nil, id)
      }
    }
    // Every finding, whatever its rule, severity and strength, gets at least one measure: the
    // Society's written response.
    for rule in catalogue.rules {
      let recommended = catalogue.measures.filter { measure in
        measure.when.contains {
          $0.holds(
            severity: .info, strength: .alleged, rules: [rule.id],
            principles: rule.basis.principle.map { [$0] } ?? [])
        }
      }
      XCTAssertEqual(recommended.map(\.id).first, "written-response", rule.id)
    }
    // An alleged finding, however grave, is not referred unless it is on an integrity rule.
    let referral = try XCTUnwrap(
      catalogue.measures.first { $0.id == "referral-compliance-committee" })
    func referred(_ rule: String, _ strength: Strength) -> Bool {
      referral.when.contains {
        $0.holds(severity: .critical, strength: strength, rules: [rule], principles: [])
      }
    }
    XCTAssertFalse(referred("NEU-012", .alleged))
    XCTAssertTrue(referred("NEU-012", .reported))
    XCTAssertTrue(referred("INT-002", .alleged))
  }

  func testEveryShippedRuleAsksOneToThreeQuestions() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    for rule in catalogue.rules {
      XCTAssertTrue((1...3).contains(rule.questions.count), "\(rule.id): \(rule.questions)")
      for question in rule.questions {
        XCTAssertTrue(question.hasSuffix("?"), "\(rule.id): \(question)")
        XCTAssertFalse(question.contains("."), "\(rule.id) names a field: \(question)")
      }
    }
  }
}
