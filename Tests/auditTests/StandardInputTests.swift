import AuditTestSupport
import Foundation
import XCTest

/// `audit -` reads the case from standard input: located as `<stdin>:line:col`, bounded like
/// any pipe, its report named by its case id, its archive paths relative to the current folder.
final class StandardInputTests: XCTestCase {
  let pack = ["AUDIT_RULES": FixturePaths.pack]

  func testACasePipedInIsAuditedAndItsReportNamedByItsId() throws {
    let folder = try AuditProcess.temporaryFolder()
    let text = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.cases + "/valid.yaml"))
    let run = try AuditProcess.run(["-"], in: folder, environment: pack, input: text)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("report written to reports/valid.md"), run.stdout)
    let report = try String(contentsOfFile: folder + "/reports/valid.md", encoding: .utf8)
    XCTAssertTrue(report.contains("<stdin>"), report)
    // Again from standard input: its own report, replaced silently.
    let again = try AuditProcess.run(["-"], in: folder, environment: pack, input: text)
    XCTAssertEqual(again.status, 0, again.stderr)
    // To standard output, with `audit check` too.
    let json = try AuditProcess.run(
      ["-", "--format", "json", "-o", "-"], in: folder, environment: pack, input: text)
    XCTAssertEqual(json.status, 0, json.stderr)
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
    let recorded = ((document as? [String: Any])?["case"] as? [String: Any])?["path"] as? String
    XCTAssertEqual(recorded, "<stdin>")
    let check = try AuditProcess.run(["check", "-"], in: folder, environment: pack, input: text)
    XCTAssertEqual(check.status, 0, check.stderr)
  }

  func testErrorsInAPipedCaseAreLocatedAtStdin() throws {
    let folder = try AuditProcess.temporaryFolder()
    let run = try AuditProcess.run(
      ["-"], in: folder, environment: pack, input: Data("case:\n  id: x\n  bogus: 1\n".utf8))
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("<stdin>:3:3: error: unknown key 'bogus'"), run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/reports"))
    let twice = try AuditProcess.run(["-", "-"], in: folder, environment: pack, input: Data())
    XCTAssertEqual(twice.status, 2)
    XCTAssertTrue(twice.stderr.contains("'-' (standard input) can be given once"), twice.stderr)
  }

  func testAPipedCaseIsBoundedLikeAnyPipe() throws {
    let folder = try AuditProcess.temporaryFolder()
    // One byte past the pipe's bound (256 MiB) is refused before the case is parsed.
    var big = Data("# ".utf8)
    big.append(Data(repeating: UInt8(ascii: "x"), count: (256 << 20) - 1))
    let run = try AuditProcess.run(["-"], in: folder, environment: pack, input: big)
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("<stdin>"), run.stderr)
    XCTAssertTrue(run.stderr.contains("[E-INPUT-SIZE]"), run.stderr)
  }

  func testArchivePathsOfAPipedCaseAreRelativeToTheCurrentFolder() throws {
    let folder = try AuditProcess.temporaryFolder()
    let source = FixturePaths.root + "/Cases"
    let text = try Data(contentsOf: URL(fileURLWithPath: source + "/brc.yaml"))
    let rules = ["AUDIT_RULES": FixturePaths.root + "/Rules"]
    // From the case's own folder every archived copy is found; from elsewhere none is.
    let home = try AuditProcess.run(
      ["-", "-o", folder + "/r.md"], in: source, environment: rules, input: text)
    XCTAssertEqual(home.status, 0, home.stderr)
    XCTAssertFalse(home.stderr.contains("W-ARCHIVE-MISSING"), home.stderr)
    let away = try AuditProcess.run(
      ["-", "-o", folder + "/r.md"], in: folder, environment: rules, input: text)
    XCTAssertTrue(away.stderr.contains("not found at './archive/"), away.stderr)
  }
}
