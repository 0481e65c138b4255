import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditExpression

/// Whatever the text, compiling returns an expression or diagnostics: it never crashes.
final class RobustnessTests: XCTestCase {
  private static let pieces = [
    "action", "actor", ".", "date", "tags", "roles", "exists", "(", ")", "[", "]", ",", "r",
    "==", "!=", "<", "<=", ">", ">=", "in", "contains", "matches", "and", "or", "not", "!",
    "&&", "||", "+", "-", "\"x", "'a'", "\"(\"", "2023-08", "2023-02-30", "30d", "1.5", "42",
    "null", "true", "size", "has", "lower", "days_between", "{", "}", "\\", "#", "é", "\u{0}",
    " ", "\n", "=", "&", "|", "9999999999999999999999", "1y", "count", "all", "x", "'[a-'",
  ]

  func testRandomTokenSoupNeverCrashes() {
    var generator = SeededGenerator(seed: 0x5EED)
    var compiled = 0
    for _ in 0..<4_000 {
      let count = Int(generator.next() % 14) + 1
      let text = (0..<count).map { _ in
        Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      }.joined(separator: generator.next() % 3 == 0 ? "" : " ")
      for expecting in [ValueType.bool, nil] as [ValueType?] {
        do {
          let expression = try CompiledExpression.compile(
            text, origin: Fixture.origin, scope: Fixture.scope, expecting: expecting)
          _ = expression.evaluate(Fixture.bindings)
          _ = expression.evaluate([])
          _ = expression.trace(Fixture.bindings).rendered()
          compiled += 1
        } catch {
          XCTAssertFalse(error.all.isEmpty, text)
          for diagnostic in error.all {
            XCTAssertTrue(diagnostic.code.rawValue.hasPrefix("E-EXPR-"), text)
            XCTAssertGreaterThanOrEqual(diagnostic.location?.column ?? 0, 7, text)
          }
        }
        _ = try? MessageTemplate.compile(
          "{" + text + "}", origin: Fixture.origin, scope: Fixture.scope)
      }
    }
    XCTAssertGreaterThan(compiled, 0)
  }

  func testRandomWellTypedConditionsEvaluateAndTraceAlike() throws {
    var generator = SeededGenerator(seed: 7)
    let empty = [Fixture.object(Fixture.action, [:]), .null, .null, .null]
    for _ in 0..<1_500 {
      let text = randomCondition(&generator, depth: 3)
      let expression = try Fixture.compile(text, expecting: .bool)
      for bindings in [Fixture.bindings, empty, []] {
        let value = expression.evaluate(bindings)
        // A condition is true, false or unknown (null), never another kind.
        if case .bool = value {} else if value != .null { return XCTFail("\(text) gave \(value)") }
        let trace = expression.trace(bindings)
        XCTAssertEqual(trace.value, value, text)
        if value != .null { XCTAssertEqual(trace.missing, [], text) }
        XCTAssertEqual(trace.text, text)
        XCTAssertFalse(trace.rendered().isEmpty)
      }
    }
  }

  private func randomCondition(_ generator: inout SeededGenerator, depth: Int) -> String {
    func pick(_ options: [String]) -> String {
      options[Int(generator.next() % UInt64(options.count))]
    }
    let leaves = [
      "action.date \(pick(["<", "<=", ">", ">=", "==", "!="])) \(pick(["2023-08", "2023-08-15", "case.period.from", "action.date + 30d", "null"]))",
      "\(pick(["action.id", "org.country", "lower(actor.name)", "'a1'"])) \(pick(["==", "!=", "<"])) \(pick(["'a1'", "org.id", "null"]))",
      "'president' in actor.roles", "action.tags contains 'electoral_endorsement'",
      "size(action.tags) \(pick(["<", ">=", "=="])) \(pick(["0", "1", "1.5"]))", "has(org.country)",
      "action.quote matches 'c.*s'", "days_between(action.date, case.period.to) > 100",
      "[1, 2.5].count(n, n > 1) == 1", "actor.positions.exists(p, p.to == null)",
      "action.evidence.all(e, e.credibility <= 3 or e.source.id == 'occrp')",
      "action.date - 1y \(pick(["<", ">"])) 2022-09", "2023-08-01 + 6w > action.date",
    ]
    if depth == 0 || generator.next() % 3 == 0 { return pick(leaves) }
    let left = randomCondition(&generator, depth: depth - 1)
    let right = randomCondition(&generator, depth: depth - 1)
    switch generator.next() % 5 {
    case 0: return "\(left) and \(right)"
    case 1: return "(\(left) || \(right))"
    case 2: return "not (\(left))"
    case 3: return "actor.roles.exists(r, r == 'volunteer' \(pick(["and", "or"])) \(left))"
    default: return "\(left) or \(right)"
    }
  }

  func testRandomScalarsNeverCrash() {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<2_000 {
      let count = Int(generator.next() % 30)
      var scalars = String.UnicodeScalarView()
      for _ in 0..<count {
        let value = UInt32(generator.next() % 0x80)
        scalars.append(Unicode.Scalar(value)!)
      }
      let text = String(scalars)
      _ = try? CompiledExpression.compile(text, origin: Fixture.origin, scope: Fixture.scope)
      _ = try? MessageTemplate.compile(text, origin: Fixture.origin, scope: Fixture.scope)
    }
  }

  func testCompiledExpressionsAreSharedAcrossThreads() throws {
    let expression = try Fixture.compile(
      "action.quote matches 'crisis' and actor.roles.exists(r, r == 'president')")
    let results = LockedResults(count: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      var all = true
      for _ in 0..<200 { all = all && expression.evaluate(Fixture.bindings) == .bool(true) }
      results.set(index, all)
    }
    XCTAssertEqual(results.values, Array(repeating: true, count: 8))
  }
}

/// One slot per concurrent iteration; each is written by exactly one iteration.
final class LockedResults: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Bool]
  init(count: Int) { storage = Array(repeating: false, count: count) }
  func set(_ index: Int, _ value: Bool) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }
  var values: [Bool] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
