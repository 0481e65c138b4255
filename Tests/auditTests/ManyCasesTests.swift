import AuditTestSupport
import Foundation
import XCTest

/// Many cases in one run: worked on in parallel, their reports and index the same bytes as on
/// one core, and all of them written or none.
final class ManyCasesTests: XCTestCase {
  let pack = ["AUDIT_RULES": FixturePaths.pack]

  /// A folder holding `count` copies of the fixture case, each with its own id; every other
  /// one without the endorsement that the fixture pack's rules find, so the reports differ.
  func folderOfCases(_ count: Int) throws -> (folder: String, cases: [String]) {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/cases", withIntermediateDirectories: true)
    let valid = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    var cases: [String] = []
    for number in 0..<count {
      var text = valid.replacingOccurrences(of: "id: valid\n", with: "id: society-\(number)\n")
      if number % 2 == 1 {
        text = text.replacingOccurrences(
          of: "tags: [electoral_endorsement]", with: "tags: []")
      }
      // Given out of order, so the index's sorting is exercised too.
      let path = "cases/\(String(format: "%02d", (number * 7) % count)).yaml"
      try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
      cases.append(path)
    }
    return (folder, cases)
  }

  /// Every file under `folder/reports`, by name, with its bytes.
  func reports(in folder: String) throws -> [String: Data] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/reports")
    var files: [String: Data] = [:]
    for name in names {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/reports/" + name))
    }
    return files
  }

  func testSeveralCasesInParallelWriteTheSameBytesAsOnOneCore() throws {
    let (parallel, cases) = try folderOfCases(9)
    let (single, _) = try folderOfCases(9)
    for format in ["markdown", "json"] {
      let many = try AuditProcess.run(
        cases + ["--format", format, "--workers", "2"], in: parallel, environment: pack)
      XCTAssertEqual(many.status, 0, many.stderr)
      let one = try AuditProcess.run(
        cases + ["--format", format, "--workers", "1"], in: single, environment: pack)
      XCTAssertEqual(one.status, 0, one.stderr)
      XCTAssertEqual(many.stdout, one.stdout)
      XCTAssertEqual(many.stderr, one.stderr)
      let manyReports = try reports(in: parallel)
      let oneReports = try reports(in: single)
      XCTAssertEqual(manyReports.keys.sorted(), oneReports.keys.sorted())
      for (name, bytes) in manyReports {
        XCTAssertEqual(bytes, oneReports[name], "\(format): reports/\(name) differs")
      }
      XCTAssertNotNil(manyReports["index.md"])
      // Every case has its report, and the cases differ (so the comparison means something).
      let ext = format == "json" ? "json" : "md"
      for number in 0..<9 { XCTAssertNotNil(manyReports["society-\(number).\(ext)"]) }
      XCTAssertNotEqual(manyReports["society-0.\(ext)"], manyReports["society-1.\(ext)"])
      XCTAssertEqual(many.stdout.components(separatedBy: "report written to ").count, 10)
    }
    let index = try String(contentsOfFile: parallel + "/reports/index.md", encoding: .utf8)
    let rows = index.components(separatedBy: "\n").filter { $0.hasPrefix("| [society-") }
    XCTAssertEqual(rows.map { String($0.prefix(13)) }, (0..<9).map { "| [society-\($0)]" })
  }

  func testABadCaseAmongSeveralWritesNothing() throws {
    let (folder, cases) = try folderOfCases(6)
    let broken = "cases/broken.yaml"
    try "case:\n  id: broken\n  title: [unclosed\n".write(
      toFile: folder + "/" + broken, atomically: true, encoding: .utf8)
    for workers in ["1", "2"] {
      let bad = try AuditProcess.run(
        Array(cases[..<3]) + [broken] + Array(cases[3...]) + ["--workers", workers],
        in: folder, environment: pack)
      XCTAssertEqual(bad.status, 2, bad.stderr)
      XCTAssertTrue(bad.stderr.contains("broken.yaml:"), bad.stderr)
      XCTAssertEqual(bad.stdout, "")
      XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/reports"))
    }
    // With reports there already: they stay as they were, and no temporary file is left.
    let good = try AuditProcess.run(cases, in: folder, environment: pack)
    XCTAssertEqual(good.status, 0, good.stderr)
    let before = try reports(in: folder)
    try "case:\n  id: society-0\n  title: [unclosed\n".write(
      toFile: folder + "/" + broken, atomically: true, encoding: .utf8)
    let changed = folder + "/" + cases[0]
    let text = try String(contentsOfFile: changed, encoding: .utf8)
    try text.replacingOccurrences(of: "title: A valid case", with: "title: A changed case")
      .write(toFile: changed, atomically: true, encoding: .utf8)
    let bad = try AuditProcess.run(cases + [broken], in: folder, environment: pack)
    XCTAssertEqual(bad.status, 2, bad.stderr)
    XCTAssertEqual(try reports(in: folder), before)
  }

  func testAReportOfAnotherCaseFileAmongSeveralStopsTheRunWithNothingWritten() throws {
    let (folder, cases) = try folderOfCases(4)
    let first = try AuditProcess.run(cases, in: folder, environment: pack)
    XCTAssertEqual(first.status, 0, first.stderr)
    let before = try reports(in: folder)
    // A copy of a case, keeping its id, given in place of the original.
    let copy = "cases/copy.yaml"
    try FileManager.default.copyItem(atPath: folder + "/" + cases[2], toPath: folder + "/" + copy)
    var others = cases
    others[2] = copy
    let refused = try AuditProcess.run(others + ["--workers", "2"], in: folder, environment: pack)
    XCTAssertEqual(refused.status, 2, refused.stderr)
    XCTAssertTrue(refused.stderr.contains("[E-REPORT-OTHER-CASE]"), refused.stderr)
    XCTAssertEqual(try reports(in: folder), before)
    let forced = try AuditProcess.run(
      others + ["--workers", "2", "--force"], in: folder, environment: pack)
    XCTAssertEqual(forced.status, 0, forced.stderr)
  }

  func testFailOnCountsTheFindingsOfEveryCase() throws {
    let (folder, cases) = try folderOfCases(4)
    let result = try AuditProcess.run(
      cases + ["--fail-on", "info", "--workers", "2"], in: folder, environment: pack)
    XCTAssertEqual(result.status, 1, result.stderr)
    let one = try AuditProcess.run(
      cases + ["--fail-on", "info", "--workers", "1"], in: folder, environment: pack)
    XCTAssertEqual(one.stderr, result.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/reports/index.md"))
  }
}
