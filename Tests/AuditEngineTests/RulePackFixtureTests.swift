import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import XCTest

/// Broken rule packs loaded on top of the fixture pack, each beside its exact diagnostics.
final class RulePackFixtureTests: XCTestCase {
  func diagnostics(loading folder: String) -> String {
    let (catalogue, problems) = PackLoader.loadCollecting([FixturePaths.pack, folder])
    var all = problems
    if let catalogue {
      do {
        _ = try CompiledRule.compileAll(catalogue)
      } catch {
        all += error.all
      }
    }
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
    for name in [
      "duplicate", "expression-errors", "basis-errors", "bad-standards", "bad-measures",
      "bad-questions",
    ] {
      let folder = FixturePaths.fixtures + "/rules/" + name
      let rendered = diagnostics(loading: folder)
      let expectedPath = FixturePaths.fixtures + "/rules/" + name + ".expected"
      if update { try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8) }
      XCTAssertEqual(rendered, try String(contentsOfFile: expectedPath, encoding: .utf8), name)
    }
  }
}
