import AuditCore

/// A recursive descent parser from tokens to `Syntax`, stopping at the first syntax error.
///
/// Precedence, lowest first: `or`; `and`; prefix `not`; the comparisons (not chainable);
/// `+ -`; prefix `-`; postfix `.field` and `.macro(…)`.
struct Parser {
  /// The deepest nesting accepted, in parser recursion and in tree height, so that hostile
  /// input is an error rather than a stack overflow.
  static let maximumDepth = 64

  private let tokens: [Token]
  private let origin: TextOrigin
  private var index = 0
  private var nesting = 0

  private init(tokens: [Token], origin: TextOrigin) {
    self.tokens = tokens
    self.origin = origin
  }

  /// Parses a whole expression; `tokens` ends with `.end`.
  static func parse(_ tokens: [Token], origin: TextOrigin) throws(ExpressionError) -> Syntax {
    var parser = Parser(tokens: tokens, origin: origin)
    if parser.current.kind == .end { throw .emptyExpression(at: parser.current.offset) }
    let syntax = try parser.expression()
    guard parser.current.kind == .end else { throw .unexpected(parser.current) }
    return syntax
  }

  // MARK: Levels

  private mutating func expression() throws(ExpressionError) -> Syntax {
    try enter(at: current.offset)
    defer { nesting -= 1 }
    return try disjunction()
  }

  private mutating func disjunction() throws(ExpressionError) -> Syntax {
    var operands = [try conjunction()]
    while current.isKeyword(.or) || current.isSymbol(.bars) {
      advance()
      operands.append(try conjunction())
    }
    return try operands.count == 1 ? operands[0] : chain(.or(operands), operands)
  }

  private mutating func conjunction() throws(ExpressionError) -> Syntax {
    var operands = [try negation()]
    while current.isKeyword(.and) || current.isSymbol(.ampersands) {
      advance()
      operands.append(try negation())
    }
    return try operands.count == 1 ? operands[0] : chain(.and(operands), operands)
  }

  private mutating func negation() throws(ExpressionError) -> Syntax {
    guard current.isKeyword(.not) || current.isSymbol(.bang) else { return try comparison() }
    let op = advance()
    try enter(at: op.offset)
    defer { nesting -= 1 }
    let operand = try negation()
    return try make(.not(operand), op.offset..<operand.range.upperBound, op.offset, [operand])
  }

  private mutating func comparison() throws(ExpressionError) -> Syntax {
    let left = try additive()
    if current.isKeyword(.not), let following = tokens.dropFirst(index + 1).first,
      comparisonOperator(following) != nil
    {
      throw .negatedOperator(current, before: following)
    }
    guard let op = comparisonOperator(current) else { return left }
    let opToken = advance()
    let right = try additive()
    if comparisonOperator(current) != nil { throw .chainedComparison(current) }
    return try make(
      .binary(op, left, right), left.range.lowerBound..<right.range.upperBound, opToken.offset,
      [left, right])
  }

  private mutating func additive() throws(ExpressionError) -> Syntax {
    var left = try unary()
    while current.isSymbol(.plus) || current.isSymbol(.minus) {
      let opToken = advance()
      let op: Syntax.BinaryOperator = opToken.isSymbol(.plus) ? .add : .subtract
      let right = try unary()
      left = try make(
        .binary(op, left, right), left.range.lowerBound..<right.range.upperBound, opToken.offset,
        [left, right])
    }
    return left
  }

  private mutating func unary() throws(ExpressionError) -> Syntax {
    guard current.isSymbol(.minus) else { return try postfix() }
    let op = advance()
    try enter(at: op.offset)
    defer { nesting -= 1 }
    let operand = try unary()
    let range = op.offset..<operand.range.upperBound
    // A negative number is a literal, so that it shows as a constant in traces.
    switch operand.kind {
    case .literal(.int(let n)):
      return Syntax(kind: .literal(.int(0 &- n)), range: range, position: op.offset, depth: 1)
    case .literal(.double(let d)):
      return Syntax(kind: .literal(.double(-d)), range: range, position: op.offset, depth: 1)
    case .literal(.duration(let d)):
      return Syntax(kind: .literal(.duration(0 &- d)), range: range, position: op.offset, depth: 1)
    default: return try make(.negate(operand), range, op.offset, [operand])
    }
  }

  private mutating func postfix() throws(ExpressionError) -> Syntax {
    var node = try primary()
    while current.isSymbol(.dot) {
      advance()
      let nameToken = current
      let name: String
      switch nameToken.kind {
      case .identifier(let word): name = word
      case .keyword(let keyword): name = keyword.rawValue
      default: throw .expectedFieldName(after: nameToken)
      }
      advance()
      if current.isSymbol(.leftParen) {
        let (arguments, end) = try argumentList()
        node = try make(
          .method(node, name, arguments), node.range.lowerBound..<end, nameToken.offset,
          [node] + arguments)
      } else {
        node = try make(
          .field(node, name), node.range.lowerBound..<nameToken.range.upperBound,
          nameToken.offset, [node])
      }
    }
    return node
  }

