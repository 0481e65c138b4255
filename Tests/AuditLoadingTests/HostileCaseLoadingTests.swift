import AuditTestSupport
import XCTest

@testable import AuditCore
@testable import AuditLoading

/// Cases built to make loading slow: every error still costs bounded work.
final class HostileCaseLoadingTests: XCTestCase {
  func testTwoThousandMisspeltReferencesAreReportedWithBoundedWork() throws {
    let valid = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    var organizations = "organizations:\n"
    var people = "people:\n"
    for n in 0..<2_000 {
      organizations += "  - {id: org-\(n), name: O, type: legislature, country: NO}\n"
      people +=
        "  - {id: p-\(n), name: P, positions: [{organization: org-\(n)x, role: president}]}\n"
    }
    let text =
      valid
      .replacingOccurrences(of: "organizations:\n", with: organizations)
      .replacingOccurrences(of: "people:\n", with: people)
    let path = try Self.write(text, name: "references.yaml")
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: vocabulary)) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.filter { $0.code == .refUnresolved }.count, 200)
      XCTAssertEqual(all.last?.message, "1800 more errors not shown")
      XCTAssertTrue(
        all.contains { $0.message == "unknown organization 'org-0x'; did you mean 'org-0'?" })
    }
    // Before the index and the cap, each of the 2,000 errors searched all 2,000 ids in full:
    // 4 million edit distances. Through the index, a search computes the distance only to the
    // ids whose letters could be that close. Counted, not timed.
    let index = Suggestion.Index((0..<2_000).map { "org-\($0)" })
    var comparisons = 0
    for n in 0..<2_000 {
      XCTAssertNotNil(index.nearest(to: "org-\(n)x", comparisons: &comparisons))
    }
    XCTAssertLessThan(comparisons, 2_000 * 100, "some dozens of distances a search, not 2,000")
  }

  func testAHugeUnknownTermIsReportedWithoutASuggestion() throws {
    let valid = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    let term = String(repeating: "electoral_endorsement", count: 5_000)
    let path = try Self.write(
      valid.replacingOccurrences(of: "tags: [electoral_endorsement]", with: "tags: [\(term)]"),
      name: "term.yaml")
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: vocabulary)) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.map(\.code), [.vocabUnknown, .vocabUnknown], "two actions")
      for diagnostic in all {
        XCTAssertFalse(diagnostic.message.contains("did you mean"))
        XCTAssertLessThan(diagnostic.description.utf8.count, 600, "the term is cut in the middle")
      }
    }
  }

  private static func write(_ text: String, name: String) throws -> String {
    let path = try TemporaryFolder.make("hostile") + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}
