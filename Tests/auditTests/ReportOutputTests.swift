import AuditTestSupport
import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// End-to-end: where reports go when the target is hostile — a device, a pipe, a folder, an
/// unwritable second target — and what an interrupted run leaves behind.
final class ReportOutputTests: XCTestCase {
  let fixtureRules = ["--no-default-rules", "--rules", FixturePaths.pack]
  let fixtureCase = FixturePaths.cases + "/valid.yaml"

  func testADeviceTargetIsWrittenToAndStaysADevice() throws {
    let folder = try AuditProcess.temporaryFolder()
    let device = folder + "/null"
    // The same device as /dev/null, made in a test folder: never touch the real one.
    guard mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 else {  // major 1, minor 3
      throw XCTSkip("mknod needs root: \(String(cString: strerror(errno)))")
    }
    let result = try AuditProcess.run([fixtureCase, "-o", device] + fixtureRules)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(try kind(device), S_IFCHR, "the device node was replaced")
    XCTAssertEqual(try hiddenFiles(folder), [])
  }

  func testANamedPipeTargetIsWrittenToItsReader() throws {
    let folder = try AuditProcess.temporaryFolder()
    let pipe = folder + "/pipe"
    XCTAssertEqual(mkfifo(pipe, 0o644), 0)
    let received = Received()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      // Opening a pipe for reading waits for its writer.
      received.data = FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile()
      done.signal()
    }
    let result = try AuditProcess.run([fixtureCase, "-o", pipe] + fixtureRules)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(done.wait(timeout: .now() + 30), .success, "the reader got nothing")
    let report = String(decoding: received.data ?? Data(), as: UTF8.self)
    XCTAssertTrue(report.hasPrefix("# A valid case"), report)
    XCTAssertEqual(try kind(pipe), S_IFIFO)
  }

  func testAFolderTargetExitsThreeWithALocatedErrorAndWritesNothing() throws {
    let folder = try AuditProcess.temporaryFolder()
    let target = folder + "/report.md"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    let result = try AuditProcess.run([fixtureCase, "-o", target] + fixtureRules)
    XCTAssertEqual(result.status, 3, result.stderr)
    XCTAssertEqual(
      result.stderr, "\(target): error: cannot write the report: Is a directory [E-IO-WRITE]\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target), [])
    XCTAssertEqual(try hiddenFiles(folder), [])
  }

  func testSeveralCasesAreWrittenAllOrNone() throws {
    let folder = try AuditProcess.temporaryFolder()
    let second = folder + "/second.yaml"
    try String(contentsOfFile: fixtureCase, encoding: .utf8)
      .replacingOccurrences(of: "id: valid\n", with: "id: second\n")
      .write(toFile: second, atomically: true, encoding: .utf8)
    // The second case's report cannot be written: a folder stands where it would go.
    try FileManager.default.createDirectory(
      atPath: folder + "/reports/second.md", withIntermediateDirectories: true)
    // The fixture pack as the default pack: its reports go to reports/, not reports/custom/.
    let fixturePack = ["AUDIT_RULES": FixturePaths.pack]
    let result = try AuditProcess.run(
      [fixtureCase, second], in: folder, environment: fixturePack)
    XCTAssertEqual(result.status, 3, result.stderr)
    XCTAssertEqual(
      result.stderr,
      "reports/second.md: error: cannot write the report: Is a directory [E-IO-WRITE]\n")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/reports"),
      [
        "second.md"
      ])
    // The folder for the reports is a regular file: nothing is created anywhere.
    let other = try AuditProcess.temporaryFolder()
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: other + "/reports"))
    let blocked = try AuditProcess.run([fixtureCase, second], in: other, environment: fixturePack)
    XCTAssertEqual(blocked.status, 3, blocked.stderr)
    XCTAssertTrue(
      blocked.stderr.hasPrefix(
        "reports/valid.md: error: cannot write the report: 'reports' is not a folder: Not a directory [E-IO-WRITE]"
      ), blocked.stderr)
    XCTAssertFalse(blocked.stderr.contains("NSCocoaErrorDomain"), blocked.stderr)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: other), ["reports"])
  }

  /// Neither a temporary file nor the folders made for the report (issue 23) outlive a signal.
  func testAnInterruptedWriteLeavesNoTemporaryFileNorFolder() throws {
    for signal in [SIGTERM, SIGINT] {
      let root = try AuditProcess.temporaryFolder()
      let folder = root + "/made/deeper"
      let target = folder + "/report.md"
      let process = Process()
      process.executableURL = AuditProcess.executable
      process.arguments = [fixtureCase, "-o", target] + fixtureRules
      process.environment = ProcessInfo.processInfo.environment.merging(
        ["AUDIT_TEST_PAUSE_BEFORE_RENAME": "30"], uniquingKeysWith: { $1 })
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      var temporary: [String] = []
      // Until the file appears or the process ends (it pauses 30 s before renaming): no
      // deadline of the test's own, which a loaded machine could miss.
      while temporary.isEmpty, process.isRunning {
        usleep(20_000)
        temporary = (try? hiddenFiles(folder)) ?? []
      }
      XCTAssertEqual(temporary.count, 1, "no temporary file appeared")
      // A random name, not one an attacker could predict from the process id.
      let name = temporary.first ?? ""
      XCTAssertNotNil(
        name.range(of: #"^\.report\.md\.[0-9a-f]{16}\.tmp$"#, options: .regularExpression), name)
      kill(process.processIdentifier, signal)
      process.waitUntilExit()
      XCTAssertEqual(process.terminationReason, .exit)
      XCTAssertEqual(process.terminationStatus, 128 + signal)
      XCTAssertEqual(
        try FileManager.default.contentsOfDirectory(atPath: root), [],
        "signal \(signal) left a temporary file or a folder")
    }
  }

  private func kind(_ path: String) throws -> mode_t {
    var info = stat()
    guard lstat(path, &info) == 0 else { throw POSIXError(.ENOENT) }
    return info.st_mode & S_IFMT
  }

  private func hiddenFiles(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
  }
}

/// What the pipe's reader received, handed from its thread.
private final class Received: @unchecked Sendable {
  var data: Data?
}
