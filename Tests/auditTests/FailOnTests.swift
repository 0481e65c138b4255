import AuditTestSupport
import Foundation
import XCTest

/// `--fail-on` asks about the assessment's findings and patterns about the subject, as the
/// README says, never about raw rule hits: an authority's act is context, not a finding.
final class FailOnTests: XCTestCase {
  let root = FixturePaths.root

  /// The control case with one more act: the government halts a relief convoy (ACC-001, a
  /// context rule of high severity, hits it).
  private func controlCaseWithAHaltedConvoy(in folder: String) throws -> String {
    var text = try String(
      contentsOfFile: root + "/Cases/control-proper-conduct.yaml", encoding: .utf8)
    XCTAssertTrue(text.hasSuffix("credibility: 2\n"), "the control case no longer ends with an act")
    text += """

        - id: relief-convoy-halted
          date: 2025-08-04
          actor: gov
          type: restriction
          targets: [rrc]
          summary: >-
            The government halted the Society's relief convoy to the flooded valley for three days.
          tags: [halts_humanitarian_convoys]
          evidence:
            - source: control-notes
              quote: "The government halted the Society's relief convoy to the flooded valley for three days."
              kind: fact
              credibility: 2

      """
    let path = folder + "/control.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func testAContextHitOnAGovernmentsActDoesNotFailTheRun() throws {
    let folder = try AuditProcess.temporaryFolder()
    let path = try controlCaseWithAHaltedConvoy(in: folder)
    let result = try AuditProcess.run([path, "--fail-on", "high", "-o", folder + "/control.md"])
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertTrue(result.stdout.contains("0 findings"), result.stdout)
    XCTAssertTrue(result.stdout.contains("1 context hit"), result.stdout)
    XCTAssertFalse(result.stderr.contains("--fail-on"), result.stderr)
  }

  func testAPatternAboutTheSubjectAtOrAboveTheThresholdFailsTheRun() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/pack/neutrality", withIntermediateDirectories: true)
    // A pattern rule only: the run has patterns about the subject and no finding.
    try """
    id: PT-001
    title: Repeated public statements
    principle: neutrality
    applies_to: [national_society]
    severity: high
    when: action.type == "public_statement" and actor.id == org.id
    aggregate: {at_least: 2, within: 365d, group_by: org.id}
    message: "{org.name} spoke publicly more than once in a year"
    rationale: Written during the test, to make a pattern and no finding.
    """.write(toFile: folder + "/pack/neutrality/PT-001.yaml", atomically: true, encoding: .utf8)
    let base = [
      root + "/Cases/control-proper-conduct.yaml", "--rules", folder + "/pack", "-o",
      folder + "/control.md",
    ]
    let high = try AuditProcess.run(base + ["--fail-on", "high"])
    XCTAssertEqual(high.status, 1, high.stdout + high.stderr)
    XCTAssertTrue(high.stdout.contains("0 findings"), high.stdout)
    XCTAssertTrue(high.stdout.contains("1 pattern"), high.stdout)
    // One line on stderr says why the run failed.
    XCTAssertEqual(
      high.stderr, "audit: 1 pattern about the subject at or above high (--fail-on): exit 1\n")
    let critical = try AuditProcess.run(base + ["--fail-on", "critical"])
    XCTAssertEqual(critical.status, 0, critical.stdout + critical.stderr)
    XCTAssertEqual(critical.stderr, "")
  }
}
