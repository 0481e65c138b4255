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
      return error.all.map(\.code.rawValue)
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

  /// A pack holding an endless device (a node made here, as /dev/zero is: char 1,5), or a
  /// named pipe: refused at once, neither read until memory runs out nor waited on; a link to
  /// /dev/zero leads outside the pack and is refused unread too.
  func testAPackFileThatIsADeviceOrAPipeIsRefused() throws {
    let pack = folder + "/pack"
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: pack)
    try XCTSkipUnless(
      mknod(pack + "/zero.yaml", S_IFCHR | 0o600, dev_t(1 << 8 | 5)) == 0,
      "cannot make a device node here")
    XCTAssertEqual(mkfifo(pack + "/pipe.yaml", 0o600), 0)
    XCTAssertEqual(symlink("/dev/zero", pack + "/linked.yaml"), 0)
    let (_, problems) = PackLoader.loadCollecting([pack])
    let refused = problems.filter { $0.code.rawValue == "E-INPUT-KIND" }.map(\.message)
    XCTAssertEqual(refused.count, 2, "\(problems)")
    XCTAssertTrue(refused.contains { $0.contains("pipe.yaml") && $0.contains("named pipe") })
    XCTAssertTrue(refused.contains { $0.contains("zero.yaml") && $0.contains("character device") })
    XCTAssertEqual(
      problems.filter { $0.code.rawValue == "E-PACK-PATH" }.count, 1, "\(problems)")
  }

  /// Item 4: a pack file that is a link leading outside the pack is refused unread: its target's
  /// first line never reaches a diagnostic. A link inside the pack is read as usual.
  func testAPackFileLinkedOutsideThePackIsRefusedUnread() throws {
    let pack = folder + "/pack"
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: pack)
    let secret = folder + "/shadow"
    try Data("root:$6$secret-hash:19000:0:99999:7:::\n".utf8).write(
      to: URL(fileURLWithPath: secret))
    XCTAssertEqual(symlink(secret, pack + "/x.yaml"), 0)
    XCTAssertEqual(symlink(secret, pack + "/vocabulary.yaml.link"), 0)
    let (_, problems) = PackLoader.loadCollecting([pack])
    XCTAssertEqual(
      problems.filter { $0.code.rawValue == "E-PACK-PATH" }.map(\.message),
      [
        "pack file '\(pack)/x.yaml' leads, through a symbolic link, outside the pack's folder '\(pack)': it is not read"
      ])
    XCTAssertFalse(problems.contains { $0.message.contains("secret-hash") }, "\(problems)")
    XCTAssertEqual(problems.filter { $0.severity == .error }.count, 1, "\(problems)")
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
