import AuditTestSupport
import XCTest

@testable import AuditReport

/// `ReportText.inline` returns plain text as it is without escaping it: that shortcut must
/// never change a result.
final class InertTextTests: XCTestCase {
  func testTheShortcutGivesWhatEveryRuleGives() {
    let alphabet = Array(
      "aZ09 .:/-+=wW,;'\"?%^{}\\`*_[]()#|~!$<>&@\t\né\u{202E}"
        + "ÀʿΆЖҀ\u{0483}\u{0489}Աևֈՙ‐‧’“—…€\u{2028}\u{200B}\u{00AD}\u{00A0}\u{0301}\u{0385}·¶§«»°\u{0085}\u{009F}"
    )
    var generator = SeededGenerator(seed: 7)
    var inert = 0
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...12, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      XCTAssertEqual(ReportText.inline(text), ReportText.escapedInline(text), text)
      for position in [ReportText.Position.lineStart, .inLine, .linkLabel] {
        XCTAssertEqual(
          ReportText.linePiece(text, at: position),
          ReportText.escapeLine(ReportText.flattened(text), at: position), text)
      }
      XCTAssertEqual(ReportText.html(text), Self.html(text), text)
      XCTAssertEqual(ReportText.blockQuote(text), Self.blockQuote(text), text)
      if ReportText.isInert(text) { inert += 1 }
    }
    XCTAssertGreaterThan(inert, 100, "the shortcut is taken")
  }

  /// `ReportText.blockQuote` without its shortcut: every line through every rule.
  private static func blockQuote(_ text: String) -> String {
    let lines = ReportText.blocks(of: text).map { $0.map { "> " + ReportText.escapeLine($0) } }
    return lines.isEmpty ? ">" : lines.map { $0.joined(separator: "\n") }.joined(separator: "\n>\n")
  }

  /// `ReportText.html` without its shortcut.
  private static func html(_ text: String) -> String {
    var result = ""
    for character in ReportText.visible(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  func testLinksListsAndEdgesAreNotInert() {
    for text in [
      "see http://x.org", "www.example.org", "at WWW.x", "1. first", "- item", "+ item",
      "= heading", " padded", "padded ", "", "a@b.org", "a_b", "x\ny",
    ] {
      XCTAssertFalse(ReportText.isInert(text), text)
    }
    for text in [
      "Distributed food parcels in Tirana.", "Ratio 3:1, 50% / year", "a-b+c=d",
      "“Mövsüm” — Azərbaycan Qızıl Aypara Cəmiyyəti…", "Красный Крест", "Հայկական Կարմիր Խաչ",
    ] {
      XCTAssertTrue(ReportText.isInert(text), text)
      XCTAssertEqual(ReportText.escapedInline(text), text)
    }
  }
}
