import AuditCore

extension ReportText {
  // MARK: - Markdown escaping

  /// Where inline text stands, which decides what in it could change the rendering.
  public enum Position: Sendable {
    /// At the start of a line (a paragraph, a list item, a quoted line): a block could open.
    case lineStart
    /// After other text on its line, in a heading or in a table cell: no block can open.
    case inLine
    /// Inside a link's label, where GitHub makes no link of a bare URL.
    case linkLabel
  }

  /// Characters escaped with a backslash wherever they stand: each can open or close markup
  /// (code, emphasis, links and footnotes, table cells, strikethrough, math, raw HTML).
  private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "[", "]", "|", "~", "$", "<"]
  /// Characters that open a block only at the start of a line.
  private static let lineStartEscaped: Set<Character> = ["-", "+", "=", ">"]

  /// One line of text escaped so that it reads as plain text where it is placed, and escaped
  /// only where a character would otherwise change the rendering.
  static func escapeLine(_ line: String, at position: Position = .lineStart) -> String {
    // Leading spaces would indent the line into a code block.
    let text = Array(
      String(visible(line).map { $0 == "\t" ? " " : $0 }).trimmedWhitespace(
        leading: position == .lineStart, trailing: false))
    var listMarker = -1
    if position == .lineStart {
      // `1. ` and `1) ` would start an ordered list.
      let digits = text.prefix { $0.isASCII && $0.isNumber }.count
      if (1...9).contains(digits), digits < text.count, text[digits] == "." || text[digits] == ")",
        digits + 1 == text.count || text[digits + 1] == " "
      {
        listMarker = digits
      }
    }
    var result = ""
    for (offset, character) in text.enumerated() {
      let before: Character? = offset > 0 ? text[offset - 1] : nil
      let after: Character? = offset + 1 < text.count ? text[offset + 1] : nil
      switch character {
      case _ where alwaysEscaped.contains(character) || offset == listMarker:
        result += "\\" + String(character)
      case _ where offset == 0 && position == .lineStart && lineStartEscaped.contains(character):
        result += "\\" + String(character)
      case "_" where !(isWordCharacter(before) && isWordCharacter(after)):
        // Inside a word (`snake_case`) an underscore opens no emphasis; at its edge it may.
        result += "\\_"
      case "#" where before == nil || before == " ":
        // A heading opens with `#`, and a heading's text loses a trailing ` #`.
        result += "\\#"
      case "&" where startsEntity(text, at: offset):
        result += "\\&"
      case "@" where isAddressCharacter(before) && isWordCharacter(after):
        // GitHub links a bare `name@host.org` (and `mailto:`/`xmpp:` before it) in plain text;
        // escaping the `@` does not stop it, a zero-width space before it does (checked with
        // cmark-gfm). The space is written as an entity, so the Markdown shows no hidden character.
        result += "&#8203;@"
      case ":" where position != .linkLabel && text.dropFirst(offset + 1).starts(with: ["/", "/"]),
        "." where position != .linkLabel && startsAutolink(text, wwwEndingAt: offset):
        // GitHub links `http://…` and `www.…` in plain text; an escape inside breaks the link.
        result += "\\" + String(character)
      default:
        result.append(character)
      }
    }
    return result
  }

  private static func isWordCharacter(_ character: Character?) -> Bool {
    character.map { $0.isLetter || $0.isNumber } ?? false
  }

  private static func isAddressCharacter(_ character: Character?) -> Bool {
    isWordCharacter(character) || character.map { "._+-".contains($0) } ?? false
  }

  /// True when the `&` at `offset` starts what reads as a character reference: `&amp;`, `&#38;`.
  static func startsEntity(_ text: [Character], at offset: Int) -> Bool {
    var index = offset + 1
    if index < text.count, text[index] == "#" { index += 1 }
    let start = index
    while index < text.count, text[index].isASCII, text[index].isLetter || text[index].isNumber {
      index += 1
    }
    return index > start && index < text.count && text[index] == ";"
  }

  /// True when the `.` at `offset` follows a `www` that starts a word.
  private static func startsAutolink(_ text: [Character], wwwEndingAt offset: Int) -> Bool {
    guard offset >= 3, String(text[(offset - 3)..<offset]).lowercased() == "www" else {
      return false
    }
    return offset == 3 || !(text[offset - 4].isLetter || text[offset - 4].isNumber)
  }
}
