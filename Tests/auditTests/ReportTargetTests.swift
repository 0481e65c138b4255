import AuditTestSupport
import Foundation
import XCTest

/// A report is named by its case id, so a copied case (same id) must not silently replace the
/// report of the case it was copied from; the same case re-run replaces its report, from any
/// folder (docs/commands.md, "Where reports go").
final class ReportTargetTests: XCTestCase {
  let pack = ["AUDIT_RULES": FixturePaths.pack]

  /// A folder with `Cases/valid.yaml` (the fixture case) and, when asked, `Cases/copy.yaml`
  /// (the same case under another name).
  private func checkout(withCopy: Bool = true) throws -> String {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/Cases", withIntermediateDirectories: true)
    let text = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    try text.write(toFile: folder + "/Cases/valid.yaml", atomically: true, encoding: .utf8)
    if withCopy {
      try text.write(toFile: folder + "/Cases/copy.yaml", atomically: true, encoding: .utf8)
    }
    return folder
  }

  func testACopiedCaseDoesNotReplaceTheReportOfTheCaseItWasCopiedFromInAnyFormat() throws {
    let folder = try checkout()
    for (format, ext) in [("markdown", "md"), ("json", "json"), ("html", "html")] {
      let report = folder + "/reports/valid." + ext
      let first = try AuditProcess.run(
        ["Cases/valid.yaml", "--format", format], in: folder, environment: pack)
      XCTAssertEqual(first.status, 0, first.stderr)
      let written = try Data(contentsOf: URL(fileURLWithPath: report))

      let copy = try AuditProcess.run(
        ["Cases/copy.yaml", "--format", format], in: folder, environment: pack)
      XCTAssertEqual(copy.status, 2, format)
      XCTAssertTrue(copy.stderr.contains("[E-REPORT-OTHER-CASE]"), copy.stderr)
      XCTAssertTrue(
        copy.stderr.contains(
          "reports/valid.\(ext) is the report of Cases/valid.yaml, not of Cases/copy.yaml"),
        copy.stderr)
      XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: report)), written, format)

      let forced = try AuditProcess.run(
        ["Cases/copy.yaml", "--format", format, "--force"], in: folder, environment: pack)
      XCTAssertEqual(forced.status, 0, forced.stderr)
      let replaced = try String(contentsOfFile: report, encoding: .utf8)
      XCTAssertTrue(replaced.contains("Cases/copy.yaml"), format)
      // Now the copy's report: the original case is refused in turn.
      let back = try AuditProcess.run(
        ["Cases/valid.yaml", "--format", format], in: folder, environment: pack)
      XCTAssertEqual(back.status, 2, back.stderr)
    }
  }

  func testTheSameCaseReplacesItsReportSilentlyFromAnotherFolder() throws {
    let folder = try checkout(withCopy: false)
    let first = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: pack)
    XCTAssertEqual(first.status, 0, first.stderr)
    let again = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: pack)
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertFalse(again.stderr.contains("error"), again.stderr)
    // From the case's folder, to the same report: the recorded `Cases/valid.yaml` is found
    // from the folder holding `reports/`.
    let inside = try AuditProcess.run(
      ["valid.yaml", "-o", "../reports/valid.md"], in: folder + "/Cases", environment: pack)
    XCTAssertEqual(inside.status, 0, inside.stderr)
    // From elsewhere, with absolute paths, over the report that records `valid.yaml`.
    let elsewhere = try AuditProcess.temporaryFolder()
    let outside = try AuditProcess.run(
      [folder + "/Cases/valid.yaml", "-o", folder + "/reports/valid.md"], in: elsewhere,
      environment: pack)
    XCTAssertEqual(outside.status, 0, outside.stderr)
    // And back from the root, over the report recording the absolute path.
    let back = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: pack)
    XCTAssertEqual(back.status, 0, back.stderr)
  }

  func testAFileThatRecordsNoCaseIsReplacedAsBefore() throws {
    let folder = try checkout(withCopy: false)
    try FileManager.default.createDirectory(
      atPath: folder + "/reports", withIntermediateDirectories: true)
    try "notes of my own\n".write(
      toFile: folder + "/reports/valid.md", atomically: true, encoding: .utf8)
    let run = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: pack)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertNotEqual(
      try String(contentsOfFile: folder + "/reports/valid.md", encoding: .utf8),
      "notes of my own\n")
  }

  func testTwoCasesWithOneIdInOneRunAreNamedBothAndNothingIsWritten() throws {
    let folder = try checkout()
    let run = try AuditProcess.run(
      ["Cases/valid.yaml", "Cases/copy.yaml"], in: folder, environment: pack)
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("[E-CASE-DUPLICATE]"), run.stderr)
    XCTAssertTrue(
      run.stderr.contains("Cases/copy.yaml and Cases/valid.yaml have the same case id 'valid'"),
      run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/reports"))
  }

  func testNewReportsInACheckoutAreNamedAsNotYetInGit() throws {
    let folder = try checkout(withCopy: false)
    let outside = try AuditProcess.run(["Cases/valid.yaml"], in: folder, environment: pack)
    XCTAssertEqual(outside.status, 0, outside.stderr)
    XCTAssertFalse(outside.stderr.contains("not yet in git"), outside.stderr)

    let repository = try checkout(withCopy: false)
    try FileManager.default.createDirectory(
      atPath: repository + "/.git", withIntermediateDirectories: true)
    try "reports/custom/\n".write(
      toFile: repository + "/.gitignore", atomically: true, encoding: .utf8)
    let inside = try AuditProcess.run(["Cases/valid.yaml"], in: repository, environment: pack)
    XCTAssertEqual(inside.status, 0, inside.stderr)
    XCTAssertTrue(
      inside.stderr.contains("note: 1 new report not yet in git: reports/valid.md"), inside.stderr)
    XCTAssertTrue(inside.stderr.contains("-o reports/custom/NAME.md"), inside.stderr)
    // Replaced, not new: nothing to say.
    let again = try AuditProcess.run(["Cases/valid.yaml"], in: repository, environment: pack)
    XCTAssertFalse(again.stderr.contains("not yet in git"), again.stderr)
    // Several cases: their index is as new to git as they are.
    let text = try String(contentsOfFile: repository + "/Cases/valid.yaml", encoding: .utf8)
      .replacingOccurrences(of: "id: valid\n", with: "id: second\n")
    try text.write(toFile: repository + "/Cases/second.yaml", atomically: true, encoding: .utf8)
    let both = try AuditProcess.run(
      ["Cases/valid.yaml", "Cases/second.yaml"], in: repository, environment: pack)
    XCTAssertEqual(both.status, 0, both.stderr)
    XCTAssertTrue(
      both.stderr.contains("2 new reports not yet in git: reports/second.md, reports/index.md"),
      both.stderr)
    // In the ignored folder: nothing to say either.
    let custom = try AuditProcess.run(
      ["Cases/valid.yaml", "-o", "reports/custom/valid.md"], in: repository, environment: pack)
    XCTAssertEqual(custom.status, 0, custom.stderr)
    XCTAssertFalse(custom.stderr.contains("not yet in git"), custom.stderr)
  }
}
