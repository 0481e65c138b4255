import AuditTestSupport
import Foundation
import XCTest

/// `audit schema`: the committed schemas, written again from the loader's declarations.
final class SchemaCommandTests: XCTestCase {
  func testWritesEachCommittedSchemaAndRefusesAnUnknownName() throws {
    let shown = try AuditProcess.run(["schema", "case"])
    XCTAssertEqual(shown.status, 0, shown.stderr)
    XCTAssertEqual(
      shown.stdout,
      try String(
        contentsOfFile: FixturePaths.root + "/docs/schemas/case.schema.json", encoding: .utf8))
    let folder = try AuditProcess.temporaryFolder()
    let all = try AuditProcess.run(["schema", "--all", "-o", folder])
    XCTAssertEqual(all.status, 0, all.stderr)
    let committed = FixturePaths.root + "/docs/schemas"
    let names = try FileManager.default.contentsOfDirectory(atPath: committed).sorted()
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), names)
    for name in names {
      XCTAssertEqual(
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8),
        try String(contentsOfFile: committed + "/" + name, encoding: .utf8), name)
    }
    let unknown = try AuditProcess.run(["schema", "cases"])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertTrue(unknown.stderr.contains("unknown schema 'cases'"), unknown.stderr)
    XCTAssertEqual(try AuditProcess.run(["schema", "--all"]).status, 2, "--all needs -o DIR")
  }
}
