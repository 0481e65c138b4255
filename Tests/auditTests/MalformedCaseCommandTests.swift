import AuditCore
import AuditTestSupport
import Foundation
import XCTest

/// `audit check` on a malformed case: what it prints is the located error with the line and
/// caret that the whole file shows, the excerpt read for its line alone.
final class MalformedCaseCommandTests: XCTestCase {
  let fixtureRules = ["--no-default-rules", "--rules", FixturePaths.pack]

  /// The diagnostic line and the excerpt of the whole text at `line`, `column`.
  private func expected(_ text: String, _ path: String, line: Int, column: Int, _ rest: String)
    -> String
  {
    let location = SourceLocation(path: path, line: line, column: column)
    let excerpt = SourceText(path: path, text: text).excerpt(at: location) ?? "(none)"
    return "\(path):\(line):\(column): error: \(rest)\n\(excerpt)\n"
  }

  func testASyntaxErrorAndAnUnknownKeyDeepInACaseShowTheirLines() throws {
    let folder = try AuditProcess.temporaryFolder()
    let valid = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    let many = String(repeating: "  - {by: ns, outcome: declined}\n", count: 3_000)
    let long = String(
      repeating: "{source: report, quote: \"No reply.\", credibility: 2, kind: fact}, ", count: 60)

    let broken = valid.replacingOccurrences(
      of: "responses:\n", with: "responses:\n" + many + "  - {by: ns, outcome: declined]\n" + many)
    let brokenPath = folder + "/broken.yaml"
    try broken.write(toFile: brokenPath, atomically: true, encoding: .utf8)
    let syntax = try AuditProcess.run(["check", brokenPath] + fixtureRules)
    XCTAssertEqual(syntax.status, 2)
    let line = broken.components(separatedBy: "\n").firstIndex { $0.hasSuffix("declined]") }! + 1
    XCTAssertEqual(
      syntax.stderr,
      expected(
        broken, brokenPath, line: line, column: 31,
        "invalid YAML: did not find expected ',' or '}' while parsing a flow mapping (which started at line \(line), column 5) [E-YAML-SYNTAX]"
      ))

    let unknown = valid.replacingOccurrences(
      of: "responses:\n",
      with: "responses:\n" + many + "  - {by: ns, outcome: declined, evidence: [" + long
        + "], bogus: 1}\n")
    let unknownPath = folder + "/unknown.yaml"
    try unknown.write(toFile: unknownPath, atomically: true, encoding: .utf8)
    let key = try AuditProcess.run(["check", unknownPath] + fixtureRules)
    XCTAssertEqual(key.status, 2)
    let lines = unknown.components(separatedBy: "\n")
    let keyLine = lines.firstIndex { $0.contains("bogus") }! + 1
    let keyColumn = lines[keyLine - 1].components(separatedBy: "bogus")[0].count + 1
    XCTAssertEqual(
      key.stderr,
      expected(
        unknown, unknownPath, line: keyLine, column: keyColumn,
        "unknown key 'bogus' in a response [E-SCHEMA-UNKNOWN-KEY]"))
    XCTAssertTrue(key.stderr.contains("…"), "a long line is cut around the column: \(key.stderr)")
  }
}
