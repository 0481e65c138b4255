import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

#if canImport(Glibc)
  import Glibc
#endif

/// Reading input files: empty files and pipes, which report a size of 0.
final class InputFileTests: XCTestCase {
  /// Found by the case-decoder fuzz target (Fuzz/): the empty input (0 bytes; `yaml-empty.yaml`
  /// holds a comment).
  static let emptyCase = FixturePaths.cases + "/empty-file.yaml"

  func testAnEmptyFileReadsAsEmptyText() throws {
    let input = try InputFile.read(Self.emptyCase)
    XCTAssertEqual(input.text, "")
    XCTAssertEqual(input.sha256, SHA256Empty.hex)
  }

  #if canImport(Glibc)
    /// Foundation's `Data(contentsOf:)` on Linux lost a 4 KiB buffer for every file that
    /// reports a size of 0 and turns out empty; the fuzzer's leak check caught it. Small
    /// buffers come from the main heap, so lost ones push its top (`sbrk(0)`) up.
    func testReadingAnEmptyFileKeepsNoMemory() throws {
      _ = try InputFile.read(Self.emptyCase)
      let before = Int(bitPattern: sbrk(0))
      for _ in 0..<10_000 { _ = try InputFile.read(Self.emptyCase) }
      let growth = Int(bitPattern: sbrk(0)) - before
      XCTAssertLessThan(growth, 8_000_000, "10,000 reads of an empty file kept \(growth) bytes")
    }

    func testAPipeIsReadToItsEnd() throws {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("audit-input-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let fifo = folder.appendingPathComponent("case.yaml").path
      XCTAssertEqual(mkfifo(fifo, 0o600), 0)
      let writer = Thread {
        if let handle = FileHandle(forWritingAtPath: fifo) {
          handle.write(Data("id: piped\n".utf8))
          try? handle.close()
        }
      }
      writer.start()
      let input = try InputFile.read(fifo, as: .caseFile)
      XCTAssertEqual(input.text, "id: piped\n")
    }
  #endif
}

/// The SHA-256 of no bytes.
private enum SHA256Empty {
  static let hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
}
