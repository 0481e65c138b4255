/// The text of one input file with its line offsets, so a location can be shown with its line.
public struct SourceText: Sendable {
  /// Part of one line, kept when a file is read only for its excerpts: the characters around
  /// a column that `excerpt(at:)` shows or counts, so that it shows what the whole line shows.
  public struct LineWindow: Sendable {
    /// The characters kept.
    public let text: Substring
    /// How many characters (Unicode scalars) of the line come before `text`.
    public let start: Int
    /// True when `text` runs to the end of the line.
    public let reachesEnd: Bool

    /// A window of `text`, the line's characters from `start` on.
    public init(text: Substring, start: Int, reachesEnd: Bool) {
      self.text = text
      self.start = start
      self.reachesEnd = reachesEnd
    }
  }

  /// The path used in diagnostics.
  public let path: String
  /// The file's lines, without their terminators; empty when only windows of some lines are
  /// kept.
  public let lines: [Substring]
  /// Windows of the lines wanted, by 1-based line, when the file was read for its excerpts.
  private let windows: [Int: [LineWindow]]

  /// The excerpts of a file of which only `windows` were read (a case too large to hold).
  public init(path: String, windows: [Int: [LineWindow]]) {
    self.path = path
    self.lines = []
    self.windows = windows
  }

  /// Splits `text` into lines once.
  public init(path: String, text: String) {
    self.path = path
    // Split on the UTF-8 bytes: splitting by Character runs grapheme breaking over the
    // whole file, which dominated loading a large case. The line feeds are found in the
    // string's contiguous storage (stepping through `utf8.indices` cost some 40 instructions
    // a byte), and each line's bounds made indices from their offsets.
    var text = text
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    let ends =
      utf8.withContiguousStorageIfAvailable(Self.lineFeeds)
      ?? Array(utf8).withUnsafeBufferPointer(Self.lineFeeds)
    var lines: [Substring] = []
    lines.reserveCapacity(ends.count + 1)
    var start = utf8.startIndex
    for end in ends {
      let index = utf8.index(utf8.startIndex, offsetBy: end)
      lines.append(Self.withoutReturn(text[start..<index]))
      start = utf8.index(after: index)
    }
    lines.append(Self.withoutReturn(text[start...]))
    self.lines = lines
    self.windows = [:]
  }

  /// The offsets of the line feeds in `bytes`.
  private static func lineFeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var offsets: [Int] = []
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      offsets.append(offset)
    }
    return offsets
  }

  private static func withoutReturn(_ line: Substring) -> Substring {
    line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
  }

  /// Source text spread over several lines (a folded `when`) on one line: every run of
  /// white space becomes one space.
  public static func oneLine(_ text: some StringProtocol) -> String {
    // Most texts are on one line already: checking that costs a few instructions a
    // character, splitting by Character some thousand.
    if isOneLine(text) { return String(text) }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// True when `oneLine` would give `text` back unchanged: single spaces between other
  /// characters, no control character, no white space beyond ASCII, and after a space only a
  /// character that always starts a character of its own (a letter, a digit, punctuation, a
  /// symbol: never a mark or a format character, which would make one character of both).
  static func isOneLine(_ text: some StringProtocol) -> Bool {
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if scalar == " " {
        guard let previous, previous != " " else { return false }
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        return false
      } else if !scalar.isASCII {
        if scalar.properties.isWhitespace { return false }
        if previous == " ", !startsCharacter(scalar) { return false }
      }
      previous = scalar
    }
    return previous != " "
  }

  /// True for a scalar beyond ASCII that no rule of grapheme breaking joins to a space before
  /// it: letters (but the two spacing vowel signs filed as letters), digits, punctuation and
  /// symbols other than modifiers.
  private static func startsCharacter(_ scalar: Unicode.Scalar) -> Bool {
    guard !scalar.properties.isGraphemeExtend, scalar.value != 0x0E33, scalar.value != 0x0EB3
    else { return false }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation,
      .mathSymbol, .currencySymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }

  /// The text of 1-based `line`, or nil past the end.
  public func line(_ line: Int) -> Substring? {
    line >= 1 && line <= lines.count ? lines[line - 1] : nil
  }

  /// The most characters of a line shown in an excerpt: a longer line is cut to a window
  /// around the column, as compilers do, so a diagnostic on a 20 MB line prints 120 characters.
  public static let excerptWidth = 120

  /// The line of `location` (or a window of it around the column) followed by a caret under
  /// its column; hidden characters are shown as `⟨U+001B⟩`, tabs as spaces.
  public func excerpt(at location: SourceLocation) -> String? {
    if let text = line(location.line) {
      return Self.excerpt(of: LineWindow(text: text, start: 0, reachesEnd: true), at: location)
    }
    for window in windows[location.line] ?? [] {
      if let shown = Self.excerpt(of: window, at: location) { return shown }
    }
    return nil
  }

  /// The excerpt at `location` from a window of its line; nil when the window does not hold
  /// every character the excerpt shows or counts.
  private static func excerpt(of window: LineWindow, at location: SourceLocation) -> String? {
    let text = window.text
    let column = max(0, location.column - 1)
    let width = Self.excerptWidth
    // The line's length, counted no further than `counted` characters.
    let counted = column + width + 1
    guard window.start <= counted else { return nil }
    let kept = Self.scalarOffset(in: text, counting: counted - window.start).scalars
    guard window.reachesEnd || window.start + kept == counted else { return nil }
    let length = window.start + kept
    // The whole line when it fits; else a window with the column in its middle, or the
    // line's last `width` characters when the column is near its end.
    let first = length <= width ? 0 : max(0, min(column - width / 2, length - width))
    guard first >= window.start else { return nil }
    var shown = first > 0 ? "…" : ""
    var caret = first > 0 ? 1 : 0
    var next = first
    let from = text.utf8.index(
      text.startIndex, offsetBy: Self.scalarOffset(in: text, counting: first - window.start).bytes)
    for scalar in text[from...].unicodeScalars {
      if next == first + width {
        shown += "…"
        break
      }
      let piece =
        scalar == "\t"
        ? " " : VisibleText.isHidden(scalar) ? VisibleText.notation(scalar) : String(scalar)
      if next < column { caret += piece.unicodeScalars.count }
      shown += piece
      next += 1
    }
    caret += max(0, column - next)
    return shown + "\n" + String(repeating: " ", count: caret) + "^"
  }

  /// Where the scalar at index `limit` of `line` starts (its UTF-8 offset), or the line's
  /// scalar count and byte count when it is shorter. One pass over bytes, so a diagnostic deep
  /// in a 20 MB line does not decode it scalar by scalar.
  private static func scalarOffset(in line: Substring, counting limit: Int) -> (
    scalars: Int, bytes: Int
  ) {
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (scalars: Int, bytes: Int) {
      var scalars = 0
      for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
        if scalars == limit { return (scalars, offset) }
        scalars += 1
      }
      return (scalars, bytes.count)
    }
    return line.utf8.withContiguousStorageIfAvailable(scan)
      ?? Array(line.utf8).withUnsafeBufferPointer(scan)
  }
}
