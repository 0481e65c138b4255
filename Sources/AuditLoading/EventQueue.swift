import AuditCore
import CYAML
import Foundation

/// Where a parse takes its events from.
enum EventFeed {
  /// libyaml's parser, on this thread.
  case parser(UnsafeMutablePointer<yaml_parser_t>)
  /// Batches a parsing thread recorded (`EventQueue.parse`).
  case queued(EventQueue)
}

/// A bounded queue of batches of libyaml events between the thread that parses a case file
/// and the one that builds its nodes and decodes them: libyaml's work and ours run on two
/// cores, and the parser waits when `capacity` batches are waiting, so memory stays bounded
/// however large the file.
///
/// The parsing thread records each event into a batch and frees libyaml's event at once
/// (`EventBatch`), as libyaml's own loop does: its allocator reuses the memory while it is
/// warm, and nothing it allocated is freed by the other thread. Batches the builder is done
/// with come back (`recycle`) for their storage to be filled again.
final class EventQueue: @unchecked Sendable {
  /// Guards every field below; `@unchecked Sendable` rests on it.
  private let condition = NSCondition()
  private var batches: [EventBatch] = []
  private var head = 0
  private var spent: [EventBatch] = []
  private var closed = false
  private var cancelled = false
  private var parsedToEnd = false
  private var stoppedBy: ParseFailure?
  private var pushWaiting = false
  private let capacity: Int

  /// A queue holding at most `capacity` batches.
  init(capacity: Int) { self.capacity = capacity }

  /// Parses `feed` on a thread of its own while `build` takes its events on this one (through
  /// `YAMLReader.stream`). When `build` throws, the parsing thread is stopped, even while it
  /// waits on a full queue, and the error is rethrown once that thread has finished. True
  /// when the file was parsed to its end.
  static func parseAlongside(
    _ feed: ChunkedInput, capacity: Int, batchSize: Int,
    _ build: (EventQueue) throws(Diagnostics) -> Void
  ) throws(Diagnostics) -> Bool {
    let events = EventQueue(capacity: capacity)
    let parsed = DispatchSemaphore(value: 0)
    let parser = Thread {
      events.parse(feed, batchSize: batchSize)
      parsed.signal()
    }
    parser.start()
    let built: Result<Void, Diagnostics>
    do {
      try build(events)
      built = .success(())
    } catch {
      events.cancel()
      built = .failure(error)
    }
    parsed.wait()
    events.drain()
    try built.get()
    return events.parsedWholeFile
  }

  /// Parses `feed` to its end (or its first error, or until `cancel`), in batches of
  /// `batchSize` events; `parsedWholeFile` then tells whether it reached the end.
  func parse(_ feed: ChunkedInput, batchSize: Int) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      close(parsedToEnd: false, failure: ParseFailure(unstarted: "could not start the YAML parser"))
      return
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input(&parser, readChunk, Unmanaged.passUnretained(feed).toOpaque())
    var batch = EventBatch()
    var succeeded = false
    var failure: ParseFailure?
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        failure = ParseFailure(parser)
        // The events parsed before the error go to the builder too, as a whole-file reading
        // builds them: a quoted scalar before the error (its note), an alias it rejects first.
        if !batch.isEmpty { _ = push(batch) }
        break
      }
      let end = event.type == YAML_STREAM_END_EVENT
      batch.record(event)
      yaml_event_delete(&event)
      if batch.count == batchSize || end {
        guard var reused = push(batch) else { break }
        reused.removeAll()
        batch = reused
      }
      if end {
        succeeded = true
        break
      }
    }
    close(parsedToEnd: succeeded, failure: failure)
  }

  /// True while the parsing thread waits for room in a full queue.
  var isParserWaiting: Bool {
    condition.lock()
    defer { condition.unlock() }
    return pushWaiting
  }

  /// True once `parse` has read the file to its end: libyaml stopped on no error, the read did
  /// not fail and no `cancel` came. Read after the parsing thread has finished.
  var parsedWholeFile: Bool {
    condition.lock()
    defer { condition.unlock() }
    return parsedToEnd
  }

  /// Why libyaml stopped before the end of the file, if it did: read once `pop` has returned
  /// nil (the queue is then closed).
  var failure: ParseFailure? {
    condition.lock()
    defer { condition.unlock() }
    return stoppedBy
  }

  /// Adds a batch, waiting while the queue is full; returns a batch the builder is done with
  /// (or an empty one) for the parser to empty and fill again, or nil once cancelled.
  private func push(_ batch: EventBatch) -> EventBatch? {
    condition.lock()
    defer { condition.unlock() }
    while batches.count - head >= capacity && !cancelled {
      pushWaiting = true
      condition.wait()
    }
    pushWaiting = false
    guard !cancelled else { return nil }
    batches.append(batch)
    condition.broadcast()
    return spent.popLast() ?? EventBatch()
  }

  /// Says no batch will follow, whether the file was parsed to its end, and if not, why.
  private func close(parsedToEnd: Bool, failure: ParseFailure? = nil) {
    condition.lock()
    defer { condition.unlock() }
    self.parsedToEnd = parsedToEnd
    stoppedBy = failure
    closed = true
    condition.broadcast()
  }

  /// The next batch, waiting for one; nil once the queue is closed and empty.
  func pop() -> EventBatch? {
    condition.lock()
    defer { condition.unlock() }
    while head == batches.count && !closed { condition.wait() }
    guard head < batches.count else { return nil }
    let batch = batches[head]
    batches[head] = EventBatch()
    head += 1
    if head > 1024 && head * 2 > batches.count {
      batches.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return batch
  }

  /// Hands back a batch whose events are no longer in use.
  func recycle(_ batch: EventBatch) {
    condition.lock()
    defer { condition.unlock() }
    spent.append(batch)
  }

  /// Tells the parsing thread to stop (the builder gave up): a `push` waiting on a full queue
  /// wakes and returns nil, as does any later one.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Lets go of every batch still held; called once both threads are done.
  func drain() {
    condition.lock()
    defer { condition.unlock() }
    batches = []
    spent = []
    head = 0
  }
}
