/// A position in a user's file: path, 1-based line and 1-based column (in characters).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// A file's path, held once and shared by every location a reader makes in that file.
  public final class File: Sendable {
    /// The file's path as the user gave it.
    public let path: String

    /// A file at `path`.
    public init(_ path: String) { self.path = path }
  }

  // 16 bytes, an optional location as well: a location is kept for every act, evidence item,
  // person and position of a case, and a path of its own (a string, 16 bytes) would be the
  // same path a million times. A line or column past 2,147,483,647 (a file of over 2 GB of
  // line breaks) is held as that.
  private var file: File
  private var storedLine: Int32
  private var storedColumn: Int32

  /// The file's path as the user gave it.
  public var path: String {
    get { file.path }
    set { file = File(newValue) }
  }

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
    self.init(file: File(path), line: line, column: column)
  }

  /// Creates a location in `file`, sharing its path.
  public init(file: File, line: Int, column: Int) {
    self.file = file
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
    SourceLocation(file: file, line: line, column: column + count)
  }

  /// Equal when path, line and column are: two `File`s of one path are the same file.
  public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.storedLine == rhs.storedLine && lhs.storedColumn == rhs.storedColumn
      && (lhs.file === rhs.file || lhs.file.path == rhs.file.path)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(file.path)
    hasher.combine(storedLine)
    hasher.combine(storedColumn)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
