import AuditCore
import AuditTestSupport
import Foundation
import XCTest

/// docs/error-codes.md lists every `DiagnosticCode` with a sentence and an example message,
/// and nothing else: a code added without its entry, or an entry left behind, fails here.
final class DiagnosticCodeTests: XCTestCase {
  /// One row of the page's tables: `| `CODE` | sentence | `example` |`.
  struct Entry {
    var code: String
    var meaning: String
    var example: String
    var line: Int
  }

  /// The rows of docs/error-codes.md whose first cell is a code in backticks.
  static func entries() throws -> [Entry] {
    let text = try String(
      contentsOfFile: FixturePaths.root + "/docs/error-codes.md", encoding: .utf8)
    var entries: [Entry] = []
    for (number, line) in text.components(separatedBy: "\n").enumerated() {
      guard line.hasPrefix("| `") else { continue }
      // Cells split on `|` not escaped as `\|` (a sentence may hold one).
      let cells =
        line.replacingOccurrences(of: "\\|", with: "\u{0}")
        .split(separator: "|", omittingEmptySubsequences: false)
        .dropFirst().dropLast()
        .map {
          $0.replacingOccurrences(of: "\u{0}", with: "|").trimmingCharacters(in: .whitespaces)
        }
      guard cells.count == 3 else {
        XCTFail("docs/error-codes.md:\(number + 1): a row has a code, a sentence and an example")
        continue
      }
      entries.append(
        Entry(
          code: String(cells[0].dropFirst().dropLast()), meaning: cells[1],
          example: cells[2].hasPrefix("`") && cells[2].hasSuffix("`")
            ? String(cells[2].dropFirst().dropLast()) : "",
          line: number + 1))
    }
    return entries
  }

  func testEveryCodeIsListedOnceAndNothingElse() throws {
    let listed = try Self.entries().map(\.code)
    let declared = DiagnosticCode.allCases.map(\.rawValue)
    XCTAssertEqual(
      Set(declared).subtracting(listed).sorted(), [],
      "declared in DiagnosticCode but missing from docs/error-codes.md")
    XCTAssertEqual(
      Set(listed).subtracting(declared).sorted(), [],
      "listed in docs/error-codes.md but not a case of DiagnosticCode")
    let repeated = Dictionary(grouping: listed, by: { $0 }).filter { $0.value.count > 1 }.keys
    XCTAssertEqual(repeated.sorted(), [], "listed more than once")
  }

  func testEachEntryHasASentenceAndAnExampleOfItsCode() throws {
    let entries = try Self.entries()
    XCTAssertFalse(entries.isEmpty)
    for entry in entries {
      let at = "docs/error-codes.md:\(entry.line) (\(entry.code))"
      XCTAssertTrue(
        entry.meaning.count > 10 && entry.meaning.hasSuffix("."),
        "\(at): a sentence, with its period")
      XCTAssertTrue(entry.example.hasSuffix(" [\(entry.code)]"), "\(at): an example of this code")
      let severity =
        switch entry.code.first {
        case "W": "warning"
        case "N": "note"
        default: "error"
        }
      XCTAssertTrue(
        entry.example.contains(": \(severity): "), "\(at): the example is printed as a \(severity)")
    }
  }

  /// A diagnostic prints its code as written in the page, in brackets.
  func testADiagnosticPrintsItsCodeString() {
    let diagnostic = Diagnostic.error(.yamlDuplicateKey, "duplicate key 'a'", at: nil)
    XCTAssertEqual(diagnostic.description, "audit: error: duplicate key 'a' [E-YAML-DUPLICATE-KEY]")
    XCTAssertEqual(DiagnosticCode(rawValue: "E-IO-WRITE"), .ioWrite)
  }
}
