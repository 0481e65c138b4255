import AuditCore

/// Splits an expression's text into tokens, stopping at the first lexical error.
struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0

  private init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  /// The tokens of `scalars`, always ending with an `.end` token.
  static func tokens(of scalars: [Unicode.Scalar]) throws(ExpressionError) -> [Token] {
    var lexer = Lexer(scalars)
    var tokens: [Token] = []
    while let token = try lexer.next() { tokens.append(token) }
    tokens.append(Token(kind: .end, range: scalars.count..<scalars.count, text: ""))
    return tokens
  }

  private mutating func next() throws(ExpressionError) -> Token? {
    while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1 }
    guard let c = peek() else { return nil }
    let start = index
    let kind: Token.Kind
    if c.isIdentifierStart {
      kind = word()
    } else if c.isDigit {
      kind = try number()
    } else if c == "\"" || c == "'" {
      kind = try string()
    } else {
      kind = try symbol()
    }
    return Token(kind: kind, range: start..<index, text: text(start..<index))
  }

  // MARK: Words, numbers, dates, durations

  private mutating func word() -> Token.Kind {
    let start = index
    while let c = peek(), c.isIdentifierPart { index += 1 }
    let name = text(start..<index)
    return Token.Keyword(rawValue: name).map { .keyword($0) } ?? .identifier(name)
  }

  private mutating func number() throws(ExpressionError) -> Token.Kind {
    let start = index
    let digits = scanDigits()
    if digits == 4, let date = try date(from: start) { return date }
    var isDouble = false
    if peek() == ".", peek(1)?.isDigit == true {
      index += 1
      _ = scanDigits()
      isDouble = true
    }
    let numberEnd = index
    let unit = peek()
    if !isDouble, let unit, unit == "d" || unit == "w" || unit == "y",
      peek(1)?.isIdentifierPart != true
    {
      index += 1
      return try duration(start..<numberEnd, unit: unit)
    }
    if peek()?.isIdentifierPart == true {
      while let c = peek(), c.isIdentifierPart || c == "." { index += 1 }
      throw .invalidNumber(text(start..<index), at: start)
    }
    let written = text(start..<numberEnd)
    if isDouble {
      guard let value = Double(written) else { throw .invalidNumber(written, at: start) }
      return .double(value)
    }
    guard let value = Int(written) else { throw .numberTooLarge(written, at: start) }
    return .int(value)
  }

  private func duration(_ range: Range<Int>, unit: Unicode.Scalar) throws(ExpressionError)
    -> Token.Kind
  {
    let factor = unit == "d" ? 1 : unit == "w" ? 7 : 365
    guard let count = Int(text(range)) else {
      throw .numberTooLarge(text(range.lowerBound..<index), at: range.lowerBound)
    }
    let (days, overflow) = count.multipliedReportingOverflow(by: factor)
    if overflow { throw .numberTooLarge(text(range.lowerBound..<index), at: range.lowerBound) }
    return .duration(days)
  }

  /// `YYYY-MM` or `YYYY-MM-DD` after four digits; nil when the text is a subtraction instead.
  private mutating func date(from start: Int) throws(ExpressionError) -> Token.Kind? {
    guard peek() == "-", peek(1)?.isDigit == true else { return nil }
    var groups: [Int] = []
    var probe = index
    while groups.count < 2, probe < scalars.count, scalars[probe] == "-",
      probe + 1 < scalars.count, scalars[probe + 1].isDigit
    {
      probe += 1
      let groupStart = probe
      while probe < scalars.count, scalars[probe].isDigit { probe += 1 }
      groups.append(probe - groupStart)
    }
    // `2023-8` or `2023-123` stays an arithmetic expression; `2023-8-1` is a mistyped date.
    if groups.count == 1, groups[0] != 2 { return nil }
    index = probe
    if groups.contains(where: { $0 != 2 }) || peek()?.isIdentifierPart == true {
      while let c = peek(), c.isIdentifierPart || c == "-" { index += 1 }
      throw .invalidDate(text(start..<index), at: start)
    }
    let written = text(start..<index)
    guard let date = PartialDate(parsing: written) else { throw .invalidDate(written, at: start) }
    return .date(DaySpan(date))
  }

  private mutating func scanDigits() -> Int {
    let start = index
    while let c = peek(), c.isDigit { index += 1 }
    return index - start
  }

  // MARK: Strings

  private mutating func string() throws(ExpressionError) -> Token.Kind {
    let start = index
    let quote = scalars[index]
    index += 1
    var value = String.UnicodeScalarView()
    while let c = peek() {
      index += 1
      if c == quote { return .string(String(value)) }
      guard c == "\\" else {
        value.append(c)
        continue
      }
      guard let escaped = peek() else { break }
      switch escaped {
      case "\"", "'", "\\": value.append(escaped)
      case "n": value.append("\n")
      case "t": value.append("\t")
      default: throw .invalidEscape(escaped, at: index - 1)
      }
      index += 1
    }
    throw .unterminatedString(at: start)
  }

  // MARK: Symbols

  private mutating func symbol() throws(ExpressionError) -> Token.Kind {
    let c = scalars[index]
    let start = index
    index += 1
    let pairs: [Unicode.Scalar: (Unicode.Scalar, Token.Symbol)] = [
      "=": ("=", .equal), "!": ("=", .notEqual), "<": ("=", .lessOrEqual),
      ">": ("=", .greaterOrEqual), "&": ("&", .ampersands), "|": ("|", .bars),
    ]
    if let (second, symbol) = pairs[c], peek() == second {
      index += 1
      return .symbol(symbol)
    }
    if let symbol = Token.Symbol(rawValue: String(Character(c))) { return .symbol(symbol) }
    let hint = pairs[c].map { "; did you mean '\(c)\($0.0)'?" } ?? ""
    throw .unexpectedCharacter(c, hint: hint, at: start)
  }

  // MARK: Helpers

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    index + ahead < scalars.count ? scalars[index + ahead] : nil
  }

  /// The text of `range`, encoded straight into the string's storage: building it through a
  /// `String.UnicodeScalarView` from a slice took some 5,600 instructions a token (a fifth of
  /// compiling the shipped pack's expressions).
  private func text(_ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count * 4) { buffer in
      var count = 0
      for scalar in scalars[range] {
        for byte in scalar.utf8 {
          buffer[count] = byte
          count += 1
        }
      }
      return count
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
  fileprivate var isIdentifierStart: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
  }
  fileprivate var isIdentifierPart: Bool { isIdentifierStart || isDigit }
}
