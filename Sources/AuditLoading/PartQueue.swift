import Foundation

/// A bounded queue of batches of parts between the thread that parses a case file and the one
/// that decodes it: the parser waits when `capacity` batches are waiting, so memory stays
/// bounded however large the file.
///
/// Batches the decoder is done with come back (`recycle`) for the parser to drop: the nodes
/// are then freed by the thread that made them, in its own memory arena, rather than by the
/// decoder taking the parser's arena's lock for each (which made a million acts take a third
/// longer than ten times 100,000).
final class PartQueue: @unchecked Sendable {
  /// Guards every field below; `@unchecked Sendable` rests on it.
  private let condition = NSCondition()
  private var batches: [[TopLevelPart]] = []
  private var spent: [[TopLevelPart]] = []
  private var head = 0
  private var closed = false
  private let capacity: Int

  /// A queue holding at most `capacity` batches.
  init(capacity: Int) { self.capacity = capacity }

  /// Adds a batch, waiting while the queue is full; returns the batches the decoder is done
  /// with, for the caller to drop.
  func push(_ batch: [TopLevelPart]) -> [[TopLevelPart]] {
    condition.lock()
    defer { condition.unlock() }
    while batches.count - head >= capacity { condition.wait() }
    batches.append(batch)
    condition.broadcast()
    defer { spent = [] }
    return spent
  }

  /// Hands back a batch the decoder is done with.
  func recycle(_ batch: [TopLevelPart]) {
    condition.lock()
    defer { condition.unlock() }
    spent.append(batch)
  }

  /// Says no batch will follow.
  func close() {
    condition.lock()
    defer { condition.unlock() }
    closed = true
    condition.broadcast()
  }

  /// The next batch, waiting for one; nil once the queue is closed and empty.
  func pop() -> [TopLevelPart]? {
    condition.lock()
    defer { condition.unlock() }
    while head == batches.count && !closed { condition.wait() }
    guard head < batches.count else { return nil }
    let batch = batches[head]
    batches[head] = []
    head += 1
    if head > 1024 && head * 2 > batches.count {
      batches.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return batch
  }
}
