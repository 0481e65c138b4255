/// A document's bytes on their way out: gathered in a buffer and handed on whenever it holds
/// `capacity` bytes, so a renderer writes a report of any size without ever holding all of it.
///
/// Where the bytes go is `drain`'s business (a file, a pipe, memory). When it refuses them (a
/// full disk, a closed pipe) the stream stops: what is written after is dropped, and whoever
/// made the stream reports the failure. Renderers never see an error.
public struct ReportStream {
  /// 64 KiB: large enough that a system call per piece costs nothing, small enough to not matter.
  public static let defaultCapacity = 64 * 1024

  /// The most a renderer may write at once through `append(upTo:_:)`: the buffer holds this
  /// much past `capacity`, so that such a write always fits before the buffer is handed on.
  static let reserve = 4096

  /// The buffered bytes, in memory of the stream's own: writers copy into it directly, with
  /// no array's bookkeeping per byte. Copies of a stream share it (a writer holds its
  /// document's stream and hands it back when done; no two copies are written at once).
  private final class Buffer {
    let start: UnsafeMutablePointer<UInt8>
    var count = 0
    init(size: Int) { start = .allocate(capacity: size) }
    deinit { start.deallocate() }
  }

  private let buffer: Buffer
  private let capacity: Int
  private let drain: (UnsafeRawBufferPointer) -> Bool
  /// True once `drain` refused a piece: the rest of the document is dropped.
  public private(set) var isStopped = false

  /// A stream handing `drain` pieces of at least `capacity` bytes (the last may be shorter);
  /// `drain` returns false to stop the stream.
  public init(
    capacity: Int = defaultCapacity, drain: @escaping (UnsafeRawBufferPointer) -> Bool
  ) {
    self.capacity = max(1, capacity)
    self.drain = drain
    buffer = Buffer(size: self.capacity + Self.reserve)
  }

  /// Appends `text`'s UTF-8.
  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Appends `text`'s UTF-8.
  public mutating func write(_ text: Substring) {
    var text = text
    text.withUTF8 { write(bytes: $0) }
  }

  /// Appends bytes that are already UTF-8.
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    guard var source = bytes.baseAddress else { return }
    // A piece as long as the buffer goes on as it is, after what is buffered.
    if bytes.count >= capacity {
      flush()
      hand(UnsafeRawBufferPointer(bytes))
      return
    }
    var remaining = bytes.count
    // The buffer holds fewer than `capacity` bytes between writes, so `reserve` bytes always
    // fit; a longer write goes in as pieces of at most that.
    while remaining > 0 {
      let count = min(remaining, Self.reserve)
      (buffer.start + buffer.count).update(from: source, count: count)
      buffer.count += count
      if buffer.count >= capacity { flush() }
      source += count
      remaining -= count
    }
  }

  /// Appends one byte (an ASCII character).
  @inline(__always)
  mutating func write(byte: UInt8) {
    buffer.start[buffer.count] = byte
    buffer.count += 1
    if buffer.count >= capacity { flush() }
  }

  /// Lets `body` write at most `limit` bytes (no more than `reserve`) straight into the
  /// buffer, from the pointer it is given; `body` returns how many it wrote.
  @inline(__always)
  mutating func append(upTo limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    let written = body(buffer.start + buffer.count)
    assert(written <= limit && limit <= Self.reserve)
    buffer.count += written
    if buffer.count >= capacity { flush() }
  }

  /// Hands on whatever is buffered; call it once the document is complete.
  public mutating func flush() {
    defer { buffer.count = 0 }
    hand(UnsafeRawBufferPointer(start: buffer.start, count: buffer.count))
  }

  /// Hands `piece` to `drain`, unless the stream has stopped.
  private mutating func hand(_ piece: UnsafeRawBufferPointer) {
    guard !isStopped, !piece.isEmpty else { return }
    if !drain(piece) { isStopped = true }
  }

  /// The whole of what `body` writes, as a string: for tests and small documents.
  public static func collect(_ body: (inout ReportStream) -> Void) -> String {
    var bytes: [UInt8] = []
    var stream = ReportStream { piece in
      bytes.append(contentsOf: piece)
      return true
    }
    body(&stream)
    stream.flush()
    return String(decoding: bytes, as: UTF8.self)
  }
}
