import Foundation
import XCTest

@testable import AuditCore

/// The NFC fast path: what it claims to be in NFC, Foundation's normaliser leaves as it is.
final class CanonicalFormTests: XCTestCase {
  func testEveryScalarKnownToBeNFCIsLeftAsItIsByTheNormaliser() {
    // The fast path's ranges, checked against Foundation: each scalar alone, after a letter
    // (Latin, Cyrillic, Armenian, an arrow) and before a combining mark is what NFC makes of
    // it, and has combining class 0 (so no reordering can move it). A scalar outside them
    // must not be claimed.
    let bases = ["", "e", "A", "\u{E9}", "\u{418}", "\u{531}", "\u{2190}"]
    var claimed = 0
    for value in UInt32(0x80)...UInt32(0x2FFF) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(Character(scalar))
      guard isKnownNFC(text) else { continue }
      claimed += 1
      XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "\(value)")
      for base in bases {
        let composed = (base + text).precomposedStringWithCanonicalMapping
        XCTAssertEqual(
          Array(composed.unicodeScalars), Array((base + text).unicodeScalars), "U+\(value)")
      }
      XCTAssertFalse(isKnownNFC(text + "\u{301}"), "U+\(value)")
    }
    XCTAssertEqual(
      claimed,
      (0x2FF - 0x80 + 1) + (0x482 - 0x400 + 1) + (0x52F - 0x48A + 1) + (0x556 - 0x531 + 1)
        + (0x58A - 0x559 + 1) + (0x20CF - 0x2002 + 1) + (0x21FF - 0x2190 + 1))
    XCTAssertFalse(isKnownNFC("Cafe\u{301}"))
    XCTAssertFalse(isKnownNFC("\u{418}\u{306}"))  // И and a combining breve: NFC makes Й
    XCTAssertFalse(isKnownNFC("\u{2000}"))  // EN QUAD: NFC makes it U+2002
    XCTAssertTrue(isKnownNFC("plain ASCII"))
  }

  func testInvalidUTF8IsNeverKnownAndIsNormalisedAfterRepair() {
    for bytes: [UInt8] in [
      [0xC3], [0xC3, 0x41], [0xE2, 0x80], [0xE2, 0x41, 0x80], [0x80], [0xFF],
    ] {
      XCTAssertFalse(bytes.withUnsafeBufferPointer { CanonicalForm.isKnownNFC($0) }, "\(bytes)")
    }
    let bytes: [UInt8] = [0x43, 0x61, 0x66, 0x65, 0xCC, 0x81, 0xFF]
    XCTAssertEqual(
      Array(bytes.withUnsafeBufferPointer { CanonicalForm.nfc(decoding: $0) }.unicodeScalars),
      Array("Caf\u{E9}\u{FFFD}".unicodeScalars))
  }

  func testTheFastPathGivesWhatTheNormaliserGives() {
    for text in [
      "plain", "Caf\u{E9}", "Cafe\u{301}", "\u{422}\u{435}\u{43A}\u{441}\u{442}", "\u{540}\u{561}",
      "\u{21BA} \u{201C}x\u{201D}", "\u{418}\u{306}", "\u{1100}\u{1161}",
    ] {
      XCTAssertEqual(
        Array(CanonicalForm.nfc(text).unicodeScalars),
        Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), text)
    }
  }

  private func isKnownNFC(_ text: String) -> Bool {
    Array(text.utf8).withUnsafeBufferPointer { CanonicalForm.isKnownNFC($0) }
  }
}
