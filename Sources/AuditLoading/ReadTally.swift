import Foundation

/// What reading one opened input has cost: the bytes read from it and the most bytes its
/// readers held at once in their own buffers. Counted, not timed, so that a test can bound
/// the work a reading does (a malformed gigabyte read for one line of excerpt, say) without
/// a clock.
///
/// Unchecked `Sendable`: every field is guarded by `lock` (a streamed case is read on a thread
/// of its own).
final class ReadTally: @unchecked Sendable {
  private let lock = NSLock()
  private var read = 0
  private var held = 0

  /// Bytes read from the file so far.
  var bytesRead: Int { lock.withLock { read } }
  /// The most bytes held at once by a reader of the file.
  var mostBytesHeld: Int { lock.withLock { held } }

  /// Counts `count` bytes read, by a reader holding `holding` bytes once they are in.
  func record(read count: Int, holding: Int) {
    lock.withLock {
      read += count
      held = max(held, holding)
    }
  }
}
