/// The text of one input file with its line offsets, so a location can be shown with its line.
public struct SourceText: Sendable {
  /// The path used in diagnostics.
  public let path: String
  /// The file's lines, without their terminators.
  public let lines: [Substring]

  /// Splits `text` into lines once.
  public init(path: String, text: String) {
    self.path = path
    // Split on the UTF-8 bytes: splitting by Character runs grapheme breaking over the
    // whole file, which dominated loading a large case.
    var lines: [Substring] = []
    var start = text.utf8.startIndex
    for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
      lines.append(Self.withoutReturn(text[start..<index]))
      start = text.utf8.index(after: index)
    }
    lines.append(Self.withoutReturn(text[start...]))
    self.lines = lines
  }

  private static func withoutReturn(_ line: Substring) -> Substring {
    line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
  }

  /// Source text spread over several lines (a folded `when`) on one line: every run of
  /// white space becomes one space.
  public static func oneLine(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The text of 1-based `line`, or nil past the end.
  public func line(_ line: Int) -> Substring? {
    line >= 1 && line <= lines.count ? lines[line - 1] : nil
  }

  /// The line of `location` followed by a caret under its column.
  public func excerpt(at location: SourceLocation) -> String? {
    guard let text = line(location.line) else { return nil }
    let shown = String(text.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
    let padding = String(repeating: " ", count: max(0, location.column - 1))
    return shown + "\n" + padding + "^"
  }
}
