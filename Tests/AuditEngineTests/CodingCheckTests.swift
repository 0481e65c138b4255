import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import Foundation
import XCTest

/// `audit check --coding`: the second reader suggests a missing tag where the act's own words
/// hold an indicator phrase, questions a tag none of whose phrases is there, and says nothing
/// of an act coded consistently.
final class CodingCheckTests: XCTestCase {
  /// The notes on the valid fixture case with `actions` (YAML) as its acts, and the case text.
  private func notes(_ actions: String, review: ReviewRecord? = nil) throws -> (
    [Diagnostic], String
  ) {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    var text = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    let start = try XCTUnwrap(text.range(of: "actions:\n"))
    text.replaceSubrange(start.upperBound..<text.endIndex, with: actions)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("coding-\(UUID().uuidString).yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let audit = try CaseLoader.load(path: path, vocabulary: catalogue.vocabulary).audit
    return (CodingCheck(vocabulary: catalogue.vocabulary).notes(audit, review: review), text)
  }

  func testAnIndicatorOfAMissingTagIsNoted() throws {
    let (found, text) = try notes(
      """
        - id: untagged
          date: 2023-09-01
          actor: sg
          type: public_statement
          summary: The secretary general spoke before the vote.
          evidence:
            - {source: report, quote: "He said: “Vote   for the President”.", credibility: 2, kind: words}
        - id: quoted-by-others
          date: 2023-09-02
          actor: sg
          type: public_statement
          summary: A journalist's reading, not the actor's words.
          evidence:
            - {source: report, quote: "Critics said he meant: vote for the President.", credibility: 2, kind: analysis}
      """)
    XCTAssertEqual(found.map(\.code), [.codingUntagged], "\(found)")
    XCTAssertEqual(
      found.first?.message,
      "act 'untagged': the words 'vote for' appear in its quotes; it is not tagged electoral_endorsement"
    )
    XCTAssertEqual(found.first?.severity, .note)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("- id: untagged") }
    XCTAssertEqual(found.first?.location.map { Int($0.line) }, line.map { $0 + 1 })
  }

  /// A tag the review record declines for the act, with its reason, is not suggested again;
  /// declined for another act, it still is.
  func testATagTheReviewRecordDeclinesIsNotSuggestedAgain() throws {
    let acts = """
        - id: untagged
          date: 2023-09-01
          actor: sg
          type: public_statement
          summary: The secretary general spoke before the vote.
          evidence:
            - {source: report, quote: "He said: vote for the President.", credibility: 2, kind: words}
      """
    func record(_ action: String) -> ReviewRecord {
      ReviewRecord(
        caseID: "valid", status: .draft,
        judgements: [
          ReviewJudgement(
            action: action, tag: "electoral_endorsement", judgement: .declined,
            reason: "the words report the vote; they do not urge it")
        ])
    }
    XCTAssertEqual(try notes(acts, review: record("untagged")).0, [])
    XCTAssertEqual(try notes(acts, review: record("other")).0.map(\.code), [.codingUntagged])
  }

  func testATagWithoutItsWordsIsQuestionedAndConsistentCodingIsSilent() throws {
    let (found, _) = try notes(
      """
        - id: consistent
          date: 2023-09-01
          actor: sg
          type: public_statement
          summary: The secretary general urged votes for the incumbent.
          quote: vote for him
          tags: [electoral_endorsement]
          evidence:
            - {source: report, quote: "He said: vote for him.", credibility: 2, kind: words}
        - id: unsupported
          date: 2023-09-02
          actor: sg
          type: public_statement
          summary: The secretary general praised the incumbent.
          tags: [electoral_endorsement]
          evidence:
            - {source: report, quote: "He is a great leader.", credibility: 2, kind: words}
        - id: no-indicators-defined
          date: 2023-09-03
          actor: sg
          type: meeting
          summary: A meeting.
          tags: [supports_incumbent]
          evidence:
            - {source: report, quote: "They met.", credibility: 2, kind: words}
      """)
    XCTAssertEqual(found.map(\.code), [.codingUnsupported], "\(found)")
    XCTAssertTrue(
      found.first?.message.hasPrefix("act 'unsupported' is tagged electoral_endorsement") == true)
  }

  func testTheShippedCasesAreCodedConsistently() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    for name in ["arcs", "control-proper-conduct"] {
      let audit = try CaseLoader.load(
        path: FixturePaths.root + "/Cases/\(name).yaml", vocabulary: catalogue.vocabulary
      ).audit
      XCTAssertEqual(CodingCheck(vocabulary: catalogue.vocabulary).notes(audit), [], name)
    }
  }
}
