import AuditTestSupport
import XCTest

@testable import AuditCore

/// Diagnostics about hostile input stay short, on one line, and inert on a terminal.
final class HostileTextTests: XCTestCase {
  func testAHugeLineIsShownAsAWindowAroundTheColumn() throws {
    let line = String(repeating: "a", count: 500_000) + "X" + String(repeating: "b", count: 500_000)
    let source = SourceText(path: "big.yaml", text: "k: v\n" + line + "\n")
    let diagnostic = Diagnostic.error(
      .schemaValue, "bad", at: SourceLocation(path: "big.yaml", line: 2, column: 500_001))
    let rendered = diagnostic.rendered(with: ["big.yaml": source])
    XCTAssertLessThan(rendered.utf8.count, 400, "a window, not the 1 MB line")
    let lines = rendered.split(separator: "\n")
    let shown = Array(lines[1].unicodeScalars)
    let caret = lines[2].unicodeScalars.count - 1
    XCTAssertEqual(shown[caret], "X", "the caret stands under the column")
    XCTAssertEqual(shown.first, "…")
    XCTAssertEqual(shown.last, "…")
  }

  func testAShortLineIsShownWhole() throws {
    let text =
      "  - {id: ns, name: Nordland Red Cross, type: national_society, country: Norway, x: y}"
    let source = SourceText(path: "c.yaml", text: text)
    let excerpt = try XCTUnwrap(
      source.excerpt(at: SourceLocation(path: "c.yaml", line: 1, column: 73)))
    XCTAssertEqual(excerpt, text + "\n" + String(repeating: " ", count: 72) + "^")
  }

  func testAColumnNearTheEndOfALongLineShowsTheLineEnd() throws {
    let text = String(repeating: "a", count: 1000) + "Z"
    let source = SourceText(path: "c.yaml", text: text)
    let excerpt = try XCTUnwrap(
      source.excerpt(at: SourceLocation(path: "c.yaml", line: 1, column: 1001)))
    let lines = excerpt.split(separator: "\n")
    XCTAssertEqual(lines[0].unicodeScalars.count, SourceText.excerptWidth + 1)
    XCTAssertEqual(lines[0].last, "Z")
    XCTAssertEqual(lines[1].count, lines[0].count)
  }

  func testControlCharactersCannotForgeADiagnostic() {
    let term = "x\u{1B}[2K\rfake.yaml:1:1: error: forged [E-FAKE]\n\u{9B}31m"
    let diagnostic = Diagnostic.error(
      .vocabUnknown, "unknown tag '\(term)'",
      at: SourceLocation(path: "c.yaml", line: 3, column: 7))
    let source = SourceText(path: "c.yaml", text: "a\nb\ntags: [\"x\u{1B}[2K\"]\n")
    let rendered = diagnostic.rendered(with: ["c.yaml": source])
    XCTAssertEqual(rendered.split(separator: "\n").count, 3, "message, line, caret")
    XCTAssertFalse(
      rendered.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{9B}" })
    XCTAssertTrue(rendered.hasPrefix("c.yaml:3:7: error: unknown tag 'x⟨U+001B⟩[2K⟨U+000D⟩fake"))
    let lines = rendered.split(separator: "\n")
    XCTAssertEqual(lines[1], "tags: [\"x⟨U+001B⟩[2K\"]")
  }

  func testAHugeMessageIsCutInTheMiddle() {
    let term = String(repeating: "t", count: 1_000_000)
    let diagnostic = Diagnostic.error(.vocabUnknown, "unknown tag '\(term)' here", at: nil)
    let text = diagnostic.description
    XCTAssertLessThan(text.utf8.count, Diagnostic.shownMessageLimit + 100)
    XCTAssertTrue(text.hasSuffix("' here [E-VOCAB-UNKNOWN]"))
    XCTAssertTrue(text.contains("characters not shown"))
  }

  func testZeroWidthAndTagCharactersAreMadeVisible() {
    XCTAssertEqual(
      VisibleText.escaped("ad\u{200B}min\u{2060}\u{FEFF}\u{E0041}"),
      "ad⟨U+200B⟩min⟨U+2060⟩⟨U+FEFF⟩⟨U+E0041⟩")
    XCTAssertEqual(VisibleText.escaped("a\nb", keeping: ["\n"]), "a\nb")
    XCTAssertEqual(VisibleText.escaped("Café ✓"), "Café ✓")
  }

  func testTheBagCountsErrorsPastItsCapWithoutKeepingThem() {
    var bag = DiagnosticBag(limit: 200)
    for line in 1...20_000 {
      bag.report(.error(.schemaValue, "m", at: SourceLocation(path: "p", line: line, column: 1)))
    }
    XCTAssertEqual(bag.diagnostics.count, 200)
    XCTAssertEqual(bag.dropped, 19_800)
    XCTAssertTrue(bag.isFull)
  }
}

/// "Did you mean" stays cheap whatever is misspelt.
final class SuggestionBoundTests: XCTestCase {
  func testOnlyShortNamesGetASuggestion() {
    let long = String(repeating: "electoral_", count: 7)
    XCTAssertEqual(Suggestion.nearest(to: long + "x", in: [long]), nil, "past 64 characters")
    let short = String(repeating: "electoral_", count: 6)
    XCTAssertEqual(Suggestion.nearest(to: short + "x", in: [short]), short)
    XCTAssertNil(Suggestion.nearest(to: String(repeating: "t", count: 1_000_000), in: ["tag"]))
  }

  func testTheIndexFindsWhatTheFullSearchFinds() {
    var generator = SeededGenerator(seed: 7)
    let ids = (0..<200).map { _ in
      String(
        (0..<Int.random(in: 3...12, using: &generator)).map { _ in
          "abcdefgh-".randomElement(using: &generator)!
        })
    }
    let index = Suggestion.Index(ids)
    for id in ids.prefix(40) {
      for typo in [id + "x", String(id.dropFirst()), "q" + id.dropLast()] {
        XCTAssertEqual(index.nearest(to: typo), Self.nearest(to: typo, in: ids), typo)
      }
    }
  }

  /// The plain search the index must agree with: every candidate, full distance.
  private static func nearest(to name: String, in candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
      let folded = Array(candidate.lowercased())
      let longest = max(target.count, folded.count)
      let allowed = longest <= 2 ? 0 : max(1, min(3, longest / 3))
      guard let distance = Suggestion.editDistance(target, folded, atMost: 100),
        distance <= allowed
      else { continue }
      if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
        best = (candidate, distance)
      }
    }
    return best?.0
  }
}
