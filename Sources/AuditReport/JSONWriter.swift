import AuditCore

/// Writes a JSON document straight into a `ReportStream`, keys in the order written, byte for
/// byte the same every time: two-space indentation, `": "` after keys, `[]` and `{}` when empty.
///
/// Nothing is built first: a report of a million acts goes out as it is written, never held as
/// a tree or as one string. Foundation's encoders are not used: their key order and number
/// formatting have differed between platforms and versions, and a report must not.
struct JSONWriter {
  /// Where the document goes.
  private var stream: ReportStream
  /// Open containers.
  private var depth = 0
  /// True until the innermost open container has its first element.
  private var isEmpty = true
  /// The innermost container's opening bracket, written with its first element.
  private var opening = UInt8(ascii: "{")
  /// True when a key was just written, so the next value belongs to it.
  private var afterKey = true
  /// The enclosing containers' `isEmpty` (high bit) and `opening`, innermost last.
  private var outer: [UInt8] = []

  /// A writer at the start of a document.
  init(_ stream: ReportStream) { self.stream = stream }

  /// The document `body` writes, as a string, ending with a new line: for tests.
  static func document(_ body: (inout JSONWriter) -> Void) -> String {
    ReportStream.collect { stream in
      var writer = JSONWriter(stream)
      body(&writer)
      stream = writer.finish()
    }
  }

  /// Ends the document with its new line and gives the stream back.
  consuming func finish() -> ReportStream {
    stream.write(byte: UInt8(ascii: "\n"))
    return stream
  }

  // MARK: - Values

