import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditEngine

/// Work that must grow linearly with the case, counted in steps rather than timed, so that no
/// machine's load or build can make a test fail or pass: each test runs a size at which a
/// quadratic step would take billions of steps, and bounds the steps by a small multiple of
/// the size.
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
  /// 500 billion steps here). Each act is a start once, enters the run once, ends at most one
  /// failed extension as a start and leaves the queue of last days at most once: at most four
  /// steps an act.
  func testTheLongestWindowIsFoundInLinearSteps() {
    let size = 1_000_000
    let first = (0..<size).map { $0 / 40_000 }
    var steps = 0
    let found = Evaluator.longestWindow(first: first, last: first, within: 30, steps: &steps)
    XCTAssertEqual(found, 0..<size)
    XCTAssertLessThanOrEqual(steps, 4 * size)
    // Acts spread over years: many short windows, the same bound.
    let spread = (0..<size).map { $0 / 100 }
    var spreadSteps = 0
    let short = Evaluator.longestWindow(
      first: spread, last: spread.map { $0 + 5 }, within: 30, steps: &spreadSteps)
    XCTAssertEqual(short.count, 2_600)
    XCTAssertLessThanOrEqual(spreadSteps, 4 * size)
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
    let patterns = evaluator.evaluate(audit).hits.filter { $0.rule == "T-002" }
    XCTAssertEqual(patterns.map(\.actions.count), [20_000])
    // The grouping and the window search, counted: one step per act grouped and at most
    // four per act in the window.
    let rule = try XCTUnwrap(evaluator.rules.first { $0.spec.id == "T-002" })
    var steps = 0
    let windows = Evaluator.windows(
      CaseValues(audit).actions, try XCTUnwrap(rule.spec.aggregate), groupBy: rule.groupBy,
      steps: &steps)
    XCTAssertEqual(windows.map(\.count), [20_000])
    XCTAssertLessThanOrEqual(steps, 5 * 20_000)
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
    let evaluation = evaluator.evaluate(audit)
    let assessment = AuditPipeline(catalogue: catalogue, compiled: []).assess(evaluation)
      .assessment
    XCTAssertEqual(assessment.findings.filter { $0.actions.count == 1 }.count, size / 50)
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
