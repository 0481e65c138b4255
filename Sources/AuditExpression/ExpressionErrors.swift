import AuditCore

/// A problem in one expression, at an offset (in Unicode scalars) of its text.
///
/// Each kind of problem has one factory below, so its wording is the same everywhere; the
/// offset becomes a file location once the expression's `TextOrigin` is applied.
struct ExpressionError: Error, Sendable {
  let code: DiagnosticCode
  let message: String
  let offset: Int

  /// The located diagnostic.
  func diagnostic(in origin: TextOrigin) -> Diagnostic {
    .error(code, message, at: origin.location(ofOffset: offset))
  }

  static let syntaxCode = DiagnosticCode.exprSyntax
  static let typeCode = DiagnosticCode.exprType
}

// MARK: - Syntax

extension ExpressionError {
  static func syntax(_ message: String, at offset: Int) -> ExpressionError {
    ExpressionError(code: syntaxCode, message: message, offset: offset)
  }

  static func unexpected(_ token: Token) -> ExpressionError {
    syntax("unexpected \(token.quoted)", at: token.offset)
  }

  static func unexpectedCharacter(_ scalar: Unicode.Scalar, hint: String = "", at offset: Int)
    -> ExpressionError
  {
    syntax("unexpected character '\(scalar.escaped(asASCII: false))'\(hint)", at: offset)
  }

  static func emptyExpression(at offset: Int) -> ExpressionError {
    syntax("empty expression", at: offset)
  }

  static func unterminatedString(at offset: Int) -> ExpressionError {
    syntax("unterminated string", at: offset)
  }

  static func invalidEscape(_ scalar: Unicode.Scalar, at offset: Int) -> ExpressionError {
    let shown = scalar.escaped(asASCII: false)
    return syntax(
      "invalid escape '\\\(shown)' in string; write '\\\\\(shown)' for a backslash", at: offset)
  }

  static func invalidNumber(_ text: String, at offset: Int) -> ExpressionError {
    syntax("invalid number '\(text)'", at: offset)
  }

  static func numberTooLarge(_ text: String, at offset: Int) -> ExpressionError {
    syntax("number '\(text)' is too large", at: offset)
  }

  static func invalidDate(_ text: String, at offset: Int) -> ExpressionError {
    syntax("invalid date '\(text)'; dates are written YYYY-MM-DD or YYYY-MM", at: offset)
  }

  /// `expected ')' to close '(' at column 12`, located where the closer was expected.
  static func unclosed(_ opener: Token.Symbol, openedAt place: String, at offset: Int)
    -> ExpressionError
  {
    let closer = opener == .leftBracket ? "]" : ")"
    return syntax("expected '\(closer)' to close '\(opener.rawValue)' at \(place)", at: offset)
  }

  static func expectedFieldName(after token: Token) -> ExpressionError {
    syntax("expected a field name after '.', found \(token.quoted)", at: token.offset)
  }

  static func chainedComparison(_ token: Token) -> ExpressionError {
    syntax(
      "comparisons cannot be chained: \(token.quoted) follows another comparison; "
        + "combine them with 'and'", at: token.offset)
  }

  static func negatedOperator(_ not: Token, before token: Token) -> ExpressionError {
    syntax(
      "unexpected 'not' before \(token.quoted); write 'not (x \(token.text) y)'", at: not.offset)
  }

  static func tooDeep(at offset: Int) -> ExpressionError {
    syntax("expression nested too deeply", at: offset)
  }

  static func macroVariable(_ macro: String, at offset: Int) -> ExpressionError {
    syntax("the first argument of \(macro)() must be a variable name", at: offset)
  }
}

// MARK: - Names

extension ExpressionError {
  static func unknownName(_ name: String, hint: String, at offset: Int) -> ExpressionError {
    ExpressionError(
      code: .exprUnknownName, message: "unknown name '\(name)'\(hint)", offset: offset)
  }

  static func unknownField(_ path: String, hint: String, at offset: Int) -> ExpressionError {
    ExpressionError(
      code: .exprUnknownField, message: "unknown field '\(path)'\(hint)", offset: offset)
  }

  static func unknownFunction(_ name: String, hint: String, at offset: Int) -> ExpressionError {
    ExpressionError(
      code: .exprUnknownFunction, message: "unknown function '\(name)'\(hint)",
      offset: offset)
  }

  static func unknownMacro(_ name: String, hint: String, at offset: Int) -> ExpressionError {
    let help = hint.isEmpty ? "; the macros are exists, all and count" : hint
    return ExpressionError(
      code: .exprUnknownFunction, message: "unknown macro '\(name)'\(help)", offset: offset)
  }

