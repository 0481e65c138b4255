import AuditCore

/// An expression parsed, type-checked against a `Scope` and compiled once, when its rule
/// loads; evaluating it does no parsing and no lookups by name.
public struct CompiledExpression: Sendable {
  /// The expression as written.
  public let text: String
  /// The static result type.
  public let type: ValueType
  let root: Node
  let localCount: Int
  /// Where the expression stands in its file, to locate a pattern that gave up.
  private let origin: TextOrigin

  /// Parses, type-checks and compiles `text`. `expecting: .bool` is for `when` conditions
  /// (E-EXPR-NOT-BOOL otherwise); nil accepts any type (used for `group_by`).
  ///
  /// Every problem found is thrown at once, each located through `origin`.
  public static func compile(
    _ text: String, origin: TextOrigin, scope: Scope, expecting: ValueType? = .bool
  ) throws(Diagnostics) -> CompiledExpression {
    let scalars = Array(text.unicodeScalars)
    let syntax: Syntax
    do throws(ExpressionError) {
      syntax = try Parser.parse(Lexer.tokens(of: scalars), origin: origin)
    } catch {
      throw Diagnostics([error.diagnostic(in: origin)])
    }
    var checker = Checker(scope: scope, source: text)
    let root = checker.check(syntax)
    var errors = checker.errors
    if let root, let expecting {
      let start = syntax.range.lowerBound
      if expecting == .bool, root.type != .bool {
        errors.append(.notBool(root.type, at: start))
      } else if !root.type.isCompatible(with: expecting) {
        errors.append(.unexpectedType(expecting, got: root.type, at: start))
      }
    }
    guard let root, errors.isEmpty else {
      let ordered = errors.enumerated().sorted {
        ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
      }
      throw Diagnostics(ordered.map { $0.element.diagnostic(in: origin) })
    }
    return CompiledExpression(
      text: text, type: root.type, root: root, localCount: checker.localCount, origin: origin)
  }

  /// The value for `bindings`, where `bindings[i]` is the value of `scope.variables[i]`.
  public func evaluate(_ bindings: [Value]) -> Value {
    var evaluator = Interpreter(bindings: bindings, localCount: localCount)
    return evaluator.value(of: root)
  }

  /// The value for `bindings`, with the location of every `matches` pattern that gave up
  /// deciding (its value is then `null`) appended to `undecided`.
  public func evaluate(_ bindings: [Value], undecided: inout [SourceLocation]) -> Value {
    var evaluator = Interpreter(bindings: bindings, localCount: localCount)
    let value = evaluator.value(of: root)
    for offset in evaluator.undecidedPatterns {
      let location = origin.location(ofOffset: offset)
      if !undecided.contains(location) { undecided.append(location) }
    }
    return value
  }

  /// Warnings about the expression that do not stop it compiling: a `matches` pattern with
  /// a nested quantifier, which may reach its step bound and leave conditions undecided.
  public var warnings: [Diagnostic] {
    var found: [Diagnostic] = []
    var pending = [root]
    while let node = pending.popLast() {
      if case .matches(_, let regex) = node.kind, regex.hasNestedQuantifier {
        found.append(
          .warning(
            .regexNested,
            "the pattern repeats a group that repeats itself: matching may take exponential "
              + "steps and stop undecided",
            at: origin.location(ofOffset: regex.offset)))
      }
      pending += node.children
    }
    return found.sorted()
  }

  /// The text of each operand of the top-level `and` chain, nested chains flattened (the text
  /// of `trace(_:).conjuncts`); the whole text otherwise.
  public var conjunctTexts: [String] {
    var texts: [String] = []
    var pending = [root]
    while let node = pending.popLast() {
      if case .and(let operands) = node.kind {
        pending += operands.reversed()
      } else {
        texts.append(node.text)
      }
    }
    return texts
  }

  /// The same value as `evaluate`, with the value of every sub-expression.
  public func trace(_ bindings: [Value]) -> Trace {
    var evaluator = Interpreter(bindings: bindings, localCount: localCount)
    return evaluator.trace(root)
  }
}
