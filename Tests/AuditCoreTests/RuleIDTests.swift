import AuditCore
import Foundation
import XCTest

/// A rule id is an ASCII letter, then ASCII letters, digits, `_`, `.` or `-`.
final class RuleIDTests: XCTestCase {
  func testTheIDsOfTheFormatAreValid() {
    for id in ["NEU-001", "a", "IND.2_b-c", "Z9"] { XCTAssertTrue(RuleSpec.isValidID(id), id) }
    for id in ["", "1NEU", "-A", "NEU 001", "NEÜ-1", "NEU/1", "NEU-1\n", "ＮEU"] {
      XCTAssertFalse(RuleSpec.isValidID(id), id.debugDescription)
    }
  }

  /// Random strings judged as the pattern `\A[A-Za-z][A-Za-z0-9_.-]*\z` judges them.
  func testTheCheckAgreesWithThePattern() {
    let pieces = ["A", "z", "0", "9", "_", ".", "-", " ", "é", "\n", "/", "ＡA", ""]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<6, using: &generator) {
        text += pieces.randomElement(using: &generator)!
      }
      let pattern = text.range(of: #"\A[A-Za-z][A-Za-z0-9_.-]*\z"#, options: .regularExpression)
      XCTAssertEqual(RuleSpec.isValidID(text), pattern != nil, text.debugDescription)
    }
  }
}
