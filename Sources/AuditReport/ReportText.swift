import AuditCore
import Foundation

/// The one way case-derived text enters a report: an escaping function per output context.
///
/// Case files are written by analysts but may quote hostile sources, so every string taken from a
/// case (and, for good measure, from a rule pack) is treated as untrusted. In Markdown it can never
/// open a block (heading, list, quote, table, HTML, footnote or link definition), never start inline
/// markup (emphasis, links, images, footnote references, raw HTML, entities, math, e-mail
/// autolinks) and never hide characters (controls, bidi overrides, zero-width and tag characters
/// are shown as `⟨U+202E⟩`). It is escaped only where a character would otherwise change the
/// rendering where it stands (`Position`), so that the Markdown reads as text; the tests check
/// the rules against GitHub's own engine, cmark-gfm.
public enum ReportText {
  /// Inline text for a paragraph, list item, table cell or heading: one line, trimmed, escaped
  /// as if it started a line.
  public static func inline(_ text: String) -> String {
    isInert(text) ? text : escapedInline(text)
  }

  /// A piece of a line standing at `position`: its line breaks made spaces, its other spaces
  /// kept (pieces are joined), escaped where a character would change the rendering there.
  static func linePiece(_ text: String, at position: Position) -> String {
    isInert(text, at: position) ? text : escapeLine(flattened(text), at: position)
  }

  /// `inline` without its shortcut: every rule applied.
  static func escapedInline(_ text: String) -> String {
    escapeLine(oneLine(text))
  }

