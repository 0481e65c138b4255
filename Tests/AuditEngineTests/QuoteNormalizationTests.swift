import XCTest

@testable import AuditEngine

/// The quote check's normalisation, built over the bytes, against the rule it implements
/// applied scalar by scalar: typographic quotes made straight, each run of white space one
/// space (none at the start or the end).
final class QuoteNormalizationTests: XCTestCase {
  private func reference(_ text: String) -> [UInt8] {
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result += " "
        pendingSpace = false
      }
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result += "'"
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": result += "\""
      default: result.unicodeScalars.append(scalar)
      }
    }
    return Array(result.utf8)
  }

  func testTheByteLevelNormalisationIsTheScalarRule() {
    for text in [
      "", " ", "  a  ", "\u{201C}Caf\u{E9}\u{201D}\u{A0}\u{2003}x\t\n", "\u{3000}\u{85}end\u{2028}",
      "\u{422}\u{435}\u{43A}\u{441}\u{442} \u{2018}\u{540}\u{2019} \u{1F600}\u{2033}", "e\u{301}",
    ] {
      XCTAssertEqual(QuoteVerification.normalizedBytes(text), reference(text), text)
    }
    // Random mixes of every kind of scalar the rule treats apart, of one to four bytes.
    let pieces: [String] = [
      "a", "Z", " ", "\t", "\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{A0}", "\u{E9}", "\u{301}",
      "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{2018}", "\u{2019}", "\u{201A}",
      "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2032}", "\u{2033}",
      "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{418}", "\u{531}",
      "\u{1F600}", "\u{10FFFF}", "\u{2014}",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      XCTAssertEqual(
        QuoteVerification.normalizedBytes(text), reference(text),
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}
