import AuditTestSupport
import Foundation
import XCTest

@testable import audit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Pieces of a report written on a thread of their own: in order, whole, within the bound, and
/// stopped by the first failure.
final class WriteBehindTests: XCTestCase {
  /// Pieces of every size, some longer than the bound, arrive in the file whole and in order.
  func testPiecesArriveInOrderWhateverTheirSizes() throws {
    let folder = try AuditProcess.temporaryFolder()
    let path = folder + "/pieces"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    let writer = WriteBehind(descriptor, limit: 1000)
    var generator = SystemRandomNumberGenerator()
    var expected: [UInt8] = []
    for round in 0..<400 {
      let count = round % 50 == 0 ? 5000 : Int.random(in: 0...300, using: &generator)
      let piece = (0..<count).map { UInt8(truncatingIfNeeded: $0 &+ round) }
      expected += piece
      XCTAssertTrue(piece.withUnsafeBytes { writer.append($0) })
    }
    XCTAssertNil(writer.finish())
    close(descriptor)
    XCTAssertEqual(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), expected)
  }

  /// A pipe closed by its reader: the failure is given by `finish`, and pieces after it are
  /// refused, so the rest of the document is not rendered.
  func testTheFirstFailureStopsTheWriting() throws {
    // SIGPIPE ignored, as in a run (TemporaryFiles.install): the closed pipe is an error.
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    var ends: [Int32] = [0, 0]
    XCTAssertEqual(pipe(&ends), 0)
    close(ends[0])
    let writer = WriteBehind(ends[1], limit: 100)
    let piece = [UInt8](repeating: 65, count: 64)
    var accepted = 0
    while accepted < 1000, piece.withUnsafeBytes({ writer.append($0) }) { accepted += 1 }
    XCTAssertLessThan(accepted, 1000, "pieces were still taken after the write failed")
    XCTAssertEqual(writer.finish(), EPIPE)
    close(ends[1])
  }

  /// A document that was never given a piece ends at once, with no thread started.
  func testAnEmptyDocumentFinishes() {
    XCTAssertNil(WriteBehind(-1).finish())
  }
}
