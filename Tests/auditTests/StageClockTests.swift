import AuditTestSupport
import Foundation
import XCTest

@testable import audit

/// The stage times of `--timings`, and the progress line a long run shows on a terminal.
final class StageClockTests: XCTestCase {
  /// What a clock wrote, gathered from its timer's thread.
  private final class Written: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ more: String) { lock.withLock { text += more } }
    var value: String { lock.withLock { text } }
  }

  func testOnATerminalALongRunShowsItsStageThenErasesTheLine() {
    let written = Written()
    let clock = StageClock(timings: false, terminal: true, after: 0.05) { written.append($0) }
    clock.begin("evaluate")
    Thread.sleep(forTimeInterval: 0.5)
    clock.finish()
    XCTAssertTrue(written.value.hasPrefix("\r\u{1B}[Kaudit: evaluate… 0 s"), written.value)
    XCTAssertTrue(written.value.hasSuffix("\r\u{1B}[K"), "the line is erased at the end")
  }

  func testNotOnATerminalNothingIsShown() {
    let written = Written()
    let clock = StageClock(timings: false, terminal: false, after: 0) { written.append($0) }
    clock.begin("load")
    Thread.sleep(forTimeInterval: 0.2)
    clock.finish()
    XCTAssertEqual(written.value, "")
  }

  func testTimingsNameEveryStageWithItsDetail() throws {
    let result = try AuditProcess.run([
      FixturePaths.cases + "/valid.yaml", "--no-default-rules", "--rules", FixturePaths.pack,
      "-o", try AuditProcess.temporaryFolder() + "/report.md", "--timings",
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let stages = result.stderr.split(separator: "\n").map { $0.split(separator: " ")[1] }
    XCTAssertEqual(
      stages,
      ["rules", "load", "verify", "evaluate", "assess", "report", "write", "summary", "total"])
    XCTAssertTrue(result.stderr.contains(" rule evaluations\n"), result.stderr)
    let plain = try AuditProcess.run([
      FixturePaths.cases + "/valid.yaml", "--no-default-rules", "--rules", FixturePaths.pack,
      "-o", try AuditProcess.temporaryFolder() + "/report.md",
    ])
    XCTAssertEqual(plain.stderr, "", "no progress line when stderr is not a terminal")
  }
}
