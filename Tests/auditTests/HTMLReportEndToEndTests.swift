import AuditTestSupport
import Foundation
import XCTest

/// `--format html` end to end on the built binary: the page a committee member opens.
final class HTMLReportEndToEndTests: XCTestCase {
  func testTheARCSPageKeepsEveryGuaranteeAndEveryFinding() throws {
    let folder = try AuditProcess.temporaryFolder()
    let markdownRun = try AuditProcess.run(["Cases/arcs.yaml", "-o", folder + "/arcs.md"])
    XCTAssertEqual(markdownRun.status, 0, markdownRun.stderr)
    let htmlRun = try AuditProcess.run([
      "Cases/arcs.yaml", "--format", "html", "-o", folder + "/arcs.html",
    ])
    XCTAssertEqual(htmlRun.status, 0, htmlRun.stderr)
    XCTAssertTrue(htmlRun.stdout.contains("report written to \(folder)/arcs.html"), htmlRun.stdout)
    let markdown = try String(contentsOfFile: folder + "/arcs.md", encoding: .utf8)
    let html = try String(contentsOfFile: folder + "/arcs.html", encoding: .utf8)
    XCTAssertEqual(HTMLChecks.problems(in: html), [])
    XCTAssertTrue(
      html.contains(
        "<title>Audit report: Azerbaijan Red Crescent Society and the Nagorno-Karabakh "
          + "blockade</title>"))
    let findings = markdown.components(separatedBy: "\n### Finding ").count - 1
    XCTAssertEqual(findings, 6)
    XCTAssertEqual(html.components(separatedBy: "<h3 id=\"finding-").count - 1, findings)
    XCTAssertEqual(
      HTMLChecks.count("table", in: html),
      markdown.split(separator: "\n").filter { $0.hasPrefix("| ---") }.count,
      "every table of the Markdown is a table")
    XCTAssertTrue(html.contains("audit Cases/arcs.yaml --format html"), "reproduced as asked")
    let again = try AuditProcess.run([
      "Cases/arcs.yaml", "--format", "html", "-o", folder + "/again.html",
    ])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: folder + "/again.html")),
      Data(html.utf8), "the same bytes every time")
  }

  func testTheDefaultPathIsReportsCaseIDDotHTML() throws {
    // In a copy of the case and the pack, so the default pack and the default path are used.
    let folder = try AuditProcess.temporaryFolder()
    for item in ["Cases", "Rules"] {
      try FileManager.default.copyItem(
        atPath: FixturePaths.root + "/" + item, toPath: folder + "/" + item)
    }
    let result = try AuditProcess.run(["Cases/arcs.yaml", "--format", "html"], in: folder)
    XCTAssertEqual(result.status, 0, result.stderr)
    let html = try String(contentsOfFile: folder + "/reports/arcs.html", encoding: .utf8)
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/reports/arcs.md"))
  }

  func testAHostileCaseFileMakesASafePage() throws {
    let folder = try AuditProcess.temporaryFolder()
    let result = try AuditProcess.run([
      FixturePaths.root + "/Tests/Fixtures/hostile/hostile-case.yaml", "--format", "html", "-o",
      folder + "/h.html",
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let html = try String(contentsOfFile: folder + "/h.html", encoding: .utf8)
    XCTAssertEqual(HTMLChecks.problems(in: html), [])
    XCTAssertFalse(html.lowercased().contains("=\"javascript:"))
    XCTAssertFalse(html.contains(">Finding: fake"), "no heading injected")
    XCTAssertFalse(html.unicodeScalars.contains("\u{202E}"), "no bidi override reaches the reader")
    XCTAssertTrue(html.contains("&lt;script&gt;"), "the hostile text is still there, as text")
  }

  func testTheARCSPageOpensInABrowserWithNoConsoleMessage() throws {
    guard let browser = HeadlessBrowser.find() else {
      throw XCTSkip(
        "chromium not installed (apt-get install chromium): the HTML report was not opened in a browser"
      )
    }
    let folder = try AuditProcess.temporaryFolder()
    let run = try AuditProcess.run([
      "Cases/arcs.yaml", "--format", "html", "-o", folder + "/arcs.html",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    let page = try browser.load(folder + "/arcs.html", profile: folder + "/profile")
    XCTAssertEqual(page.status, 0, page.log)
    XCTAssertEqual(page.consoleMessages, [], "the page logs nothing: no error, no CSP violation")
    XCTAssertTrue(
      page.dom.contains(
        "<title>Audit report: Azerbaijan Red Crescent Society and the Nagorno-Karabakh "
          + "blockade</title>"), String(page.dom.prefix(2000)))
    for number in 1...5 {
      XCTAssertTrue(
        page.dom.contains("<h3 id=\"finding-\(number)\">Finding \(number). "),
        "finding \(number) in the DOM")
    }
    XCTAssertFalse(page.dom.contains("<script"))
  }

  func testTheBrowserCheckSeesAConsoleError() throws {
    // The check above must be able to fail: a page that logs does log, through the same path.
    guard let browser = HeadlessBrowser.find() else {
      throw XCTSkip("chromium not installed (apt-get install chromium)")
    }
    let folder = try AuditProcess.temporaryFolder()
    let file = folder + "/logs.html"
    try Data(
      "<!DOCTYPE html><title>t</title><script>console.error('seen')</script>".utf8
    ).write(to: URL(fileURLWithPath: file))
    let page = try browser.load(file, profile: folder + "/profile")
    XCTAssertEqual(page.consoleMessages.count, 1, page.log)
    XCTAssertTrue(page.consoleMessages.first?.contains("\"seen\"") == true, page.log)
  }
}
