import AuditCore
import Foundation

/// One pass over a file that keeps, of each line a diagnostic points into, only the characters
/// its excerpt shows (`SourceText.LineWindow`), and is done after the last such line: the
/// excerpts of a malformed gigabyte cost a few kilobytes, whatever its lines hold.
///
/// Lines are split as `SourceText` splits them (at each line feed, a carriage return before it
/// dropped) and characters counted as it counts them (Unicode scalars, by their lead bytes), so
/// that the excerpt of a window is the excerpt of the whole line.
struct ExcerptScan {
  /// The part of the current line kept around one column.
  private struct Filling {
    /// The column, 0-based.
    let column: Int
    /// The first character not kept: past the last one an excerpt shows or counts.
    let end: Int
    /// The bytes kept.
    var bytes: [UInt8] = []
    /// Characters of the line before `bytes`.
    var start = 0
    /// Characters in `bytes`.
    var count = 0
    /// True once a character at `end` or after it has been met.
    var isCut = false

    init(column: Int) {
      self.column = column
      end = column + SourceText.excerptWidth + 2
    }

    /// Keeps `byte`, which starts the line's character `index` when `isLead`. Before the
    /// column only the last `2 × excerptWidth` characters are kept (they hold the start of any
    /// excerpt, even one whose column is past the line's end).
    mutating func take(_ byte: UInt8, isLead: Bool, index: Int) {
      if isLead {
        guard index < end else {
          isCut = true
          return
        }
        count += 1
      } else if isCut {
        return
      }
      bytes.append(byte)
      let before = 2 * SourceText.excerptWidth
      guard isLead, index < column, count > 2 * before else { return }
      // Drop the oldest characters, keeping `before` of them: cut at the lead byte of the
      // first one kept.
      var leads = count - before
      var offset = 0
      while offset < bytes.count {
        if bytes[offset] & 0xC0 != 0x80 {
          if leads == 0 { break }
          leads -= 1
        }
        offset += 1
      }
      bytes.removeFirst(offset)
      start += count - before
      count = before
    }

    /// The window, or nil when its bytes are not UTF-8 (no excerpt is shown for them).
    func window() -> SourceText.LineWindow? {
      var kept = bytes[...]
      if !isCut, kept.last == UInt8(ascii: "\r") { kept = kept.dropLast() }
      guard let text = String(validating: kept, as: UTF8.self) else { return nil }
      return SourceText.LineWindow(text: text[...], start: start, reachesEnd: !isCut)
    }
  }

  /// The 0-based columns wanted on each line.
  private let wanted: [Int: Set<Int>]
  /// The last line wanted.
  private let lastLine: Int
  /// The current line, 1-based.
  private var line = 1
  /// The index on the current line of the next character.
  private var character = 0
  private var filling: [Filling] = []
  /// The windows kept, by line.
  private(set) var windows: [Int: [SourceText.LineWindow]] = [:]
  /// The most bytes held at once in windows.
  private(set) var mostBytesHeld = 0
  private var held = 0

  /// A scan for the excerpts of `locations` (their paths are not looked at).
  init(locations: [SourceLocation]) {
    var wanted: [Int: Set<Int>] = [:]
    for location in locations where location.line >= 1 {
      wanted[location.line, default: []].insert(max(0, location.column - 1))
    }
    self.wanted = wanted
    lastLine = wanted.keys.max() ?? 0
    filling = Self.fillings(wanted[1])
  }

  private static func fillings(_ columns: Set<Int>?) -> [Filling] {
    (columns ?? []).sorted().map { Filling(column: $0) }
  }

  /// True once every line wanted has been read: the rest of the file is not needed.
  var isDone: Bool { line > lastLine }

  /// Reads the next bytes of the file.
  mutating func take(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    var index = 0
    while index < bytes.count, !isDone {
      if filling.isEmpty {
        // A line not wanted: skip to its end.
        guard let found = memchr(base + index, Int32(UInt8(ascii: "\n")), bytes.count - index)
        else { return }
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        endLine()
        continue
      }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\n") {
        endLine()
        continue
      }
      let isLead = byte & 0xC0 != 0x80
      for slot in filling.indices {
        filling[slot].take(byte, isLead: isLead, index: character)
      }
      if isLead {
        character += 1
        if character & 0xFF == 0 { noteHeld() }
      }
    }
  }

  /// Ends the scan at the end of the file, which ends its last line.
  mutating func finish() {
    if !isDone { endLine() }
  }

  private mutating func noteHeld() {
    held = filling.reduce(0) { $0 + $1.bytes.count }
    mostBytesHeld = max(mostBytesHeld, held)
  }

  private mutating func endLine() {
    noteHeld()
    for slot in filling {
      if let window = slot.window() { windows[line, default: []].append(window) }
    }
    line += 1
    character = 0
    filling = Self.fillings(wanted[line])
  }
}
