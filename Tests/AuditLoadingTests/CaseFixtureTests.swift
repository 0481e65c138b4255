import AuditCore
import AuditTestSupport
import XCTest

@testable import AuditLoading

/// One broken case per class of loading error, each beside the exact diagnostics it must give.
final class CaseFixtureTests: XCTestCase {
  func testEveryBrokenCaseGivesItsExpectedDiagnostics() throws {
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    let names = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.cases)
      .filter { $0.hasSuffix(".yaml") && $0 != "valid.yaml" }.sorted()
    XCTAssertGreaterThan(names.count, 20)
    let update = ProcessInfo.processInfo.environment["AUDIT_UPDATE_GOLDEN"] == "1"
    for name in names {
      let path = FixturePaths.cases + "/" + name
      let expectedPath = path.replacingOccurrences(of: ".yaml", with: ".expected")
      let rendered: String
      do {
        _ = try CaseLoader.load(path: path, vocabulary: vocabulary)
        rendered = "(loaded without error)\n"
      } catch {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let sources = [path: SourceText(path: path, text: text)]
        rendered =
          error.all.map { FixturePaths.relative($0.rendered(with: sources)) }
          .joined(separator: "\n") + "\n"
      }
      if update { try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8) }
      let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
      XCTAssertEqual(rendered, expected, name)
    }
  }

  func testValidCaseLoadsAndReadsScalarsByTheSchema() throws {
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    let loaded = try CaseLoader.load(
      path: FixturePaths.cases + "/valid.yaml", vocabulary: vocabulary)
    let audit = loaded.audit
    XCTAssertEqual(audit.organization("ns")?.country, "NO", "NO is Norway, not false")
    XCTAssertEqual(audit.actions.map(\.id), ["sg-endorses", "pres-endorses", "meeting"])
    XCTAssertEqual(audit.actions[0].date, DateRange(parsing: "2023-08-20/2023-09-08"))
    XCTAssertEqual(audit.actions[0].dateNote, "in the weeks before the vote, says the report")
    XCTAssertNil(audit.actions[0].capacity)
    XCTAssertEqual(audit.actions[1].capacity, .stated)
    XCTAssertEqual(audit.actions[2].date, DateRange(parsing: "2023"))
    XCTAssertEqual(audit.actions[0].evidence[0].locator, "p. 2")
    XCTAssertEqual(audit.actions.map { $0.evidence[0].kind }, [.words, .words, .fact])
    XCTAssertEqual(audit.actions.map { $0.evidence[0].translated }, [true, false, false])
    XCTAssertEqual(audit.source("report")?.language, "en")
    XCTAssertEqual(audit.source("report")?.republishedFrom?.publisher, "Nordland Daily")
    XCTAssertEqual(audit.source("report")?.republishedFrom?.url, "https://example.org/original")
    XCTAssertNil(audit.source("ns-statement")?.republishedFrom)
    XCTAssertEqual(audit.episodes.map(\.id), ["endorsements"])
    XCTAssertEqual(audit.episodes[0].actions, ["sg-endorses", "pres-endorses"])
    XCTAssertEqual(audit.episodes[0].summary?.hasPrefix("The secretary general"), true)
    XCTAssertEqual(audit.people[0].positions[0].from, PartialDate(year: 2010))
    XCTAssertEqual(audit.responses[0].outcome, .noResponse)
    XCTAssertEqual(audit.period.from, PartialDate(year: 2023, month: 1, day: 1))
    XCTAssertEqual(loaded.input.sha256.count, 64)
  }
}
