/// The case file a report was made from, recorded in the report so that a later run can tell
/// whether the file at its target is the same case's report (replaced silently) or another
/// case's (refused without `--force`).
///
/// Each format records the case file's path as the run was given it (`Cases/arcs.yaml`,
/// `<stdin>` for standard input), where a program finds it without reading the whole report:
///
/// - Markdown: the last line, `<!-- audit-case: Cases/arcs.yaml -->` (invisible when rendered);
/// - HTML: `<meta name="audit-case" content="Cases/arcs.yaml">` in the head;
/// - JSON: the existing field `case.path`.
///
/// In the Markdown and HTML markers the path is percent-encoded where it holds a character
/// that could end the comment or the attribute (`%`, `<`, `>`, `"`, `'`, `&`, a backquote,
/// white space, a control character); other characters stand as they are.
public enum ReportOrigin {
  /// The name of the HTML `<meta>` and the Markdown comment's keyword.
  public static let name = "audit-case"

  /// The Markdown report's last line (with its new line).
  public static func markdownLine(_ casePath: String) -> String {
    "<!-- \(name): \(encoded(casePath)) -->\n"
  }

  /// The HTML head's `<meta>` element.
  public static func htmlMeta(_ casePath: String) -> String {
    "<meta name=\"\(name)\" content=\"\(encoded(casePath))\">"
  }

  /// The case path a report records, given its first bytes (`head`: up to `headLimit`) and its
  /// last (`tail`: up to `tailLimit`); nil when they record none (not a report, or one
  /// written before reports recorded their case).
  public static func recordedCase(head: [UInt8], tail: [UInt8]) -> String? {
    if let path = marker(in: tail, opening: "<!-- \(name): ", closing: " -->") {
      return decoded(path)
    }
    if let path = marker(in: head, opening: "<meta name=\"\(name)\" content=\"", closing: "\">") {
      return decoded(path)
    }
    if head.first == UInt8(ascii: "{") { return JSONCasePath.find(in: head) }
    return nil
  }

  /// How many bytes of a report's beginning `recordedCase` needs: the JSON's `case.path`
  /// follows the case's summary.
  public static let headLimit = 1 << 20
  /// How many bytes of a report's end `recordedCase` needs.
  public static let tailLimit = 4096

  /// The text between the last `opening` and the `closing` after it, on one line.
  private static func marker(in bytes: [UInt8], opening: String, closing: String) -> String? {
    let open = Array(opening.utf8)
    let close = Array(closing.utf8)
    guard bytes.count >= open.count + close.count else { return nil }
    var start = bytes.count - open.count - close.count
    while start >= 0 {
      if bytes[start..<start + open.count].elementsEqual(open) { break }
      start -= 1
    }
    guard start >= 0 else { return nil }
    let from = start + open.count
    var end = from
    while end + close.count <= bytes.count {
      if bytes[end] == UInt8(ascii: "\n") { return nil }
      if bytes[end..<end + close.count].elementsEqual(close) {
        return String(decoding: bytes[from..<end], as: UTF8.self)
      }
      end += 1
    }
    return nil
  }

  /// Whether `byte` is percent-encoded in a marker.
  private static func isEncoded(_ byte: UInt8) -> Bool {
    byte < 0x21 || byte == 0x7F || "%<>\"'&`".utf8.contains(byte)
  }

  /// `path` with every byte that could end a marker percent-encoded.
  static func encoded(_ path: String) -> String {
    var bytes: [UInt8] = []
    for byte in path.utf8 {
      if isEncoded(byte) {
        let hex = Array(String(byte, radix: 16, uppercase: true).utf8)
        bytes += [UInt8(ascii: "%")] + (hex.count == 1 ? [UInt8(ascii: "0")] : []) + hex
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Undoes `encoded`; a `%` not followed by two hex digits stands for itself.
  static func decoded(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
        let value = UInt8(
          String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
      {
        result.append(value)
        index += 3
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
