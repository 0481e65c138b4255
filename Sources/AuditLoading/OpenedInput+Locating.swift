import AuditCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading parts of an opened file by offset, for a diagnostic: where a byte stands, whether a
/// scalar starts there. Each reads only up to what it needs, in a buffer of a fixed size.
extension OpenedInput {
  /// Fills `buffer` from `offset` on without moving the file's offset: the count read (0 at
  /// the end), or nil when the read fails.
  func read(into buffer: inout [UInt8], at offset: Int) -> Int? {
    while true {
      let count = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, off_t(offset))
      }
      if count < 0 && errno == EINTR { continue }
      return count < 0 ? nil : count
    }
  }

  /// True when the file starts with the UTF-8 byte-order mark (EF BB BF), which the text it
  /// decodes to leaves out.
  var startsWithByteOrderMark: Bool {
    var start = [UInt8](repeating: 0, count: 3)
    guard read(into: &start, at: 0) == 3 else { return false }
    tally.record(read: 3, holding: 3)
    return start == [0xEF, 0xBB, 0xBF]
  }

  /// The location of the byte at `offset`, lines and columns counted from the byte at `start`
  /// as `SourceLocation(path:byteOffset:in:)` counts them; nil when the file cannot be read
  /// that far. Reads the bytes before `offset` once, a buffer at a time.
  func location(ofByte offset: Int, countingFrom start: Int = 0) -> SourceLocation? {
    var line = 1
    var column = 1
    let size = 1 << 16
    var buffer = [UInt8](repeating: 0, count: size)
    var position = start
    while position < offset {
      guard let count = read(into: &buffer, at: position), count > 0 else { return nil }
      tally.record(read: count, holding: size)
      for byte in buffer[0..<min(count, offset - position)] {
        if byte == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
      }
      position += count
    }
    return SourceLocation(path: path, line: line, column: column)
  }

  /// Where the sequence that is not UTF-8 starts, when libyaml stopped at `offset` on one: at
  /// `offset` itself, or at the lead byte before it whose trailing byte `offset` is (libyaml
  /// points at the bad trailing byte, the whole file's check at the sequence). Nil when the
  /// bytes there are UTF-8 (a control character stopped libyaml).
  func invalidSequence(near offset: Int) -> Int? {
    let from = max(0, offset - 3)
    var bytes = [UInt8](repeating: 0, count: offset - from + 4)
    guard let count = read(into: &bytes, at: from) else { return nil }
    tally.record(read: count, holding: bytes.count)
    let here = offset - from
    guard here <= count else { return nil }
    // The sequence `offset` falls in: one whose lead byte, up to three bytes before, is
    // followed by trailing bytes (10xxxxxx) only and is long enough to reach it; else the one
    // starting there.
    var start = here
    var before = here - 1
    while before >= 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
    if before >= 0, Self.sequenceLength(bytes[before]) > here - before { start = before }
    guard start < count else { return nil }
    var iterator = bytes[start..<count].makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    if case .valid = parser.parseScalar(from: &iterator) { return nil }
    return from + start
  }

  /// How many bytes a UTF-8 sequence with `lead` first holds, by its high bits.
  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC0...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF7: 4
    default: 1
    }
  }
}
