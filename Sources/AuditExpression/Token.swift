/// One lexical unit of an expression, with the range of Unicode scalars it spans.
struct Token: Sendable {
  /// What a token is.
  enum Kind: Sendable, Equatable {
    case identifier(String)
    case keyword(Keyword)
    case string(String)
    case int(Int)
    case double(Double)
    case date(DaySpan)
    /// A number of days.
    case duration(Int)
    case symbol(Symbol)
    case end
  }

  /// Words that cannot name a variable (they may still name a field after a dot).
  enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `in`, contains, matches, `true`, `false`, null
  }

  /// Punctuation and operators.
  enum Symbol: String, Sendable {
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case comma = ","
    case dot = "."
    case plus = "+"
    case minus = "-"
    case bang = "!"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case ampersands = "&&"
    case bars = "||"
  }

  let kind: Kind
  /// Offsets, in Unicode scalars, of the token's first scalar and one past its last.
  let range: Range<Int>
  /// The token as written, for messages.
  let text: String

  /// Offset of the token's first scalar.
  var offset: Int { range.lowerBound }

  /// True for the keyword `word`.
  func isKeyword(_ word: Keyword) -> Bool { kind == .keyword(word) }

  /// True for the symbol `symbol`.
  func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

  /// The token as quoted in an "unexpected …" message.
  var quoted: String {
    if kind == .end { return "end of expression" }
    let shown = text.unicodeScalars.count > 24 ? String(text.prefix(24)) + "…" : text
    return "'\(shown)'"
  }
}
