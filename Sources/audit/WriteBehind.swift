import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a document's pieces to a descriptor on a thread of its own, while the document goes on
/// being rendered: at a million acts, copying the report into the file system takes seconds of
/// a core, which rendering then no longer waits for.
///
/// Pieces are written in the order given, each whole through interrupted and partial writes. At
/// most `limit` bytes wait (a piece longer than that waits alone), so memory stays bounded
/// however large the document. The first failure stops the writing: `append` refuses every piece
/// after it is known, and `finish` gives its `errno`.
final class WriteBehind: @unchecked Sendable {
  private let descriptor: Int32
  private let limit: Int
  /// Guards everything below; signalled whenever a piece is queued or written, or the end comes.
  private let condition = NSCondition()
  /// Pieces not yet taken by the writing thread (at most `limit` bytes of them: a short queue).
  private var pieces: [[UInt8]] = []
  /// Bytes queued or being written.
  private var waitingBytes = 0
  private var failure: Int32?
  private var isEnding = false
  private var isDone = false
  private var isStarted = false
  /// Bytes written so far, and where the file's last range handed to the disk ends (read and
  /// written on the writing thread only).
  private var written = 0
  private var handedToDisk = 0

  /// 8 MiB: enough to keep the writing thread busy, nothing beside a large report's model.
  static let defaultLimit = 8 << 20

  /// A writer into `descriptor` holding at most `limit` bytes not yet written.
  init(_ descriptor: Int32, limit: Int = defaultLimit) {
    self.descriptor = descriptor
    self.limit = limit
  }

  /// Queues a copy of `piece`, waiting while too much waits already; false once a write failed.
  func append(_ piece: UnsafeRawBufferPointer) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    if !isStarted {
      isStarted = true
      let thread = Thread { [self] in drain() }
      thread.name = "audit report writer"
      thread.start()
    }
    while failure == nil, waitingBytes > 0, waitingBytes + piece.count > limit {
      condition.wait()
    }
    guard failure == nil else { return false }
    pieces.append([UInt8](piece))
    waitingBytes += piece.count
    condition.broadcast()
    return true
  }

  /// Waits until every queued piece is written, or a write failed; the failure's `errno`.
  func finish() -> Int32? {
    condition.lock()
    defer { condition.unlock() }
    isEnding = true
    condition.broadcast()
    while isStarted, !isDone { condition.wait() }
    return failure
  }

  /// The writing thread: takes the pieces in order until the end is announced and none is left.
  private func drain() {
    condition.lock()
    while true {
      while pieces.isEmpty, !isEnding { condition.wait() }
      if pieces.isEmpty || failure != nil { break }
      let piece = pieces.removeFirst()
      condition.unlock()
      let error = piece.withUnsafeBytes { Self.writeWhole(descriptor, $0) }
      written += piece.count
      startWriteback()
      condition.lock()
      waitingBytes -= piece.count
      if let error { failure = error }
      condition.broadcast()
    }
    isDone = true
    condition.broadcast()
    condition.unlock()
  }

  /// Asks the system to start writing each further 8 MiB to the disk (`POSIX_FADV_DONTNEED`
  /// starts the writeback of dirty pages on Linux), so that the `fsync` that makes the report
  /// durable, at the end, waits for the last of it only instead of all of it (0.8 s of a
  /// million acts' JSON report). A pipe or a device refuses the advice; nothing depends on it.
  private func startWriteback() {
    guard written - handedToDisk >= Self.defaultLimit else { return }
    #if os(Linux)
      _ = posix_fadvise(
        descriptor, off_t(handedToDisk), off_t(written - handedToDisk), POSIX_FADV_DONTNEED)
    #endif
    handedToDisk = written
  }

  /// Writes all of `bytes`, through interrupted and partial writes; the `errno` of a failure.
  private static func writeWhole(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let count = write(descriptor, base + offset, bytes.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += count
    }
    return nil
  }
}