  static func unknownTerm(_ term: String, vocabulary: String, hint: String, at offset: Int)
    -> ExpressionError
  {
    ExpressionError(
      code: .exprUnknownTerm, message: "unknown term '\(term)' in \(vocabulary)\(hint)",
      offset: offset)
  }

  static func invalidRegex(_ pattern: String, reason: String, at offset: Int) -> ExpressionError {
    ExpressionError(
      code: .exprRegex, message: "invalid regular expression \"\(pattern)\": \(reason)",
      offset: offset)
  }
}

// MARK: - Types

extension ExpressionError {
  static func type(_ message: String, at offset: Int) -> ExpressionError {
    ExpressionError(code: typeCode, message: message, offset: offset)
  }

  static func cannotCompare(_ left: ValueType, _ right: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("cannot compare \(left) with \(right)", at: offset)
  }

  static func cannotOrder(_ operandType: ValueType, with symbol: String, at offset: Int)
    -> ExpressionError
  {
    type("'\(symbol)' cannot order \(operandType) values", at: offset)
  }

  static func notBoolOperand(of symbol: String, got: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("'\(symbol)' needs bool operands, got \(got)", at: offset)
  }

  static func arithmetic(_ symbol: String, _ left: ValueType, _ right: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("cannot apply '\(symbol)' to \(left) and \(right)", at: offset)
  }

  static func cannotNegate(_ operandType: ValueType, at offset: Int) -> ExpressionError {
    type("cannot negate \(operandType)", at: offset)
  }

  static func needsList(_ what: String, got: ValueType, hint: String = "", at offset: Int)
    -> ExpressionError
  {
    type("\(what) needs a list, got \(got)\(hint)", at: offset)
  }

  static func needsListOrString(_ what: String, got: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("\(what) needs a list or a string, got \(got)", at: offset)
  }

  static func elementMismatch(_ element: ValueType, in list: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("cannot look for \(element) in \(list)", at: offset)
  }

  static func mixedList(_ first: ValueType, _ other: ValueType, at offset: Int) -> ExpressionError {
    type("list elements must share a type: \(first) and \(other)", at: offset)
  }

  static func arity(_ function: String, expects count: Int, got: Int, at offset: Int)
    -> ExpressionError
  {
    let noun = count == 1 ? "argument" : "arguments"
    return type("\(function)() takes \(count) \(noun), got \(got)", at: offset)
  }

  static func argument(_ function: String, expects: String, got: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("\(function)() needs \(expects), got \(got)", at: offset)
  }

  static func notAPath(_ function: String, at offset: Int) -> ExpressionError {
    type("\(function)() needs a field path such as \(function)(action.quote)", at: offset)
  }

  static func noFields(_ path: String, of valueType: ValueType, field: String, at offset: Int)
    -> ExpressionError
  {
    var hint = ""
    if case .list(.object) = valueType {
      hint = "; look inside a list with a macro: \(path).exists(x, x.\(field) …)"
    }
    return type("'\(path)' is a \(valueType) and has no field '\(field)'\(hint)", at: offset)
  }

  static func substringNeedsString(got: ValueType, at offset: Int) -> ExpressionError {
    type("'contains' on a string needs a string on its right, got \(got)", at: offset)
  }

  static func matchesNeedsLiteral(at offset: Int) -> ExpressionError {
    type("the right side of 'matches' must be a string literal", at: offset)
  }

  static func matchesNeedsString(got: ValueType, at offset: Int) -> ExpressionError {
    type("'matches' needs a string on its left, got \(got)", at: offset)
  }

  static func macroCondition(_ macro: String, got: ValueType, at offset: Int) -> ExpressionError {
    type("the condition of \(macro)() must be bool, got \(got)", at: offset)
  }

  static func notBool(_ got: ValueType, at offset: Int) -> ExpressionError {
    ExpressionError(
      code: .exprNotBool, message: "a condition must be bool, got \(got)", offset: offset)
  }

  static func unexpectedType(_ expected: ValueType, got: ValueType, at offset: Int)
    -> ExpressionError
  {
    type("expected \(expected), got \(got)", at: offset)
  }

  static func objectInMessage(_ got: ValueType, at offset: Int) -> ExpressionError {
    type("cannot show \(got) in a message; name one of its fields", at: offset)
  }
}

// MARK: - Message templates

extension ExpressionError {
  static func unclosedBrace(at offset: Int) -> ExpressionError {
    syntax("unclosed '{' in message; write '{{' for a literal brace", at: offset)
  }

  static func unmatchedBrace(at offset: Int) -> ExpressionError {
    syntax("unmatched '}' in message; write '}}' for a literal brace", at: offset)
  }

  static func emptyPlaceholder(at offset: Int) -> ExpressionError {
    syntax("empty placeholder '{}' in message", at: offset)
  }
}
