import AuditTestSupport
import Foundation
import XCTest

/// `audit vocabulary [WORD]` and the page it writes, docs/vocabulary.md, kept current.
final class VocabularyCommandTests: XCTestCase {
  func testAWordFindsItsTermsClosestFirst() throws {
    let mp = try AuditProcess.run(["vocabulary", "mp"])
    XCTAssertEqual(mp.status, 0, mp.stderr)
    XCTAssertTrue(
      mp.stdout.hasPrefix(
        "member_of_parliament (role), also called \"MP\": Member of a national or regional legislature.\n"
      ), mp.stdout)
    let prime = try AuditProcess.run(["vocabulary", "prime", "minister"])
    XCTAssertTrue(prime.stdout.hasPrefix("head_of_government (role)"), prime.stdout)
    let none = try AuditProcess.run(["vocabulary", "xyzzy"])
    XCTAssertEqual(none.status, 1)
    XCTAssertEqual(none.stdout, "")
    XCTAssertTrue(
      none.stderr.contains("no term is named, called or defined by 'xyzzy'"), none.stderr)
    let all = try AuditProcess.run(["vocabulary"])
    XCTAssertTrue(all.stdout.contains("\nelectoral_endorsement (tag): "), all.stdout)
  }

  // docs/vocabulary.md is what `audit vocabulary --format markdown` writes now.
  func testTheVocabularyPageIsCurrent() throws {
    let folder = try AuditProcess.temporaryFolder()
    let written = try AuditProcess.run(
      ["vocabulary", "--format", "markdown", "-o", folder + "/vocabulary.md"])
    XCTAssertEqual(written.status, 0, written.stderr)
    XCTAssertEqual(
      try String(contentsOfFile: folder + "/vocabulary.md", encoding: .utf8),
      try String(contentsOfFile: FixturePaths.root + "/docs/vocabulary.md", encoding: .utf8),
      "regenerate it: swift run audit vocabulary --format markdown -o docs/vocabulary.md")
  }
}
