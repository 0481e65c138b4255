import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 23, items 2 and 3: every input is opened once, judged on its descriptor, and read
/// within its bound; only regular files (or a pipe named as the case) are read. Devices are
/// reached only as read sources, through links in a temporary folder.
final class InputBoundTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-bounds-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func codes(_ body: () throws -> Void) -> [String] {
    do {
      try body()
      return []
    } catch let error as Diagnostics {
      return error.all.map(\.code)
    } catch {
      return ["unexpected \(error)"]
    }
  }

  private func loadCase(_ path: String) throws {
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    _ = try CaseLoader.load(path: path, vocabulary: vocabulary)
  }

  /// A sparse file of `size` bytes: no disk used, no byte written.
  private func sparseFile(_ name: String, size: Int) -> String {
    let path = folder + "/" + name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    XCTAssertEqual(ftruncate(descriptor, off_t(size)), 0)
    close(descriptor)
    return path
  }

  func testAnEndlessDeviceAsTheCaseIsRefusedUnread() throws {
    for device in ["/dev/zero", "/dev/urandom"] {
      let link = folder + "/case\(device.count).yaml"
      XCTAssertEqual(symlink(device, link), 0)
      XCTAssertEqual(codes { try loadCase(link) }, ["E-INPUT-KIND"], device)
    }
  }

  func testACaseOverItsBoundIsRefusedBeforeItIsRead() throws {
    let path = sparseFile("huge.yaml", size: InputKind.caseFile.limit + 1)
    XCTAssertEqual(codes { try loadCase(path) }, ["E-INPUT-SIZE"])
  }

  func testAPackFileOverItsBoundIsRefusedBeforeItIsRead() throws {
    let path = sparseFile("rule.yaml", size: InputKind.packFile.limit + 1)
    XCTAssertEqual(codes { _ = try InputFile.read(path) }, ["E-INPUT-SIZE"])
  }

  /// A pack holding a link to an endless device, or a named pipe: refused at once, neither read
  /// until memory runs out nor waited on.
  func testAPackFileThatIsADeviceOrAPipeIsRefused() throws {
    let pack = folder + "/pack"
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: pack)
    XCTAssertEqual(symlink("/dev/zero", pack + "/zero.yaml"), 0)
    XCTAssertEqual(mkfifo(pack + "/pipe.yaml", 0o600), 0)
    let (_, problems) = PackLoader.loadCollecting([pack])
    let refused = problems.filter { $0.code == "E-INPUT-KIND" }.map(\.message)
    XCTAssertEqual(refused.count, 2, "\(problems)")
    XCTAssertTrue(refused.contains { $0.contains("pipe.yaml") && $0.contains("named pipe") })
    XCTAssertTrue(refused.contains { $0.contains("zero.yaml") && $0.contains("character device") })
  }

  /// Item 2: the pipe is opened once, by the loader, and read from that descriptor; its writer
  /// opens it once and writes the whole case without a broken pipe.
  func testAPipeAsTheCaseIsOpenedOnceAndReadWhole() throws {
    let fifo = folder + "/case.yaml"
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let text = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    let written = WriterOutcome()
    signal(SIGPIPE, SIG_IGN)
    let writer = Thread {
      let descriptor = open(fifo, O_WRONLY)
      let bytes = Array(text.utf8)
      written.count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
      written.done.signal()
    }
    writer.start()
    let vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    let loaded = try CaseLoader.load(path: fifo, vocabulary: vocabulary)
    written.done.wait()
    XCTAssertEqual(written.count, text.utf8.count)
    XCTAssertEqual(loaded.input.byteCount, text.utf8.count)
  }
}

/// What the writing thread did; set before it signals, read after.
private final class WriterOutcome: @unchecked Sendable {
  var count = 0
  let done = DispatchSemaphore(value: 0)
}
