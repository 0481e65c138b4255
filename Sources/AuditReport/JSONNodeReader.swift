import AuditCore

/// Reads JSON text into located `JSONNode`s, keeping only the members a `Selection` asks for:
/// the rest are checked to be well-formed JSON and skipped, so a report of a million acts read
/// back for its findings does not become a tree of a million acts.
///
/// Strict RFC 8259 (no comments, no trailing commas, one value); the first syntax error is
/// thrown, located, as `E-REPORT-SYNTAX`. Nesting stops at `depthLimit`, so a hostile file cannot
/// exhaust the stack.
public struct JSONNodeReader {
  /// Which members of an object to keep; an array's selection applies to each element.
  public indirect enum Selection: Sendable {
    /// Everything below.
    case all
    /// These members, each with its own selection; others are skipped.
    case fields([String: Selection])
  }

  /// The deepest nesting of arrays and objects read.
  public static let depthLimit = 256

  private let bytes: [UInt8]
  /// The file's path, as every location this reader makes holds it: once.
  private let file: SourceLocation.File
  private var offset = 0
  private var depth = 0
  /// The current line and the offset where it starts.
  private var line = 1
  private var lineStart = 0
  /// The last column computed and its offset: columns are counted on from there, so a file
  /// written on one long line costs one pass, not one per value.
  private var columnMark = (offset: 0, column: 1)

  /// A reader of `text`, which came from `path`.
  public init(_ text: String, path: String) {
    self.init(bytes: Array(text.utf8), path: path)
  }

  /// A reader of the UTF-8 `bytes` of the file at `path`. The strings kept are checked to be
  /// UTF-8 (E-IO-ENCODING); those skipped are only scanned.
  public init(bytes: [UInt8], path: String) {
    self.bytes = bytes
    self.file = SourceLocation.File(path)
  }

  /// The one value of the text, reading only what `selection` keeps.
  public mutating func read(keeping selection: Selection = .all) throws(Diagnostics) -> JSONNode {
    skipSpace()
    guard let node = try value(selection, keep: true) else {
      throw error("the file holds no JSON value")
    }
    skipSpace()
    guard offset == bytes.count else { throw error("more text after the JSON value") }
    return node
  }

  // MARK: - Values

  /// The value at the reading position; nil when it is skipped (`keep` false) or when there is
  /// nothing left to read.
  private mutating func value(_ selection: Selection, keep: Bool) throws(Diagnostics) -> JSONNode? {
    guard offset < bytes.count else {
      if keep { return nil }
      throw error("the file ends where a value was expected")
    }
    // Only a kept value needs its location: the skipped ones are most of a large report.
    let start = keep ? location() : SourceLocation(file: file, line: 0, column: 0)
    let byte = bytes[offset]
    switch byte {
    case UInt8(ascii: "{"): return try object(selection, keep: keep, start)
    case UInt8(ascii: "["): return try array(selection, keep: keep, start)
    case UInt8(ascii: "\""):
      let text = try string(keep: keep)
      return keep ? JSONNode(value: .string(text), location: start) : nil
    case UInt8(ascii: "t"):
      try literal("true")
      return keep ? JSONNode(value: .bool(true), location: start) : nil
    case UInt8(ascii: "f"):
      try literal("false")
      return keep ? JSONNode(value: .bool(false), location: start) : nil
    case UInt8(ascii: "n"):
      try literal("null")
      return keep ? JSONNode(value: .null, location: start) : nil
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let text = try number()
      return keep ? JSONNode(value: .number(text), location: start) : nil
    default:
      throw error("expected a JSON value, found \(shown(byte))")
    }
  }

  private mutating func object(_ selection: Selection, keep: Bool, _ start: SourceLocation)
    throws(Diagnostics) -> JSONNode?
  {
    try enter()
    advance()
    var members: [(key: String, value: JSONNode)] = []
    skipSpace()
    if peek == UInt8(ascii: "}") {
      advance()
    } else {
      while true {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
        let key = try string(keep: keep)
        skipSpace()
        guard peek == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
        advance()
        skipSpace()
        var inner: Selection? = .all
        if case .fields(let fields) = selection { inner = fields[key] }
        let keepMember = keep && inner != nil
        if let member = try value(inner ?? .all, keep: keepMember) {
          members.append((key, member))
        } else if keepMember {
          throw error("the file ends where a value was expected")
        }
        skipSpace()
        if peek == UInt8(ascii: ",") {
          advance()
          continue
        }
        guard peek == UInt8(ascii: "}") else { throw error("expected ',' or '}' after a member") }
        advance()
        break
      }
    }
    depth -= 1
    return keep ? JSONNode(value: .object(members), location: start) : nil
  }

