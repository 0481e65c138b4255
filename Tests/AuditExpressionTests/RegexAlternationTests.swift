import AuditCore
import Foundation
import XCTest

@testable import AuditExpression

/// Overlapping alternatives under a quantifier (`(a|aa)+#`, `(.|..)*#`) backtrack
/// exponentially too; the step bound cuts them off like nested quantifiers. These are the
/// patterns the fuzzing harness was slow on.
final class RegexAlternationTests: XCTestCase {
  private func bindings(quote: String) -> [Value] {
    var bindings = Fixture.bindings
    guard case .object(var slots) = bindings[0] else { return bindings }
    slots[Fixture.action.fields.firstIndex { $0.name == "quote" }!] = .string(quote)
    bindings[0] = .object(slots)
    return bindings
  }

  func testOverlappingAlternativesAreUndecidedNotAHang() throws {
    for (pattern, text) in [
      ("(a|aa)+#", String(repeating: "a", count: 50)),
      ("(.|..)*#", String(repeating: "The Society said it was ready to help. ", count: 8)),
    ] {
      let expression = try Fixture.compile("action.quote matches '\(pattern)'")
      let started = Date()
      let value = expression.evaluate(bindings(quote: text))
      XCTAssertTrue(value == .null || value == .bool(false), "\(pattern): \(value)")
      XCTAssertLessThan(Date().timeIntervalSince(started), 5, pattern)
    }
  }
}
