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
    if let text { writeString(text) } else { stream.write("null") }
  }

  /// A whole number.
  mutating func int(_ value: Int) {
    beginValue()
    stream.write(String(value))
  }

  /// `true` or `false`, or null.
  mutating func bool(_ value: Bool?) {
    beginValue()
    stream.write(value.map { $0 ? "true" : "false" } ?? "null")
  }

  /// `null`.
  mutating func null() {
    beginValue()
    stream.write("null")
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
    if isEmpty {
      stream.write(byte: open)
    } else {
      newLine()
    }
    stream.write(byte: open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    let saved = outer.removeLast()
    (isEmpty, opening) = (saved & 0x80 != 0, saved & 0x7F)
  }

  /// A key of the open object, written in the program (plain ASCII, nothing to escape); the
  /// next value written is its value.
  mutating func key(_ name: StaticString) {
    beginElement()
    stream.write(byte: UInt8(ascii: "\""))
    stream.write(bytes: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    stream.write(byte: UInt8(ascii: "\""))
    stream.write(byte: UInt8(ascii: ":"))
    stream.write(byte: UInt8(ascii: " "))
    afterKey = true
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
    if isEmpty {
      stream.write(byte: opening)
      isEmpty = false
    } else {
      stream.write(byte: UInt8(ascii: ","))
    }
    newLine()
  }

  /// A new line and the indentation of the current depth, in one piece.
  private mutating func newLine() {
    let count = 1 + 2 * depth
    if count <= Self.newLineAndSpaces.count {
      Self.newLineAndSpaces.withUnsafeBufferPointer {
        stream.write(bytes: .init(rebasing: $0[..<count]))
      }
    } else {
      stream.write(byte: UInt8(ascii: "\n"))
      for _ in 1..<count { stream.write(byte: UInt8(ascii: " ")) }
    }
  }

  private static let newLineAndSpaces =
    [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 64)

  // MARK: - Strings

  /// A JSON string. Controls, bidi characters, line and paragraph separators and `< > &` are
  /// written as `\u` escapes: the data is unchanged, but a raw view of the file cannot be
  /// reordered by a bidi override or read as HTML.
  private mutating func writeString(_ text: String) {
    stream.write(byte: UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escape are copied as they are.
      var start = 0
      var index = 0
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
        if scalar == "\u{2028}" || scalar == "\u{2029}" || VisibleText.isHidden(scalar) {
          stream.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
          writeUnicodeEscape(scalar)
          start = index + length
        }
        index += length
      }
      stream.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }
    stream.write(byte: UInt8(ascii: "\""))
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
