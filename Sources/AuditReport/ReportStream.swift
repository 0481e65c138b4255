/// A document's bytes on their way out: gathered in a buffer and handed on whenever it holds
/// `capacity` bytes, so a renderer writes a report of any size without ever holding all of it.
///
/// Where the bytes go is `drain`'s business (a file, a pipe, memory). When it refuses them (a
/// full disk, a closed pipe) the stream stops: what is written after is dropped, and whoever
/// made the stream reports the failure. Renderers never see an error.
public struct ReportStream {
  /// 64 KiB: large enough that a system call per piece costs nothing, small enough to not matter.
  public static let defaultCapacity = 64 * 1024

  private var buffer: [UInt8] = []
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
    buffer.reserveCapacity(self.capacity)
  }

  /// Appends `text`'s UTF-8.
  public mutating func write(_ text: String) {
    guard !isStopped else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= capacity { flush() }
  }

  /// Appends `text`'s UTF-8.
  public mutating func write(_ text: Substring) {
    guard !isStopped else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= capacity { flush() }
  }

  /// Appends bytes that are already UTF-8.
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    guard !isStopped else { return }
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { flush() }
  }

  /// Appends one byte (an ASCII character).
  @inline(__always)
  mutating func write(byte: UInt8) {
    buffer.append(byte)
    if buffer.count >= capacity { flush() }
  }

  /// Hands on whatever is buffered; call it once the document is complete.
  public mutating func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard !isStopped, !buffer.isEmpty else { return }
    if !buffer.withUnsafeBytes(drain) { isStopped = true }
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
