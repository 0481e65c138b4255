/// A file read for a run: its SHA-256, for the report's method, and its text when it is held
/// in memory (rule files, generated input), for diagnostics.
public struct InputFile: Sendable {
  /// What a command line writes for standard input as a case: `audit -`.
  public static let standardInputArgument = "-"
  /// How standard input is named in diagnostics (`<stdin>:3:5`) and in reports.
  public static let standardInputName = "<stdin>"

  /// The path as given or found.
  public let path: String
  /// The text with its lines; nil for a case parsed as it was read, never held whole.
  public let source: SourceText?
  /// The raw text; nil for a case parsed as it was read.
  public let text: String?
  /// Lower-case hex SHA-256 of the bytes.
  public let sha256: String
  /// The file's size in bytes.
  public let byteCount: Int

  /// A file read whole, with its digest and size as read (the loader's `read`).
  package init(path: String, text: String, sha256: String, byteCount: Int) {
    self.path = path
    self.source = SourceText(path: path, text: text)
    self.text = text
    self.sha256 = sha256
    self.byteCount = byteCount
  }

  /// A file parsed as it was read: only its hash and size are kept.
  package init(path: String, sha256: String, byteCount: Int) {
    self.path = path
    self.source = nil
    self.text = nil
    self.sha256 = sha256
    self.byteCount = byteCount
  }
}
