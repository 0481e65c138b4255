import AuditCore
import Foundation
import XCTest

/// A rule id is an ASCII letter, then ASCII letters, digits, `_`, `.` or `-`; an entry's id a
/// lowercase ASCII letter or digit, then those, `_`, `.` or `-`.
final class IDSyntaxTests: XCTestCase {
  func testTheIDsOfTheFormatAreValid() {
    for id in ["NEU-001", "a", "IND.2_b-c", "Z9"] { XCTAssertTrue(IDSyntax.isRuleID(id), id) }
    for id in ["", "1NEU", "-A", "NEU 001", "NEÜ-1", "NEU/1", "NEU-1\n", "ＮEU"] {
      XCTAssertFalse(IDSyntax.isRuleID(id), id.debugDescription)
    }
    for id in ["arcs-statement-2023-08-22", "1a", "a.b_c"] {
      XCTAssertTrue(IDSyntax.isEntryID(id), id)
    }
    for id in ["", "Arcs", "-a", "a b", "é", "_a"] {
      XCTAssertFalse(IDSyntax.isEntryID(id), id.debugDescription)
    }
  }

  /// Random strings judged as the patterns `\A[A-Za-z][A-Za-z0-9_.-]*\z` (rules) and
  /// `\A[a-z0-9][a-z0-9._-]*\z` (entries) judge them.
  func testTheChecksAgreeWithThePatterns() {
    let pieces = ["A", "z", "0", "9", "_", ".", "-", " ", "é", "\n", "/", "ＡA", ""]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<6, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      let rule = text.range(of: #"\A[A-Za-z][A-Za-z0-9_.-]*\z"#, options: .regularExpression)
      XCTAssertEqual(IDSyntax.isRuleID(text), rule != nil, text.debugDescription)
      let entry = text.range(of: #"\A[a-z0-9][a-z0-9._-]*\z"#, options: .regularExpression)
      XCTAssertEqual(IDSyntax.isEntryID(text), entry != nil, text.debugDescription)
    }
  }
}
