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

/// `SourceText.oneLine` gives what splitting at white space characters and joining with one
/// space gives, whether or not its shortcut for text already on one line applies.
final class OneLineTests: XCTestCase {
  private static func reference(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func testOneLineIsSplitAndJoinedAtWhiteSpace() {
    let pieces = [
      "a", "Why?", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{85}", "\u{A0}", "\u{2028}",
      "\u{3000}", "\u{301}", " \u{301}", "é", "‘", "🇦🇿", "\u{600}", "\u{1F}", "Ա", "",
      "\u{200D}", "\u{FE0F}", "\u{1F3FB}", "\u{0E33}", "\u{0D4E}", "\u{1160}", "\u{FF9E}", "😀",
    ]
    var generator = SystemRandomNumberGenerator()
    var shortcuts = 0
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<12, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      if SourceText.isOneLine(text) { shortcuts += 1 }
      XCTAssertEqual(
        SourceText.oneLine(text), Self.reference(text), "text: \(text.debugDescription)")
      XCTAssertEqual(
        SourceText.oneLine(text[...]), Self.reference(text), "text: \(text.debugDescription)")
    }
    XCTAssertGreaterThan(shortcuts, 0, "the shortcut was never taken")
  }

  func testTheShortcutTakesOnlyTextAlreadyOnOneLine() {
    XCTAssertTrue(SourceText.isOneLine("Was the statement made in the Society's name?"))
    XCTAssertTrue(SourceText.isOneLine("‘Café’ — Ա 🇦🇿"))
    XCTAssertFalse(SourceText.isOneLine(" leading"))
    XCTAssertFalse(SourceText.isOneLine("trailing "))
    XCTAssertFalse(SourceText.isOneLine("two  spaces"))
    XCTAssertFalse(SourceText.isOneLine("line\nbreak"))
    XCTAssertFalse(SourceText.isOneLine("no\u{A0}break"))
    XCTAssertFalse(SourceText.isOneLine("space \u{301}mark"))
    XCTAssertFalse(SourceText.isOneLine("space \u{200D}joiner"))
    XCTAssertFalse(SourceText.isOneLine("Thai \u{0E33}"))
  }
}