  private mutating func array(_ selection: Selection, keep: Bool, _ start: SourceLocation)
    throws(Diagnostics) -> JSONNode?
  {
    try enter()
    advance()
    var items: [JSONNode] = []
    skipSpace()
    if peek == UInt8(ascii: "]") {
      advance()
    } else {
      while true {
        skipSpace()
        guard offset < bytes.count else { throw error("the file ends inside an array") }
        if let item = try value(selection, keep: keep) { items.append(item) }
        skipSpace()
        if peek == UInt8(ascii: ",") {
          advance()
          continue
        }
        guard peek == UInt8(ascii: "]") else { throw error("expected ',' or ']' after an element") }
        advance()
        break
      }
    }
    depth -= 1
    return keep ? JSONNode(value: .array(items), location: start) : nil
  }

  private mutating func enter() throws(Diagnostics) {
    depth += 1
    guard depth <= Self.depthLimit else {
      throw error("arrays and objects nest more than \(Self.depthLimit) deep")
    }
  }

  private mutating func literal(_ word: StaticString) throws(Diagnostics) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    for byte in expected {
      guard peek == byte else { throw error("expected '\(word)'") }
      advance()
    }
  }

  private mutating func number() throws(Diagnostics) -> String {
    let begin = offset
    if peek == UInt8(ascii: "-") { advance() }
    if peek == UInt8(ascii: "0") {
      advance()
    } else {
      guard try digits() > 0 else { throw error("expected a digit") }
    }
    if peek == UInt8(ascii: ".") {
      advance()
      guard try digits() > 0 else { throw error("expected a digit after '.'") }
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      advance()
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
      guard try digits() > 0 else { throw error("expected a digit in the exponent") }
    }
    return String(decoding: bytes[begin..<offset], as: UTF8.self)
  }

  private mutating func digits() throws(Diagnostics) -> Int {
    var count = 0
    while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
      advance()
      count += 1
    }
    return count
  }

  // MARK: - Strings

  /// A string at the reading position (its opening quote), decoded when `keep` is set. A string
  /// holds no raw line break, so the scan moves only the offset.
  private mutating func string(keep: Bool) throws(Diagnostics) -> String {
    offset += 1
    var text = ""
    var runStart = offset
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        if keep { try append(runStart, to: &text) }
        offset += 1
        return text
      }
      if byte < 0x20 {
        throw error("a control character (\(shown(byte))) inside a string must be escaped")
      }
      if byte != UInt8(ascii: "\\") {
        offset += 1
        continue
      }
      if keep { try append(runStart, to: &text) }
      offset += 1
      let scalar = try escape()
      if keep { text.unicodeScalars.append(scalar) }
      runStart = offset
    }
    throw error("the file ends inside a string")
  }

  /// Appends the bytes from `start` to the reading position, which must be UTF-8.
  private mutating func append(_ start: Int, to text: inout String) throws(Diagnostics) {
    guard start < offset else { return }
    guard let run = String(validating: bytes[start..<offset], as: UTF8.self) else {
      offset = start
      throw Diagnostics([.error(.ioEncoding, "the file is not valid UTF-8", at: location())])
    }
    text += run
  }

  /// The character an escape (after its backslash) stands for; a lone surrogate becomes U+FFFD.
  private mutating func escape() throws(Diagnostics) -> Unicode.Scalar {
    guard let byte = peek else { throw error("the file ends inside a string") }
    advance()
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try hexUnit()
      if (0xD800..<0xDC00).contains(unit), peek == UInt8(ascii: "\\"),
        offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u")
      {
        advance()
        advance()
        let low = try hexUnit()
        if (0xDC00..<0xE000).contains(low) {
          return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(low) ?? "\u{FFFD}"
      }
      return Unicode.Scalar(unit) ?? "\u{FFFD}"
    default:
      throw error("unknown escape '\\\(shown(byte))' in a string")
    }
  }

  private mutating func hexUnit() throws(Diagnostics) -> UInt32 {
    var unit: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek, let digit = Self.hexValue(byte) else {
        throw error("expected four hexadecimal digits after '\\u'")
      }
      unit = unit << 4 | digit
      advance()
    }
    return unit
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  // MARK: - Position

  private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  /// Where the reading position is; the column counts characters (UTF-8 lead bytes).
  private mutating func location() -> SourceLocation {
    if columnMark.offset < lineStart { columnMark = (lineStart, 1) }
    var column = columnMark.column
    var index = columnMark.offset
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    columnMark = (offset, column)
    return SourceLocation(file: file, line: line, column: column)
  }

  /// One byte on (never a line break but in `skipSpace`).
  private mutating func advance() {
    offset += 1
  }

  private mutating func skipSpace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x0A:
        line += 1
        lineStart = offset + 1
      case 0x20, 0x0D, 0x09: break
      default: return
      }
      offset += 1
    }
  }

  /// A byte for a message: the character, or its code point when it is not printable.
  private func shown(_ byte: UInt8) -> String {
    if (0x21...0x7E).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte >= 0x80 { return "a character outside ASCII" }
    let digits = String(byte, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: 4 - digits.count) + digits
  }

  private mutating func error(_ message: String) -> Diagnostics {
    Diagnostics([
      .error(.reportSyntax, "not valid JSON: \(message)", at: location())
    ])
  }
}
