import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

/// Rules read the case format's newer fields: an act's date range, date note and capacity; an
/// evidence item's kind and translation; a source's language.
final class CaseFieldsTests: XCTestCase {
  func folder(with rules: [String: String]) throws -> String {
    let folder = try TemporaryFolder.make("fields")
    for (id, when) in rules {
      try """
      id: \(id)
      title: Reads the newer fields
      principle: neutrality
      severity: low
      applies_to: [national_society]
      when: >-
        \(when)
      message: "{action.id} {action.date} {action.date_note} {action.capacity}"
      rationale: Only for testing.
      """.write(toFile: folder + "/\(id).yaml", atomically: true, encoding: .utf8)
    }
    return folder
  }

  func findings(_ rules: [String: String]) throws -> [String: [String]] {
    let catalogue = try EngineFixture.catalogue([try folder(with: rules)])
    let compiled = try CompiledRule.compileAll(catalogue).filter { rules[$0.spec.id] != nil }
    let evaluator = Evaluator(rules: compiled, thresholds: catalogue.strength)
    let result = evaluator.evaluate(try EngineFixture.validCase(catalogue))
    return Dictionary(grouping: result.hits, by: \.rule).mapValues { $0.map(\.message) }
  }

  func testRulesReadDateRangesNotesCapacitiesKindsTranslationsAndLanguages() throws {
    let found = try findings([
      "X-001":
        "action.evidence.exists(e, e.kind == \"words\" and e.translated and e.source.language == \"en\")",
      "X-002": "action.capacity == \"stated\"",
      "X-003":
        "action.evidence.exists(e, e.kind == \"fact\") and not action.evidence.exists(e, e.translated)",
    ])
    XCTAssertEqual(
      found["X-001"],
      ["sg-endorses 2023-08-20..2023-09-08 in the weeks before the vote, says the report (none)"])
    XCTAssertEqual(found["X-002"], ["pres-endorses 2023-09-01 (none) stated"])
    XCTAssertEqual(found["X-003"], ["meeting 2023 (none) (none)"])
  }

  func testAnEvidenceKindOrCapacityLiteralIsCheckedWhenTheRuleLoads() throws {
    let catalogue = try EngineFixture.catalogue([
      try folder(with: [
        "Y-001": "action.evidence.exists(e, e.kind == \"word\")",
        "Y-002": "action.capacity == \"implied\"",
      ])
    ])
    XCTAssertThrowsError(try CompiledRule.compileAll(catalogue)) { error in
      let messages = (error as? Diagnostics)?.all.map(\.message) ?? []
      XCTAssertTrue(
        messages.contains { $0.contains("'word'") && $0.contains("did you mean 'words'") },
        "\(messages)")
      XCTAssertTrue(messages.contains { $0.contains("'implied'") }, "\(messages)")
    }
  }
}
