import AuditTestSupport
import Foundation
import XCTest

/// The report as the command writes it, end to end on the built binary: what a committee reads.
final class ReportEndToEndTests: XCTestCase {
  func testTheCaseReportIsShortAndSaysEachThingOnce() throws {
    let folder = try AuditProcess.temporaryFolder()
    let result = try AuditProcess.run(["Cases/arcs.yaml", "-o", folder + "/arcs.md"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let markdown = try String(contentsOfFile: folder + "/arcs.md", encoding: .utf8)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertLessThanOrEqual(lines.count, 750)  // the case quotes 24 sources since issue 19
    var seen: [Substring: Int] = [:]
    for line in lines where line.count > 80 { seen[line, default: 0] += 1 }
    let repeated = seen.filter { $0.value > 1 }.keys.sorted()
    XCTAssertEqual(repeated, [], "no line over 80 characters is said twice")
  }

  func testCountsAgreeAcrossTerminalMarkdownAndJSON() throws {
    let folder = try AuditProcess.temporaryFolder()
    let run = try AuditProcess.run(["Cases/arcs.yaml", "-o", folder + "/arcs.md"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let json = try AuditProcess.run([
      "Cases/arcs.yaml", "--format", "json", "-o", folder + "/arcs.json",
    ])
    XCTAssertEqual(json.status, 0, json.stderr)
    let markdown = try String(contentsOfFile: folder + "/arcs.md", encoding: .utf8)
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/arcs.json"))
    let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let counts = try XCTUnwrap(document["counts"] as? [String: Any])
    let findings = try XCTUnwrap(document["findings"] as? [Any])
    let context = try XCTUnwrap(document["context"] as? [Any])
    let patterns = try XCTUnwrap(document["patterns"] as? [Any])
    XCTAssertEqual(counts["findings"] as? Int, findings.count)
    XCTAssertEqual(counts["context"] as? Int, context.count)
    XCTAssertEqual(counts["patterns"] as? Int, patterns.count)
    // The terminal's count line is the Markdown's result sentence, word for word (unescaped).
    let sentence = try XCTUnwrap(
      run.stdout.split(separator: "\n").first { $0.contains(" about the subject") })
    XCTAssertTrue(sentence.hasPrefix("\(findings.count) finding"), String(sentence))
    XCTAssertTrue(sentence.contains("\(context.count) context hit"), String(sentence))
    XCTAssertTrue(sentence.contains("\(patterns.count) pattern"), String(sentence))
    let result = try XCTUnwrap(
      markdown.split(separator: "\n").first { $0.hasPrefix("- **Counts:** ") })
    XCTAssertEqual(
      result.dropFirst("- **Counts:** ".count).replacingOccurrences(of: "\\", with: ""),
      String(sentence))
    XCTAssertEqual(
      markdown.components(separatedBy: "\n### Finding ").count - 1, findings.count,
      "one section per finding")
  }

  func testTheReproduceCommandRewritesTheSameBytes() throws {
    // In a copy of the case and the pack, so the default output path is the copy's.
    let folder = try AuditProcess.temporaryFolder()
    for item in ["Cases", "Rules"] {
      try FileManager.default.copyItem(
        atPath: FixturePaths.root + "/" + item, toPath: folder + "/" + item)
    }
    let first = try AuditProcess.run(
      [
        "Cases/arcs.yaml", "--archive-dir", "Cases", "--format", "json", "--date", "2024-08-30",
        "-o", "elsewhere.json",
      ], in: folder)
    XCTAssertEqual(first.status, 0, first.stderr)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/elsewhere.json"))
    let document = try XCTUnwrap(JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    let command = try XCTUnwrap(document["reproduce"] as? String)
    XCTAssertEqual(
      command, "audit Cases/arcs.yaml --archive-dir Cases --date 2024-08-30 --format json")
    let again = try AuditProcess.run(
      Array(command.split(separator: " ").map(String.init).dropFirst()), in: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: folder + "/reports/arcs.json")), bytes,
      "the same bytes, wherever the report is written")
  }

  func testAHostileCaseFileRendersToSafeHTML() throws {
    guard CmarkGFM.executable != nil else {
      throw XCTSkip("cmark-gfm is not installed (apt-get install cmark-gfm)")
    }
    let folder = try AuditProcess.temporaryFolder()
    let result = try AuditProcess.run([
      FixturePaths.root + "/Tests/Fixtures/hostile/hostile-case.yaml", "-o", folder + "/h.md",
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let markdown = try String(contentsOfFile: folder + "/h.md", encoding: .utf8)
    let html = try XCTUnwrap(CmarkGFM.html(markdown))
    let lower = html.lowercased()
    // The hostile text is still there, as text; no element or attribute comes from it.
    for forbidden in ["<script", "<img", "<iframe", "=\"javascript:"] {
      XCTAssertFalse(lower.contains(forbidden), forbidden)
    }
    XCTAssertNil(lower.range(of: #"<[a-z][^>]*\son[a-z]+="#, options: .regularExpression))
    let links = html.components(separatedBy: "href=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    for href in links {
      XCTAssertTrue(
        href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("#fn"), href)
    }
    XCTAssertFalse(html.contains("<h2>Finding: fake"), "no heading injected")
    XCTAssertFalse(html.unicodeScalars.contains("\u{202E}"), "no bidi override reaches the reader")
  }
}
