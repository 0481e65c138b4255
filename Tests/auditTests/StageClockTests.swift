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

  // The timer's tick is called directly rather than waited for: a test that sleeps for the
  // timer depends on the machine's load.
  func testOnATerminalALongRunShowsItsStageThenErasesTheLine() {
    let written = Written()
    let clock = StageClock(timings: false, terminal: true, after: 3600) { written.append($0) }
    XCTAssertTrue(clock.showsProgress)
    clock.begin("evaluate")
    clock.showProgress()
    clock.finish()
    let line = written.value
    XCTAssertNotNil(
      line.range(
        of: #"^\r\x{1B}\[Kaudit: evaluate… [0-9]+ s\r\x{1B}\[K$"#, options: .regularExpression),
      "the stage shown, then the line erased: \(line.debugDescription)")
    clock.showProgress()
    XCTAssertEqual(written.value, line, "nothing is shown once the run has finished")
  }

  func testNotOnATerminalNothingIsShown() {
    let written = Written()
    let clock = StageClock(timings: false, terminal: false, after: 0) { written.append($0) }
    XCTAssertFalse(clock.showsProgress, "no timer")
    clock.begin("load")
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