  /// An object whose fields `body` writes.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
  }

  /// An array whose elements `body` writes.
  mutating func array(_ body: (inout JSONWriter) -> Void) {
    container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
  }

  /// A string, or null.
  mutating func string(_ text: String?) {
    beginValue()
    if let text { writeString(text) } else { literal("null") }
  }

  /// A whole number.
  mutating func int(_ value: Int) {
    beginValue()
    stream.append(upTo: 20) { Self.digits(of: value, into: $0) }
  }

  /// `true` or `false`, or null.
  mutating func bool(_ value: Bool?) {
    beginValue()
    literal(value.map { $0 ? "true" : "false" } ?? "null")
  }

  /// `null`.
  mutating func null() {
    beginValue()
    literal("null")
  }

  /// `count` elements of the open array, `element` writing the one at each position: past two
  /// blocks of `block` elements, the blocks are rendered on every core, each into memory of its
  /// own from this writer's place in the document, and appended in order — the same bytes as
  /// writing them one by one, which is what is done with fewer.
  mutating func elements(
    _ count: Int, block: Int = 2048, _ element: @Sendable (Int, inout JSONWriter) -> Void
  ) {
    let cores = Parallel.cores
    guard count >= 2 * block, cores > 1 else {
      for position in 0..<count { element(position, &self) }
      return
    }
    precondition(!afterKey, "elements are written into an open array")
    let (depth, opening, startsEmpty) = (depth, opening, isEmpty)
    let blocks = (count + block - 1) / block
    var next = 0
    // A round holds as many blocks as there are cores, so that memory holds no more than that.
    while next < blocks {
      let first = next
      let pieces = Parallel.map(min(cores, blocks - first), parallel: true) { part in
        let start = (first + part) * block
        return Self.fragment(depth: depth, opening: opening, isEmpty: startsEmpty && start == 0) {
          for position in start..<min(start + block, count) { element(position, &$0) }
        }
      }
      for piece in pieces { piece.withUnsafeBufferPointer { stream.write(bytes: $0) } }
      next += pieces.count
    }
    isEmpty = startsEmpty && count == 0
  }

  /// The bytes `body` writes from inside an open container `depth` deep, as if written there.
  private static func fragment(
    depth: Int, opening: UInt8, isEmpty: Bool, _ body: (inout JSONWriter) -> Void
  ) -> [UInt8] {
    var bytes: [UInt8] = []
    var writer = JSONWriter(
      ReportStream(capacity: 1 << 20) { piece in
        bytes.append(contentsOf: piece)
        return true
      })
    (writer.depth, writer.opening, writer.isEmpty, writer.afterKey) = (
      depth, opening, isEmpty, false
    )
    body(&writer)
    writer.stream.flush()
    return bytes
  }

  /// Opens an object; `end` closes it. (The closure form reads better; this one copies
  /// nothing, for the rows written once per act.)
  mutating func beginObject() { begin(UInt8(ascii: "{")) }

  /// Opens an array; `end` closes it.
  mutating func beginArray() { begin(UInt8(ascii: "[")) }

  /// Closes the innermost open object or array.
  mutating func end() {
    let open = opening
    depth -= 1
    let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
    if isEmpty {
      stream.write(byte: open)
      stream.write(byte: close)
    } else {
      let indentation = 2 * depth
      if indentation + 2 <= ReportStream.reserve {
        stream.append(upTo: indentation + 2) { bytes in
          let count = Self.newLine(indentation, into: bytes)
          bytes[count] = close
          return count + 1
        }
      } else {
        newLine()
        stream.write(byte: close)
      }
    }
    let saved = outer.removeLast()
    (isEmpty, opening) = (saved & 0x80 != 0, saved & 0x7F)
  }

  /// A key of the open object, written in the program (plain ASCII, nothing to escape); the
  /// next value written is its value.
  mutating func key(_ name: StaticString) {
    // The separator, the new line, the indentation and the key in one piece.
    let (start, length) = (name.utf8Start, name.utf8CodeUnitCount)
    let indentation = 2 * depth
    let limit = indentation + length + 6
    guard limit <= ReportStream.reserve else {
      beginElement()
      stream.write(byte: UInt8(ascii: "\""))
      stream.write(bytes: UnsafeBufferPointer(start: start, count: length))
      stream.write(bytes: Self.quoteColonSpace)
      afterKey = true
      return
    }
    let separator = isEmpty ? opening : UInt8(ascii: ",")
    isEmpty = false
    afterKey = true
    stream.append(upTo: limit) { bytes in
      bytes[0] = separator
      var count = 1 + Self.newLine(indentation, into: bytes + 1)
      bytes[count] = UInt8(ascii: "\"")
      (bytes + count + 1).update(from: start, count: length)
      count += 1 + length
      bytes[count] = UInt8(ascii: "\"")
      bytes[count + 1] = UInt8(ascii: ":")
      bytes[count + 2] = UInt8(ascii: " ")
      return count + 3
    }
  }

  /// A key taken from data (a principle's id, a severity), escaped as any string.
  mutating func key(named name: String) {
    beginElement()
    writeString(name)
    stream.write(byte: UInt8(ascii: ":"))
    stream.write(byte: UInt8(ascii: " "))
    afterKey = true
  }

  // MARK: - Fields

  /// `"key": "text"`, or null.
  mutating func field(_ name: StaticString, _ text: String?) {
    key(name)
    string(text)
  }

  /// `"key": 3`.
  mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  /// `"key": true`, or null.
  mutating func field(_ name: StaticString, _ value: Bool?) {
    key(name)
    bool(value)
  }

  /// `"key": ["a", "b"]`.
  mutating func field(_ name: StaticString, strings: [String]) {
    key(name)
    beginArray()
    for text in strings { string(text) }
    end()
  }

  /// `"key": [1, 2]`.
  mutating func field(_ name: StaticString, ints: [Int]) {
    key(name)
    beginArray()
    for value in ints { int(value) }
    end()
  }

  /// `"key": {…}`.
  mutating func object(_ name: StaticString, _ body: (inout JSONWriter) -> Void) {
    key(name)
    object(body)
  }

  /// `"key": {…}` written by `body` from `value`, or `"key": null` without one.
  mutating func object<Value>(
    _ name: StaticString, ifPresent value: Value?, _ body: (inout JSONWriter, Value) -> Void
  ) {
    key(name)
    guard let value else { return null() }
    object { body(&$0, value) }
  }

  /// `"key": […]`.
  mutating func array(_ name: StaticString, _ body: (inout JSONWriter) -> Void) {
    key(name)
    array(body)
  }

  // MARK: - Layout

  private mutating func container(
    _ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void
  ) {
    begin(open)
    body(&self)
    end()
  }

  private mutating func begin(_ open: UInt8) {
    beginValue()
    outer.append((isEmpty ? 0x80 : 0) | opening)
    (isEmpty, opening) = (true, open)
    depth += 1
  }

  /// Before a value: nothing after a key; otherwise it is an array's next element.
  private mutating func beginValue() {
    if afterKey {
      afterKey = false
    } else {
      beginElement()
    }
  }

  /// The container's bracket and a new line before its first element, a comma before the others.
  private mutating func beginElement() {
    let separator = isEmpty ? opening : UInt8(ascii: ",")
    isEmpty = false
    let indentation = 2 * depth
    if indentation + 2 <= ReportStream.reserve {
      stream.append(upTo: indentation + 2) { bytes in
        bytes[0] = separator
        return 1 + Self.newLine(indentation, into: bytes + 1)
      }
    } else {
      stream.write(byte: separator)
      newLine()
    }
  }

  /// A new line and the indentation of the current depth, however deep.
  private mutating func newLine() {
    stream.write(byte: UInt8(ascii: "\n"))
    for _ in 0..<2 * depth { stream.write(byte: UInt8(ascii: " ")) }
  }

  /// Writes a new line and `indentation` spaces at `bytes`; their count.
  @inline(__always)
  private static func newLine(_ indentation: Int, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
    bytes[0] = UInt8(ascii: "\n")
    (bytes + 1).update(repeating: UInt8(ascii: " "), count: indentation)
    return indentation + 1
  }

  /// A literal of the program (`null`, `true`), written as it is.
  private mutating func literal(_ text: StaticString) {
    stream.write(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// `": "` after a key's closing quote.
  private static var quoteColonSpace: UnsafeBufferPointer<UInt8> {
    let text: StaticString = "\": "
    return UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// Writes `value` in decimal at `bytes` (at most 20 bytes, `Int.min` included); their count.
  @inline(__always)
  static func digits(of value: Int, into bytes: UnsafeMutablePointer<UInt8>) -> Int {
    var magnitude = value.magnitude
    var count = 0
    if value < 0 {
      bytes[0] = UInt8(ascii: "-")
      count = 1
    }
    let first = count
    repeat {
      bytes[count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
      count += 1
    } while magnitude > 0
    // The digits went in least significant first.
    var (low, high) = (first, count - 1)
    while low < high {
      (bytes[low], bytes[high]) = (bytes[high], bytes[low])
      low += 1
      high -= 1
    }
    return count
  }

  // MARK: - Strings

  /// A JSON string. Controls, bidi characters, line and paragraph separators and `< > &` are
  /// written as `\u` escapes: the data is unchanged, but a raw view of the file cannot be
  /// reordered by a bidi override or read as HTML.
  private mutating func writeString(_ text: String) {
    let isWritten = text.utf8.withContiguousStorageIfAvailable { writeString(utf8: $0) } != nil
    guard !isWritten else { return }
    var text = text
    text.withUTF8 { writeString(utf8: $0) }
  }

  private mutating func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    let plain = Self.plainPrefix(bytes)
    // Most strings need no escape: copied whole between their quotes, in one piece.
    if plain == bytes.count, plain + 2 <= ReportStream.reserve, let base = bytes.baseAddress {
      stream.append(upTo: plain + 2) { out in
        out[0] = UInt8(ascii: "\"")
        (out + 1).update(from: base, count: plain)
        out[plain + 1] = UInt8(ascii: "\"")
        return plain + 2
      }
      return
    }
    stream.write(byte: UInt8(ascii: "\""))
    // Runs of bytes that need no escape are copied as they are.
    var start = 0
    var index = plain
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if Self.isPlain(byte) {
          index += 1
          continue
        }
        stream.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        writeEscape(ascii: byte)
        index += 1
        start = index
        continue
      }
      let (scalar, length) = Self.decode(bytes, at: index)
      if Self.isEscaped(scalar) {
        stream.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        writeUnicodeEscape(scalar)
        start = index + length
      }
      index += length
    }
    stream.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    stream.write(byte: UInt8(ascii: "\""))
  }

  /// How many of the first bytes of `bytes` are written as they are: up to the first that
  /// starts an escape, or all of them.
  private static func plainPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        guard isPlain(byte) else { return index }
        index += 1
        continue
      }
      if mayLeadEscape(byte) {
        let (scalar, length) = decode(bytes, at: index)
        guard !isEscaped(scalar) else { return index }
        index += length
      } else {
        index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      }
    }
    return index
  }

  /// True for the first byte of the UTF-8 of every scalar past ASCII that `isEscaped` holds
  /// for (U+0080–U+009F, U+061C, U+2000–U+206F, U+FEFF, the tag characters): a scalar led by
  /// any other byte is copied without decoding it. A test checks this against every scalar.
  @inline(__always)
  static func mayLeadEscape(_ byte: UInt8) -> Bool {
    byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF || byte == 0xF3
  }

  /// A scalar past ASCII written as a `\u` escape.
  @inline(__always)
  static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{2028}" || scalar == "\u{2029}" || VisibleText.isHidden(scalar)
  }

  /// A printable ASCII byte that JSON and this report's rules leave as it is.
  @inline(__always)
  private static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20...0x7E:
      byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "<")
        && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&")
    default: false
    }
  }

  private mutating func writeEscape(ascii byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): stream.write("\\\"")
    case UInt8(ascii: "\\"): stream.write("\\\\")
    case UInt8(ascii: "\n"): stream.write("\\n")
    case UInt8(ascii: "\r"): stream.write("\\r")
    case UInt8(ascii: "\t"): stream.write("\\t")
    default: writeUnicodeEscape(Unicode.Scalar(byte))
    }
  }

  /// `\u00XX`; a character past the Basic Multilingual Plane (a tag character) as its two
  /// UTF-16 surrogates, as JSON requires.
  private mutating func writeUnicodeEscape(_ scalar: Unicode.Scalar) {
    for unit in String(scalar).utf16 {
      let hex = String(unit, radix: 16)
      stream.write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
    }
  }

  /// The scalar whose UTF-8 starts at `index` (a Swift string's UTF-8 is always valid), and
  /// its length in bytes.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
