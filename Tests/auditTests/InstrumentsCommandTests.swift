import AuditTestSupport
import Foundation
import XCTest

/// The shipped case on the command line, read as a compliance committee would after issue 17.
final class InstrumentsCommandTests: XCTestCase {
  func testPrincipleInstrumentsSelectsTheRulesThatRestOnTheMovementsInstruments() throws {
    let folder = try AuditProcess.temporaryFolder()
    let run = try AuditProcess.run([
      "Cases/arcs.yaml", "--principle", "instruments", "-o", folder + "/arcs.md",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("engaging Movement instruments in 2"), run.stdout)
  }

  func testTheJurisdictionStatementCitesTheStatutesAndSevilleTwoAndTheMedalIsBackground() throws {
    let folder = try AuditProcess.temporaryFolder()
    let run = try AuditProcess.run(["Cases/arcs.yaml", "-o", folder + "/arcs.md"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let report = try String(contentsOfFile: folder + "/arcs.md", encoding: .utf8)
    let findings = try XCTUnwrap(report.range(of: "\n## Findings"))
    let background = try XCTUnwrap(report.range(of: "\n## Background"))
    let jurisdiction = String(report[findings.upperBound..<background.lowerBound])
    // Markdown may escape brackets; the words are what a committee reads.
    let plain = jurisdiction.replacingOccurrences(of: "\\", with: "")
    XCTAssertTrue(plain.contains("Article 7 (Cooperation) (in force since October 1986)"), plain)
    XCTAssertTrue(plain.contains("(\"Seville 2.0\")"))
    XCTAssertTrue(plain.contains("in force since June 2022"))
    XCTAssertFalse(jurisdiction.contains("**Unity**"))
    XCTAssertFalse(jurisdiction.contains("medal"))
    XCTAssertFalse(jurisdiction.contains("NEU-013"))
    XCTAssertTrue(report[background.lowerBound...].contains("arcs-medal-aliyev-2003"))
  }
}
