import AuditCore
import XCTest

@testable import AuditExpression

/// `matches` never hangs: a pattern that backtracks exponentially is cut off after a bounded
/// number of steps and its value is null (undecided), reported with the pattern's location.
final class RegexBoundTests: XCTestCase {
  private func bindings(quote: String) -> [Value] {
    var bindings = Fixture.bindings
    guard case .object(var slots) = bindings[0] else { return bindings }
    slots[Fixture.action.fields.firstIndex { $0.name == "quote" }!] = .string(quote)
    bindings[0] = .object(slots)
    return bindings
  }

  func testACatastrophicPatternIsUndecidedNotAHang() throws {
    // Unbounded, ICU takes about a second at 27 characters and doubles with each one more.
    let hostile = bindings(quote: String(repeating: "a", count: 100) + "!")
    let expression = try Fixture.compile("action.quote matches '(a+)+$'")
    var undecided: [SourceLocation] = []
    XCTAssertEqual(expression.evaluate(hostile, undecided: &undecided), .null)
    XCTAssertEqual(undecided.map(\.description), ["rule.yaml:3:28"], "the pattern's literal")
    // Counted in ICU's steps, not timed: the match stops at the first progress report past
    // its budget (about a million steps here), where unbounded it would take 2^100.
    let text = String(repeating: "a", count: 100) + "!"
    var progress = 0
    XCTAssertNil(try RegexPattern.compile("(a+)+$").get().matches(text, progress: &progress))
    XCTAssertEqual(progress, RegexPattern.progressBudget(forLength: text.utf16.count) + 1)
  }

  /// Issue 23, item 8: 2,000 acts × `(a+)+$` took each its own bound (82 s). All of a
  /// pattern's matches in a run share one budget: past it, the rest are undecided without being
  /// matched. Counted in ICU's progress reports, not seconds.
  func testAllOfAPatternsMatchesInARunShareOneBudget() throws {
    guard case .success(let pattern) = RegexPattern.compile("(a+)+$", runBudget: 1_000) else {
      return XCTFail("the pattern compiles")
    }
    let text = String(repeating: "a", count: 40) + "!"
    let results = (0..<2_000).map { _ in pattern.matches(text) }
    XCTAssertTrue(results.allSatisfy { $0 == nil })
    XCTAssertTrue(pattern.isSpent)
    // One match may start just under the budget and take its own bound whole; no more.
    let oneBound = RegexPattern.progressBudget(forLength: text.utf16.count) + 1
    XCTAssertLessThanOrEqual(pattern.reportsTaken, 1_000 + oneBound)
    // An ordinary pattern over short texts takes no report at all.
    guard case .success(let plain) = RegexPattern.compile("said (yes|no)") else {
      return XCTFail("the pattern compiles")
    }
    for _ in 0..<1_000 { _ = plain.matches("the society said no. ") }
    XCTAssertEqual(plain.reportsTaken, 0)
  }

  func testOrdinaryPatternsOnLongTextsAreDecided() throws {
    let long = String(repeating: "the society said nothing. ", count: 20_000)
    let expression = try Fixture.compile("action.quote matches 'said (something|everything)'")
    var undecided: [SourceLocation] = []
    XCTAssertEqual(expression.evaluate(bindings(quote: long), undecided: &undecided), .bool(false))
    XCTAssertEqual(
      expression.evaluate(bindings(quote: long + "said everything"), undecided: &undecided),
      .bool(true))
    XCTAssertEqual(
      try Fixture.compile("action.quote matches '(a+)+$'").evaluate(
        bindings(quote: String(repeating: "a", count: 100))), .bool(true))
    XCTAssertEqual(undecided, [])
  }

  func testTheBoundedSearchAgreesWithAPlainSearch() throws {
    let patterns = [
      "^the", "(?m)^said", "said$", "a|b", "(a)\\1", "(?<=x)y", "(?i)CAFÉ", "\\bwar\\b",
      "x*", "(?x) s a i d  # a comment", "\\Qa)b", "[a-c]{2}", "é",
    ]
    let texts = [
      "", "the end", "x\nsaid", "said it", "aa", "xy", "au café", "a war b", "a)b", "bc",
    ]
    for pattern in patterns {
      let compiled = try RegexPattern.compile(pattern).get()
      let plain = try NSRegularExpression(pattern: pattern)
      for text in texts {
        let expected =
          plain.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
        XCTAssertEqual(compiled.matches(text), expected, "\(pattern) on \(text)")
      }
    }
  }

  func testNestedQuantifiersAreWarnedAtThePattern() throws {
    for pattern in ["(a+)+$", "(\\w*\\s)*x", "((ab)+c)*", "(x{2,})+", "(?:a+)+"] {
      XCTAssertTrue(try RegexPattern.compile(pattern).get().hasNestedQuantifier, pattern)
    }
    for pattern in ["a+b+", "(ab)+", "[(a+)]+", "\\(a+\\)+", "(a+)b+", "(a|b)*"] {
      XCTAssertFalse(try RegexPattern.compile(pattern).get().hasNestedQuantifier, pattern)
    }
    let expression = try Fixture.compile("action.quote matches 'x' or action.id matches '(a*)*'")
    XCTAssertEqual(
      expression.warnings.map { "\($0.location!) \($0.code)" }, ["rule.yaml:3:53 W-REGEX-NESTED"])
  }

  // Overlapping alternatives under a quantifier (`(a|aa)+#`, `(.|..)*#`) backtrack
  // exponentially too; the step bound cuts them off like nested quantifiers. These are the
  // patterns the fuzzing harness was slow on.
  func testOverlappingAlternativesAreUndecidedNotAHang() throws {
    for (pattern, text) in [
      ("(a|aa)+#", String(repeating: "a", count: 50)),
      ("(.|..)*#", String(repeating: "The Society said it was ready to help. ", count: 8)),
    ] {
      let expression = try Fixture.compile("action.quote matches '\(pattern)'")
      let value = expression.evaluate(bindings(quote: text))
      XCTAssertTrue(value == .null || value == .bool(false), "\(pattern): \(value)")
      // At most one progress report past the budget: bounded in steps, whatever the machine.
      var progress = 0
      _ = try RegexPattern.compile(pattern).get().matches(text, progress: &progress)
      XCTAssertLessThanOrEqual(
        progress, RegexPattern.progressBudget(forLength: text.utf16.count) + 1, pattern)
    }
  }
}