  /// True when `text` is printable text that `escapedInline` would leave as it is: no character
  /// it escapes, no space at either end, no digit or `- + = >` first, no `://` or `www.`, and
  /// beyond ASCII only letters and punctuation that are visible and never markup (`inertScalarLength`).
  /// Most of a case's text is like this, and the escaping is what a million-act report spent its
  /// time on. (Conservative: what it rejects goes through every rule.)
  ///
  /// A piece of a line after other text (`position` other than `.lineStart`) may also be empty,
  /// start or end with a space or start with a digit: nothing there can open a block, and such
  /// a piece is not trimmed.
  static func isInert(_ text: String, at position: Position = .lineStart) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      if position == .lineStart {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
          !(0x30...0x39).contains(first), first != UInt8(ascii: "-"),
          first != UInt8(ascii: "+"), first != UInt8(ascii: "="), first != UInt8(ascii: ">")
        else { return false }
      }
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x80 {
          guard let length = inertScalarLength(bytes, at: index) else { return false }
          index += length
          continue
        }
        defer { index += 1 }
        guard inertBytes[Int(byte)] else { return false }
        if byte == UInt8(ascii: ":"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/")
        {
          return false
        }
        if byte == UInt8(ascii: "."), index >= 3,
          bytes[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") })
        {
          return false
        }
      }
      return true
    }
  }

  /// The length in bytes of the scalar starting at `index` when it is one `escapeLine` leaves as
  /// it is wherever it stands and that hides nothing: « § ° ¶ · », a letter of U+00C0–U+02BF (Latin),
  /// U+0386–U+0587 (Greek, Cyrillic, Armenian; no combining mark), or U+2010–U+2027 (dashes,
  /// curly quotes, bullet, ellipsis) and U+20AC (€); nil for any other (the full rules decide).
  private static func inertScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Int?
  {
    let lead = bytes[index]
    switch lead {
    case 0xC2:
      // Of U+0080–U+00BF (controls, spaces and signs) only « § ° ¶ · ».
      guard index + 1 < bytes.count else { return nil }
      return [0xA7, 0xAB, 0xB0, 0xB6, 0xB7, 0xBB].contains(bytes[index + 1]) ? 2 : nil
    case 0xC3...0xCA, 0xCF...0xD1, 0xD3...0xD5:
      return index + 1 < bytes.count ? 2 : nil
    case 0xD2:
      // U+0480–U+04BF but U+0483–U+0489, Cyrillic's combining marks.
      return index + 1 < bytes.count && !(0x83...0x89).contains(bytes[index + 1]) ? 2 : nil
    case 0xCE:
      // U+0380–U+03BF: Greek from U+0386 (before it, unassigned and the tonos marks).
      return index + 1 < bytes.count && bytes[index + 1] >= 0x86 ? 2 : nil
    case 0xD6:
      // U+0580–U+0587: the last Armenian letters (Hebrew's marks follow).
      return index + 1 < bytes.count && bytes[index + 1] <= 0x87 ? 2 : nil
    case 0xE2:
      guard index + 2 < bytes.count else { return nil }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80, (0x90...0xA7).contains(third) { return 3 }
      if second == 0x82, third == 0xAC { return 3 }
      return nil
    default:
      return nil
    }
  }

  /// The ASCII bytes `escapeLine` never changes wherever they stand (letters, digits, space and
  /// the punctuation it does not escape; `:` and `.` are checked for links beside their use).
  private static let inertBytes: [Bool] = (0..<128).map { value in
    let scalar = Unicode.Scalar(UInt8(value))
    if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
      || ("0"..."9").contains(scalar)
    {
      return true
    }
    return " ,;:.'\"?%^{}/-+=()!>".unicodeScalars.contains(scalar)
  }

  /// Block text (a summary, a reply): paragraphs split on blank lines, each joined into one line.
  public static func paragraphs(_ text: String) -> String {
    blocks(of: text).map { escapeLine($0.joined(separator: " ")) }.joined(separator: "\n\n")
  }

  /// A block quote keeping the text's lines: every line prefixed with `> `, blank lines as `>`.
  ///
  /// `suffix` (already Markdown, e.g. a footnote reference) is appended to the last line.
  public static func blockQuote(_ text: String, suffix: String = "") -> String {
    var lines: [String] = []
    for (index, block) in blocks(of: text).enumerated() {
      if index > 0 { lines.append(">") }
      // A block's lines are trimmed and hold no line break: `linePiece` is `escapeLine` there,
      // without its work for the many lines it would leave as they are.
      lines += block.map { "> " + linePiece($0, at: .lineStart) }
    }
    if lines.isEmpty { lines = [">"] }
    lines[lines.count - 1] += suffix
    return lines.joined(separator: "\n")
  }

  /// An inline code span showing `text` literally, whatever backticks it holds.
  ///
  /// In a table cell (`inTable`), pipes are escaped: GitHub splits cells before it reads code.
  public static func code(_ text: String, inTable: Bool = false) -> String {
    var body = visible(oneLine(text))
    if inTable { body = body.replacingOccurrences(of: "|", with: "\\|") }
    let fence = String(repeating: "`", count: longestRun(of: "`", in: body) + 1)
    if body.isEmpty { return "` `" }
    let pad = body.hasPrefix("`") || body.hasSuffix("`") || body.hasPrefix(" ") ? " " : ""
    return fence + pad + body + pad + fence
  }

  /// A fenced code block showing `text` literally, with a fence longer than any inside it.
  public static func codeBlock(_ text: String, language: String = "text") -> String {
    let body = visible(normalizedNewlines(text)).trimmingTrailingNewlines()
    let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
    return fence + language + "\n" + body + "\n" + fence
  }

  /// A link to `url` when it is a well-formed http(s) URL; otherwise the URL as inert text.
  ///
  /// `label` defaults to the URL itself, written as an autolink (`<https://…>`), which reads
  /// as the address it is.
  public static func link(_ url: String, label: String? = nil) -> String {
    guard let destination = linkDestination(url) else {
      return inline(label ?? url)
        + (label == nil ? " (not linked: not a plain http(s) URL)" : "")
    }
    // An autolink's text is taken as written, but for character references: `&amp;` would
    // be read as `&`.
    let characters = Array(url)
    if label == nil,
      !characters.indices.contains(where: {
        characters[$0] == "&" && startsEntity(characters, at: $0)
      })
    {
      return "<" + url + ">"
    }
    return "[" + escapeLine(oneLine(label ?? url), at: .linkLabel) + "](" + destination + ")"
  }

  /// The URL as a Markdown link destination, or nil unless it is a plain http(s) URL.
  public static func linkDestination(_ url: String) -> String? {
    let lower = url.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.count > 8 else {
      return nil
    }
    let characters = Array(url)
    var result = ""
    for (offset, character) in characters.enumerated() {
      guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
        scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F,
        !"<>\"{}|\\^`".unicodeScalars.contains(scalar)
      else { return nil }
      // A parenthesis could end the destination; `&amp;` would be read as `&`.
      if character == "(" || character == ")"
        || (character == "&" && startsEntity(characters, at: offset))
      {
        result.append("\\")
      }
      result.append(character)
    }
    return result
  }

  /// Text for a terminal: one line, no control characters (no escape sequences), bidi controls shown.
  public static func terminal(_ text: String) -> String {
    visible(oneLine(text))
  }

  /// Text for HTML, in an element or a quoted attribute: `&`, `<`, `>`, `"` and `'` as character
  /// references, so it can neither open a tag nor leave an attribute; hidden characters
  /// (controls, bidi, zero-width and tag characters) shown as `⟨U+202E⟩`, so a title cannot
  /// reorder or hide what the reader sees.
  public static func html(_ text: String) -> String {
    if isPlainHTML(text) { return text }
    var result = ""
    for character in visible(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// True when `text` is printable ASCII with nothing `html` would change: most of a case.
  private static func isPlainHTML(_ text: String) -> Bool {
    text.utf8.allSatisfy {
      $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<")
        && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'")
    }
  }

  /// `text` with every hidden character (controls, bidi, zero-width and tag characters) shown
  /// as `⟨U+XXXX⟩`; tabs and new lines kept.
  public static func visible(_ text: String) -> String {
    VisibleText.escaped(text, keeping: ["\n", "\t"])
  }

  /// `text` on one line, each line break and the spaces around it made one space; spaces
  /// elsewhere kept, so that pieces of a line can be joined.
  static func flattened(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isLineBreak) else { return text }
    let lines = normalizedNewlines(text).split(separator: "\n", omittingEmptySubsequences: false)
    var result = ""
    for (index, line) in lines.enumerated() {
      let piece = line.trimmedWhitespace(leading: index > 0, trailing: index < lines.count - 1)
      if piece.isEmpty { continue }
      if !result.isEmpty && index > 0 && !result.hasSuffix(" ") { result += " " }
      result += piece
    }
    return result
  }

  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    "\r\n\u{0085}\u{2028}\u{2029}\u{000B}\u{000C}".unicodeScalars.contains(scalar)
  }

  /// `text` on one line: every kind of line break made a space, runs of spaces kept as written.
  static func oneLine(_ text: String) -> String {
    normalizedNewlines(text).split(separator: "\n", omittingEmptySubsequences: true)
      .map { $0.trimmedWhitespace }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// The text's paragraphs (split on blank lines), each as its non-empty, trimmed lines.
  static func blocks(of text: String) -> [[String]] {
    var blocks: [[String]] = []
    var current: [String] = []
    for line in normalizedNewlines(text).split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmedWhitespace
      if trimmed.isEmpty {
        if !current.isEmpty { blocks.append(current) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks
  }

  /// CR LF, CR, NEL, LS and PS as `\n`.
  private static func normalizedNewlines(_ text: String) -> String {
    var result = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r":
        result.unicodeScalars.append("\n")
        previousWasCR = true
        continue
      case "\n" where previousWasCR: break
      case "\n", "\u{0085}", "\u{2028}", "\u{2029}", "\u{000B}", "\u{000C}":
        result.unicodeScalars.append("\n")
      default: result.unicodeScalars.append(scalar)
      }
      previousWasCR = false
    }
    return result
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var current = 0
    for c in text {
      current = c == character ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}

extension StringProtocol {
  /// The text without leading and trailing horizontal white space; Foundation's
  /// `trimmingCharacters` bridges through NSString on Linux and dominated report rendering.
  var trimmedWhitespace: String { trimmedWhitespace(leading: true, trailing: true) }

  /// The text without horizontal white space at the ends asked for.
  func trimmedWhitespace(leading: Bool, trailing: Bool) -> String {
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = {
      $0.properties.isWhitespace && $0 != "\n" && $0 != "\r"
    }
    let start = leading ? scalars.firstIndex(where: { !isSpace($0) }) : scalars.startIndex
    guard let start, start != scalars.endIndex else { return "" }
    let last = trailing ? scalars.lastIndex(where: { !isSpace($0) }) : scalars.indices.last
    guard let end = last else { return "" }
    return String(self[start..<scalars.index(after: end)])
  }
}
