/// A position in a user's file: path, 1-based line and 1-based column (in characters).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The file's path as the user gave it.
  public var path: String
  // 32-bit halves: a location is kept for every act, evidence item and person of a case.
  // A line or column past 2,147,483,647 (a file of over 2 GB of line breaks) is held as that.
  private var storedLine: Int32
  private var storedColumn: Int32

  /// 1-based line number.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }
  /// 1-based column, counted in Unicode scalars.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  /// Creates a location.
  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.storedLine = Int32(clamping: line)
    self.storedColumn = Int32(clamping: column)
  }

  /// The location of the byte at `offset` in a file's UTF-8 `bytes` (a problem that a
  /// reader reports by offset: a control character, an invalid byte). The bytes before
  /// `offset` are read as UTF-8; the column counts the characters that start before it.
  public init(path: String, byteOffset offset: Int, in bytes: some Collection<UInt8>) {
    var line = 1
    var column = 1
    for byte in bytes.prefix(offset) {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    self.init(path: path, line: line, column: column)
  }

  /// `path:line:col`, the form every diagnostic starts with.
  public var description: String { "\(path):\(line):\(column)" }

  /// The location `count` columns further on the same line.
  public func advanced(byColumns count: Int) -> SourceLocation {
    SourceLocation(path: path, line: line, column: column + count)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
