import Foundation
import XCTest

@testable import AuditCore

/// `SourceText` finds a file's lines by its line feeds, a carriage return before one dropped.
final class SourceTextLinesTests: XCTestCase {
  /// Random texts of line feeds, carriage returns, ASCII and wider characters, against the
  /// lines the standard library's split gives.
  func testTheLinesAreThoseSplitAtLineFeeds() {
    let pieces = ["a", "b c", "\n", "\r\n", "\r", "é", "‘’", "Ա", "🇦🇿", "\n\n", " ", ""]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<30, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      let expected = Array(text.utf8)
        .split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .map { line -> String in
          let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
          return String(decoding: bytes, as: UTF8.self)
        }
      let lines = SourceText(path: "t.yaml", text: text).lines.map(String.init)
      XCTAssertEqual(lines, expected, "text: \(text.debugDescription)")
    }
  }

  /// A text bridged from Foundation (not in Swift's native storage) is split alike.
  func testABridgedTextIsSplitAlike() {
    let text = String(NSString(string: "one\r\ntwo é\nthree"))
    XCTAssertEqual(SourceText(path: "t.yaml", text: text).lines, ["one", "two é", "three"])
  }
}
