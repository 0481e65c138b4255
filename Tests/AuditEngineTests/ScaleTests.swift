import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditEngine

/// Work that must grow linearly with the case. Each test runs a size at which a quadratic step
/// would take minutes, under a bound a linear one meets many times over even on a loaded machine
/// and in a debug build: a wall-clock bound that only a change of complexity can break.
final class ScaleTests: XCTestCase {
  /// The pattern window found in one pass equals the one found by trying every start.
  func testLongestWindowAgreesWithTheDirectSearch() {
    var random = SeededGenerator(seed: 11)
    for _ in 0..<2000 {
      let count = Int.random(in: 0...30, using: &random)
      let within = Int.random(in: 0...60, using: &random)
      var days: [(Int, Int)] = (0..<count).map { _ in
        let first = Int.random(in: 0...200, using: &random)
        let length = Bool.random(using: &random) ? 0 : Int.random(in: 0...90, using: &random)
        return (first, first + length)
      }
      days.sort { $0.0 < $1.0 }
      let expected = Self.directSearch(days.map(\.0), days.map(\.1), within)
      let found = Evaluator.longestWindow(
        first: days.map(\.0), last: days.map(\.1), within: within)
      XCTAssertEqual(found, expected, "\(days) within \(within)")
    }
  }

  /// A million acts in one window: one pass, not one pass per start (which would take
  /// 500 billion steps here).
  func testTheLongestWindowIsFoundInLinearTime() {
    let size = 1_000_000
    let first = (0..<size).map { $0 / 40_000 }
    let start = Date()
    let found = Evaluator.longestWindow(first: first, last: first, within: 30)
    XCTAssertEqual(found, 0..<size)
    XCTAssertLessThan(Date().timeIntervalSince(start), 30)
  }

  /// 20,000 matching acts in one 28-day window make one pattern citing all of them.
  func testAPatternOverManyActsCitesTheWholeWindow() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    var audit = try EngineFixture.validCase(catalogue)
    let template = audit.actions[2]
    audit.actions = (0..<20_000).map { n in
      var action = template
      action.id = "a\(n)"
      action.date = DateRange(parsing: String(format: "2023-03-%02d", 1 + n % 28))!
      action.tags = ["praise_of_military_action"]
      return action
    }
    audit.episodes = []
    let start = Date()
    let patterns = evaluator.evaluate(audit).hits.filter { $0.rule == "T-002" }
    XCTAssertEqual(patterns.map(\.actions.count), [20_000])
    XCTAssertLessThan(Date().timeIntervalSince(start), 60)
  }

  /// 50,000 acts by 50,000 people: every act's actor, organisation and sources are looked up
  /// by id, not found by scanning the people; grouping into findings is linear too.
  func testManyPeopleAreLookedUpInConstantTime() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    var audit = try EngineFixture.validCase(catalogue)
    let template = audit.actions[0]
    let size = 50_000
    audit.people += (0..<size).map { n in
      Person(
        id: "p\(n)", name: "P \(n)",
        positions: [.init(organization: "ns", role: n % 50 == 0 ? "president" : "volunteer")])
    }
    audit.actions = (0..<size).map { n in
      var action = template
      action.id = "a\(n)"
      action.actor = "p\(n)"
      action.date = DateRange(parsing: "2023-05-01")!
      return action
    }
    audit.episodes = []
    let start = Date()
    let evaluation = evaluator.evaluate(audit)
    let assessment = AuditPipeline(catalogue: catalogue, compiled: []).assess(evaluation)
      .assessment
    XCTAssertEqual(assessment.findings.filter { $0.actions.count == 1 }.count, size / 50)
    XCTAssertLessThan(Date().timeIntervalSince(start), 60)
  }

  /// The search the window replaced: from every start, extend while the run still fits.
  private static func directSearch(_ first: [Int], _ last: [Int], _ within: Int) -> Range<Int> {
    var best = 0..<0
    for start in first.indices {
      var end = start
      var latest = last[start]
      while end + 1 < first.count, max(latest, last[end + 1]) - first[start] <= within {
        latest = max(latest, last[end + 1])
        end += 1
      }
      if latest - first[start] <= within, end - start + 1 > best.count { best = start..<(end + 1) }
    }
    return best
  }
}
