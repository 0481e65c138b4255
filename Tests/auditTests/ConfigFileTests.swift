import AuditTestSupport
import Foundation
import XCTest

/// `.audit.yaml` in use: found upward from the current folder, its settings used where the
/// command line gives none, named on stderr, refused with located errors when bad.
final class ConfigFileTests: XCTestCase {
  /// A checkout (`.git`) holding `Cases/valid.yaml` (the fixture case: a high and a medium
  /// finding) and a copy of the fixture pack in `my-rules/`; `config`, if given, as its
  /// `.audit.yaml`.
  private func checkout(config: String? = nil) throws -> String {
    let folder = try AuditProcess.temporaryFolder()
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: folder + "/Cases", withIntermediateDirectories: true)
    try manager.copyItem(
      atPath: FixturePaths.cases + "/valid.yaml", toPath: folder + "/Cases/valid.yaml")
    try manager.copyItem(atPath: FixturePaths.pack, toPath: folder + "/my-rules")
    if let config {
      try config.write(toFile: folder + "/.audit.yaml", atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// No default pack anywhere: the packs come from the configuration or the command line.
  private let noDefault: [String: String?] = ["AUDIT_RULES": nil]

  func testTheSettingsApplyFromASubfolderAndTheCommandLineWins() throws {
    let folder = try checkout(
      config: "rules: [my-rules]\ndefault_rules: false\nfail_on: medium\nformat: json\n")
    let run = try AuditProcess.run(["valid.yaml"], in: folder + "/Cases", environment: noDefault)
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "note: settings from ../.audit.yaml (rules, default_rules, fail_on, format)"),
      run.stderr)
    XCTAssertTrue(run.stderr.contains("at or above medium (--fail-on)"), run.stderr)
    // The packs are the configuration's, so the report is a custom run's, and it says how to
    // reproduce it without the file.
    let report = folder + "/Cases/reports/custom/valid.json"
    let json = try String(contentsOfFile: report, encoding: .utf8)
    XCTAssertTrue(
      json.contains("\"reproduce\": \"audit valid.yaml --rules ../my-rules --no-default-rules"),
      json)

    let overridden = try AuditProcess.run(
      ["valid.yaml", "--fail-on", "critical", "--format", "markdown"], in: folder + "/Cases",
      environment: noDefault)
    XCTAssertEqual(overridden.status, 0, overridden.stderr)
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: folder + "/Cases/reports/custom/valid.md"))

    let ignored = try AuditProcess.run(
      ["valid.yaml", "--no-config"], in: folder + "/Cases", environment: noDefault)
    XCTAssertEqual(ignored.status, 2)
    XCTAssertTrue(ignored.stderr.contains("no default rule pack"), ignored.stderr)
    XCTAssertFalse(ignored.stderr.contains("settings from"), ignored.stderr)
  }

  func testTheEnvironmentStillNamesTheDefaultPackAndTheFilesPacksAddToIt() throws {
    let folder = try checkout(config: "rules: [my-rules]\n")
    // The same pack twice: its rules clash, which shows both were loaded.
    let run = try AuditProcess.run(
      ["check", "Cases/valid.yaml"], in: folder, environment: ["AUDIT_RULES": FixturePaths.pack])
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("[E-RULE-DUPLICATE]"), run.stderr)
    // Every command that loads rules reads the file's packs.
    let listed = try AuditProcess.run(
      ["rules", "list", "--no-default-rules"], in: folder + "/Cases", environment: noDefault)
    XCTAssertEqual(listed.status, 0, listed.stderr)
    XCTAssertTrue(listed.stdout.contains("../my-rules/"), listed.stdout)
    // --rules on the command line replaces the file's packs.
    let replaced = try AuditProcess.run(
      ["check", "Cases/valid.yaml", "--no-default-rules", "--rules", "my-rules"], in: folder,
      environment: noDefault)
    XCTAssertEqual(replaced.status, 0, replaced.stderr)
  }

  func testABadFileIsRefusedWithLocatedErrorsAndNothingIsWritten() throws {
    let folder = try checkout(config: "rules: [my-rules]\nfail_on: severe\nformats: json\n")
    let run = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: noDefault)
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains(".audit.yaml:2:10: error: "), run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        ".audit.yaml:3:1: error: unknown key 'formats' in .audit.yaml; did you mean 'format'?"),
      run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/reports"))
  }

  func testAFileNamedWithConfigIsReadAndOneAboveTheCheckoutIsNot() throws {
    let outer = try AuditProcess.temporaryFolder()
    try "fail_on: info\n".write(toFile: outer + "/.audit.yaml", atomically: true, encoding: .utf8)
    let folder = outer + "/checkout"
    try FileManager.default.moveItem(atPath: try checkout(), toPath: folder)
    let pack: [String: String?] = ["AUDIT_RULES": FixturePaths.pack]
    let plain = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: pack)
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertFalse(plain.stderr.contains("settings from"), plain.stderr)
    let named = try AuditProcess.run(
      ["Cases/valid.yaml", "--config", "../.audit.yaml"], in: folder, environment: pack)
    XCTAssertEqual(named.status, 1, named.stderr)
    XCTAssertTrue(named.stderr.contains("note: settings from ../.audit.yaml (fail_on)"))
    let both = try AuditProcess.run(
      ["Cases/valid.yaml", "--config", "x.yaml", "--no-config"], in: folder, environment: pack)
    XCTAssertEqual(both.status, 2)
  }
}
