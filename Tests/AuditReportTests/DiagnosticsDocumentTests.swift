import AuditCore
import AuditReport
import Foundation
import XCTest

/// The `audit-diagnostics/1` document: every diagnostic, sorted, its suggestion apart, and a
/// message quoting control characters still one valid JSON string.
final class DiagnosticsDocumentTests: XCTestCase {
  func testControlCharactersAndQuotesSurviveAsTheSameText() throws {
    let hostile = "bad \u{0}\u{1B}[2J\u{7}\"quote\"\\ \n\u{2028}\u{202E} <tag>"
    let text = DiagnosticsDocument.json([
      .error(.schemaValue, hostile, at: SourceLocation(path: "b\u{1B}.yaml", line: 3, column: 2)),
      .warning(.packEmpty, "no rule file", at: nil),
    ])
    XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{202E}" })
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let items = try XCTUnwrap(parsed["diagnostics"] as? [[String: Any]])
    XCTAssertEqual(items.count, 2)
    // Those of no file come first, as on the terminal.
    XCTAssertTrue(items[0]["file"] is NSNull)
    XCTAssertTrue(items[0]["line"] is NSNull)
    XCTAssertEqual(items[0]["severity"] as? String, "warning")
    XCTAssertEqual(items[1]["message"] as? String, hostile)
    XCTAssertEqual(items[1]["file"] as? String, "b\u{1B}.yaml")
    XCTAssertEqual(items[1]["line"] as? Int, 3)
    XCTAssertEqual(items[1]["column"] as? Int, 2)
  }

  func testTheSuggestionIsTheHintAfterTheMessage() throws {
    let text = DiagnosticsDocument.json([
      .error(
        .vocabUnknown,
        "unknown tag 'mp': not in the vocabulary's tags; did you mean 'member_of_parliament'? (terms: Rules/vocabulary.yaml)",
        at: SourceLocation(path: "c.yaml", line: 1, column: 1))
    ])
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let item = try XCTUnwrap((parsed["diagnostics"] as? [[String: Any]])?.first)
    XCTAssertEqual(item["message"] as? String, "unknown tag 'mp': not in the vocabulary's tags")
    XCTAssertEqual(
      item["suggestion"] as? String,
      "did you mean 'member_of_parliament'? (terms: Rules/vocabulary.yaml)")
  }
}
