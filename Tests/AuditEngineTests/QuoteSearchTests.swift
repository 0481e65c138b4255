import AuditTestSupport
import XCTest

@testable import AuditEngine

/// Issue 23, item 5: quotes are checked by one linear search, not a naive search each. The
/// checks count the search's steps, not seconds.
final class QuoteSearchTests: XCTestCase {
  private func search(_ quotes: [String], in text: String) -> (found: [Bool], steps: Int) {
    var search = QuoteSearch(text: Array(text.utf8), base: 1_000_003)
    let found = search.find(quotes.map { Array($0.utf8) })
    return (found, search.steps)
  }

  /// Against `String.contains` on random text over a small alphabet (so near misses abound),
  /// with quotes shorter and longer than an anchor, some cut from the text, some altered.
  func testItFindsWhatStringContainsFinds() {
    var generator = SeededGenerator(seed: 23)
    let alphabet = Array("ab c")
    for _ in 0..<40 {
      let length = Int.random(in: 0..<3_000, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      var quotes: [String] = []
      for _ in 0..<30 {
        let count = Int.random(in: 1..<90, using: &generator)
        if length > count, Bool.random(using: &generator) {
          let start = Int.random(in: 0..<(length - count), using: &generator)
          var quote = Array(text.dropFirst(start).prefix(count))
          if Bool.random(using: &generator) {
            let index = Int.random(in: 0..<count, using: &generator)
            quote[index] = alphabet.randomElement(using: &generator)!
          }
          quotes.append(String(quote))
        } else {
          quotes.append(String((0..<count).map { _ in alphabet.randomElement(using: &generator)! }))
        }
      }
      XCTAssertEqual(search(quotes, in: text).found, quotes.map { text.contains($0) })
    }
  }

  func testAMatchMustEndAtACharactersEnd() {
    XCTAssertEqual(search(["Cafe", "Caf", "x"], in: "Cafe\u{301} x").found, [false, true, true])
    XCTAssertEqual(search([""], in: "abc").found, [false])
  }

  /// The reproducer: a near miss (`aaa…ab`) against a text of `a`s. A naive search compares
  /// about the quote's length at every offset (10^4 × 10^6 here); this one takes a bounded
  /// number of steps per byte of text, whatever the quote's length.
  func testANearMissCostsStepsLinearInTheTextNotItsProduct() {
    let text = String(repeating: "a", count: 100_000)
    for length in [1_000, 10_000] {
      let quote = String(repeating: "a", count: length - 1) + "b"
      let (found, steps) = search([quote], in: text)
      XCTAssertEqual(found, [false])
      // A naive search: about length × 100,000 steps (10^9 for 10,000).
      XCTAssertLessThan(steps, 40 * (text.utf8.count + length), "length \(length)")
    }
  }

  /// Many quotes, all absent, against one text: steps grow with the sum of the sizes, not
  /// their product (100 quotes × 100,000 bytes would be 10^7 steps per character compared).
  func testManyAbsentQuotesCostStepsLinearInTheirSum() {
    var generator = SeededGenerator(seed: 5)
    let words = ["relief", "branch", "volunteer", "statement", "election", "the", "of"]
    let text = (0..<20_000).map { _ in words.randomElement(using: &generator)! }
      .joined(separator: " ")
    let quotes = (0..<100).map { index in
      (0..<200).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        + " \(index)"
    }
    let (found, steps) = search(quotes, in: text)
    XCTAssertEqual(found, Array(repeating: false, count: 100))
    let sizes = text.utf8.count + quotes.reduce(0) { $0 + $1.utf8.count }
    XCTAssertLessThan(steps, 40 * sizes)
    XCTAssertLessThan(steps, text.utf8.count * 100 / 10, "a tenth of one naive pass per quote")
  }
}
