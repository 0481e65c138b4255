import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

/// Issue 23, item 7: `^…$` in NSRegularExpression accepts a trailing new line, so `id: "ZZ-1\n"`
/// loaded and reached the JSON report. Every validator of an id or a code, given its valid
/// value with a new line after it, refuses it.
final class TrailingNewlineTests: XCTestCase {
  private func write(_ text: String, name: String) throws -> String {
    let path = try TemporaryFolder.make("newline") + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Each case field validated as an id or a code, written with a trailing `\n`.
  func testEveryCaseValidatorRefusesATrailingNewLine() throws {
    let valid = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    let fields = [
      ("  id: valid\n", "  id: \"valid\\n\"\n"),
      ("country: NO}", "country: \"NO\\n\"}"),
      ("language: en\n", "language: \"en\\n\"\n"),
      ("url: https://example.org/report\n", "url: \"https://example.org/report\\n\"\n"),
      ("date: 2023-09-01\n", "date: \"2023-09-01\\n\"\n"),
      ("reliability: B\n", "reliability: \"B\\n\"\n"),
    ]
    for (original, broken) in fields {
      XCTAssertTrue(valid.contains(original), original)
      let path = try write(
        valid.replacingOccurrences(of: original, with: broken), name: "case.yaml")
      XCTAssertThrowsError(
        try CaseLoader.load(path: path, vocabulary: vocabulary), "accepted \(broken)")
    }
  }

  func testARuleIDWithATrailingNewLineIsRefused() throws {
    let pack = try TemporaryFolder.make("newline") + "/pack"
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: pack)
    let rule = pack + "/neutrality/T-001-endorsement.yaml"
    let text = try String(contentsOfFile: rule, encoding: .utf8)
    try text.replacingOccurrences(of: "id: T-001\n", with: "id: \"T-001\\n\"\n")
      .write(toFile: rule, atomically: true, encoding: .utf8)
    let (_, problems) = PackLoader.loadCollecting([pack])
    XCTAssertEqual(
      problems.filter { $0.code.rawValue == "E-SCHEMA-ID" }.map(\.message),
      ["'T-001\n' is not a valid rule id: write e.g. NEU-001"])
  }

  func testTheIDCheckerRefusesEveryTrailingLineBreak() {
    for suffix in ["\n", "\r\n", "\r", "\u{2028}"] {
      XCTAssertFalse(IDSyntax.isEntryID("abc" + suffix), suffix.debugDescription)
    }
    XCTAssertTrue(IDSyntax.isEntryID("abc"))
  }
}
