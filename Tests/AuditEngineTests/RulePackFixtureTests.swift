import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

/// Broken rule packs loaded on top of the fixture pack, each beside its exact diagnostics.
final class RulePackFixtureTests: XCTestCase {
  static let brokenPacks = [
    "duplicate", "expression-errors", "basis-errors", "bad-standards", "bad-measures",
    "bad-questions",
  ]

  /// The problems of loading `folder` on top of the fixture pack and compiling its rules, in
  /// the order the loader and the compiler give them.
  func problems(loading folder: String, parallel: Bool = true) -> [Diagnostic] {
    let (catalogue, problems) = PackLoader.loadCollecting(
      [FixturePaths.pack, folder], parallel: parallel)
    var all = problems
    if let catalogue {
      do {
        _ = try CompiledRule.compileAll(catalogue, parallel: parallel)
      } catch {
        all += error.all
      }
    }
    return all
  }

  func diagnostics(loading folder: String) -> String {
    let all = problems(loading: folder)
    let sources = Dictionary(
      uniqueKeysWithValues: Set(all.compactMap(\.location?.path)).map { path in
        (
          path,
          SourceText(path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        )
      })
    return all.sorted().map { FixturePaths.relative($0.rendered(with: sources)) }.joined(
      separator: "\n") + "\n"
  }

  func testBrokenPacksGiveTheirExpectedDiagnostics() throws {
    let update = ProcessInfo.processInfo.environment["AUDIT_UPDATE_GOLDEN"] == "1"
    for name in Self.brokenPacks {
      let folder = FixturePaths.fixtures + "/rules/" + name
      let rendered = diagnostics(loading: folder)
      let expectedPath = FixturePaths.fixtures + "/rules/" + name + ".expected"
      if update { try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8) }
      XCTAssertEqual(rendered, try String(contentsOfFile: expectedPath, encoding: .utf8), name)
    }
  }

  /// Files parsed and rules compiled on every core give the problems one thread gives, in the
  /// same order (unsorted here), whichever worker finishes first: run several times.
  func testEveryCoreGivesOneThreadsProblemsInItsOrder() {
    for name in Self.brokenPacks {
      let folder = FixturePaths.fixtures + "/rules/" + name
      let serial = problems(loading: folder, parallel: false)
      XCTAssertFalse(serial.isEmpty, name)
      for _ in 0..<5 {
        XCTAssertEqual(problems(loading: folder, parallel: true), serial, name)
      }
    }
  }

  /// The shipped pack loads and compiles to the same rules on every core as on one.
  func testEveryCoreLoadsAndCompilesTheShippedPackAsOneThreadDoes() throws {
    let serial = try PackLoader.load([FixturePaths.root + "/Rules"], parallel: false)
    let parallel = try PackLoader.load([FixturePaths.root + "/Rules"], parallel: true)
    XCTAssertEqual(parallel.rules.map(\.id), serial.rules.map(\.id))
    XCTAssertEqual(parallel.inputs.map(\.path), serial.inputs.map(\.path))
    XCTAssertGreaterThan(serial.rules.count, 10)
    let compiledSerially = try CompiledRule.compileAll(serial, parallel: false)
    let compiled = try CompiledRule.compileAll(parallel, parallel: true)
    XCTAssertEqual(compiled.map(\.spec.id), compiledSerially.map(\.spec.id))
    XCTAssertEqual(compiled.map(\.spec.id), serial.rules.map(\.id))
  }
}