  private mutating func primary() throws(ExpressionError) -> Syntax {
    let token = current
    let literal: Value
    switch token.kind {
    case .int(let n): literal = .int(n)
    case .double(let d): literal = .double(d)
    case .string(let s): literal = .string(s)
    case .date(let span): literal = .date(span)
    case .duration(let days): literal = .duration(days)
    case .keyword(.true): literal = .bool(true)
    case .keyword(.false): literal = .bool(false)
    case .keyword(.null): literal = .null
    case .identifier(let name):
      advance()
      guard current.isSymbol(.leftParen) else {
        return Syntax(kind: .name(name), range: token.range, position: token.offset, depth: 1)
      }
      let (arguments, end) = try argumentList()
      return try make(.call(name, arguments), token.offset..<end, token.offset, arguments)
    case .symbol(.leftParen):
      advance()
      var inner = try expression()
      let close = try expectClosing(.leftParen, openedAt: token.offset)
      inner.range = token.offset..<close
      return inner
    case .symbol(.leftBracket):
      advance()
      let (elements, end) = try sequence(closing: .rightBracket, opener: token)
      return try make(.list(elements), token.offset..<end, token.offset, elements)
    default:
      throw .unexpected(token)
    }
    advance()
    return Syntax(kind: .literal(literal), range: token.range, position: token.offset, depth: 1)
  }

  // MARK: Lists of expressions

  /// `( a, b )` after a name; returns the arguments and the offset past `)`.
  private mutating func argumentList() throws(ExpressionError) -> ([Syntax], Int) {
    let open = advance()
    return try sequence(closing: .rightParen, opener: open)
  }

  /// Comma-separated expressions up to `closing` (a trailing comma is accepted).
  private mutating func sequence(closing: Token.Symbol, opener: Token) throws(ExpressionError)
    -> ([Syntax], Int)
  {
    var items: [Syntax] = []
    while !current.isSymbol(closing) {
      items.append(try expression())
      guard current.isSymbol(.comma) else { break }
      advance()
    }
    let openerSymbol: Token.Symbol = closing == .rightBracket ? .leftBracket : .leftParen
    return (items, try expectClosing(openerSymbol, openedAt: opener.offset))
  }

  /// Consumes the closer of `opener`; returns the offset past it.
  private mutating func expectClosing(_ opener: Token.Symbol, openedAt offset: Int)
    throws(ExpressionError) -> Int
  {
    let closer: Token.Symbol = opener == .leftBracket ? .rightBracket : .rightParen
    guard current.isSymbol(closer) else {
      throw .unclosed(opener, openedAt: place(of: offset, from: current.offset), at: current.offset)
    }
    return advance().range.upperBound
  }

  // MARK: Helpers

  private var current: Token { tokens[index] }

  @discardableResult
  private mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  private func comparisonOperator(_ token: Token) -> Syntax.BinaryOperator? {
    switch token.kind {
    case .symbol(.equal): .equal
    case .symbol(.notEqual): .notEqual
    case .symbol(.less): .less
    case .symbol(.lessOrEqual): .lessOrEqual
    case .symbol(.greater): .greater
    case .symbol(.greaterOrEqual): .greaterOrEqual
    case .keyword(.in): .in
    case .keyword(.contains): .contains
    case .keyword(.matches): .matches
    default: nil
    }
  }

  private mutating func enter(at offset: Int) throws(ExpressionError) {
    nesting += 1
    if nesting > Parser.maximumDepth { throw .tooDeep(at: offset) }
  }

  private func chain(_ kind: Syntax.Kind, _ operands: [Syntax]) throws(ExpressionError) -> Syntax {
    let range = operands[0].range.lowerBound..<operands[operands.count - 1].range.upperBound
    return try make(kind, range, operands[0].range.lowerBound, operands)
  }

  private func make(_ kind: Syntax.Kind, _ range: Range<Int>, _ position: Int, _ children: [Syntax])
    throws(ExpressionError) -> Syntax
  {
    let depth = 1 + children.reduce(0) { max($0, $1.depth) }
    if depth > Parser.maximumDepth { throw .tooDeep(at: position) }
    return Syntax(kind: kind, range: range, position: position, depth: depth)
  }

  /// `column 12`, or `line 7, column 12` when the opener stands on another line.
  private func place(of offset: Int, from errorOffset: Int) -> String {
    let opener = origin.location(ofOffset: offset)
    let error = origin.location(ofOffset: errorOffset)
    return opener.line == error.line
      ? "column \(opener.column)" : "line \(opener.line), column \(opener.column)"
  }
}
