import AuditCore

/// Resolves names and types of a `Syntax` tree against a `Scope`, producing `Node`s.
///
/// Errors are collected, not thrown: a failed sub-expression yields nil and its parents skip
/// their own checks (no cascades), while its siblings are still checked, so every unknown
/// name of an expression is reported in one run.
struct Checker {
  /// A macro's variable while its condition is checked; a nil type means the macro's list
  /// already failed, so uses of the variable report nothing more.
  struct Local {
    let name: String
    let type: ValueType?
    let slot: Int
  }

  let scope: Scope
  /// The expression's text, and where each of its scalars starts (then its end), so that a
  /// node's text, located by scalar offsets, is one slice of it.
  private let source: String
  private let boundaries: [String.Index]
  var locals: [Local] = []
  /// How many local slots evaluation needs.
  var localCount = 0
  /// The problems found, in the order found.
  var errors: [ExpressionError] = []

  init(scope: Scope, source: String) {
    self.scope = scope
    self.source = source
    boundaries = Array(source.unicodeScalars.indices) + [source.endIndex]
  }

  /// The checked node, or nil when `syntax` has errors (already recorded).
  mutating func check(_ syntax: Syntax) -> Node? {
    switch syntax.kind {
    case .literal(let value):
      return node(.constant(value), .of(literal: value), syntax)
    case .list(let elements):
      return checkList(elements, syntax)
    case .name(let name):
      return checkName(name, syntax)
    case .field(let receiver, let name):
      return checkField(receiver, name, syntax)
    case .not(let operand):
      guard let checked = checkBool(operand, for: "not") else { return nil }
      return node(.not(checked), .bool, syntax)
    case .negate(let operand):
      guard let checked = check(operand) else { return nil }
      guard [.int, .double, .duration].contains(checked.type) else {
        return fail(.cannotNegate(checked.type, at: syntax.position))
      }
      return node(.negate(checked), checked.type, syntax)
    case .and(let operands):
      return checkLogical(operands, symbol: "and", syntax).map { node(.and($0), .bool, syntax) }
    case .or(let operands):
      return checkLogical(operands, symbol: "or", syntax).map { node(.or($0), .bool, syntax) }
    case .binary(let op, let left, let right):
      return checkBinary(op, left, right, syntax)
    case .call(let name, let arguments):
      return checkCall(name, arguments, syntax)
    case .method(let receiver, let name, let arguments):
      return checkMacro(receiver, name, arguments, syntax)
    }
  }

  // MARK: Names and fields

  private mutating func checkName(_ name: String, _ syntax: Syntax) -> Node? {
    if let local = locals.last(where: { $0.name == name }) {
      guard let type = local.type else { return nil }
      return node(.local(local.slot), type, syntax)
    }
    if let index = scope.variables.firstIndex(where: { $0.name == name }) {
      return node(.variable(index), scope.variables[index].type, syntax)
    }
    let candidates = locals.map(\.name) + scope.variables.map(\.name)
    let hint = Suggestion.hint(for: name, in: candidates)
    return fail(.unknownName(name, hint: hint, at: syntax.position))
  }

  private mutating func checkField(_ receiver: Syntax, _ name: String, _ syntax: Syntax) -> Node? {
    guard let object = check(receiver) else { return nil }
    guard case .object(let schema) = object.type else {
      return fail(.noFields(object.text, of: object.type, field: name, at: syntax.position))
    }
    guard let slot = schema.slot(of: name) else {
      let prefix = object.text + "."
      let hint = Suggestion.hint(for: name, in: schema.fields.map(\.name), prefix: prefix)
      return fail(.unknownField(prefix + name, hint: hint, at: syntax.position))
    }
    return node(.field(object, slot), schema.fields[slot].type, syntax)
  }

  // MARK: Lists and logic

  private mutating func checkList(_ elements: [Syntax], _ syntax: Syntax) -> Node? {
    var nodes: [Node] = []
    var elementType = ValueType.null
    var failed = false
    for element in elements {
      guard let checked = check(element) else {
        failed = true
        continue
      }
      if let unified = elementType.unified(with: checked.type) {
        elementType = unified
      } else {
        errors.append(.mixedList(elementType, checked.type, at: element.position))
        failed = true
      }
      nodes.append(checked)
    }
    if failed { return nil }
    var constants: [Value] = []
    for case .constant(let value) in nodes.map(\.kind) { constants.append(value) }
    if constants.count == nodes.count {
      return node(.constant(.list(constants)), .list(elementType), syntax)
    }
    return node(.list(nodes), .list(elementType), syntax)
  }

  private mutating func checkLogical(_ operands: [Syntax], symbol: String, _ syntax: Syntax)
    -> [Node]?
  {
    var nodes: [Node] = []
    for operand in operands {
      if let checked = checkBool(operand, for: symbol) { nodes.append(checked) }
    }
    return nodes.count == operands.count ? nodes : nil
  }

  /// Checks an operand that must be a bool.
  private mutating func checkBool(_ syntax: Syntax, for symbol: String) -> Node? {
    guard let checked = check(syntax) else { return nil }
    guard checked.type.isBoolLike else {
      return fail(.notBoolOperand(of: symbol, got: checked.type, at: syntax.range.lowerBound))
    }
    return checked
  }

  // MARK: Vocabulary terms

  /// Checks string literals in `syntax` that stand for values of `type`: a literal against
  /// a `term` type, or each element of a list literal against a list of terms.
  mutating func checkTerms(_ syntax: Syntax, against type: ValueType) {
    switch (syntax.kind, type) {
    case (.literal(.string(let term)), .term(let vocabulary)):
      guard let terms = scope.vocabularies[vocabulary], !terms.contains(term) else { return }
      let hint = Suggestion.hint(for: term, in: terms)
      errors.append(.unknownTerm(term, vocabulary: vocabulary, hint: hint, at: syntax.position))
    case (.list(let elements), .list(let elementType)):
      for element in elements { checkTerms(element, against: elementType) }
    default:
      break
    }
  }

  // MARK: Helpers

  /// A node of `syntax` with its source text.
  func node(_ kind: Node.Kind, _ type: ValueType, _ syntax: Syntax) -> Node {
    Node(kind: kind, type: type, text: text(of: syntax))
  }

  /// The exact source text of `syntax`.
  func text(of syntax: Syntax) -> String {
    let range = syntax.range.clamped(to: 0..<boundaries.count - 1)
    return String(source[boundaries[range.lowerBound]..<boundaries[range.upperBound]])
  }

  /// Records `error`; returns nil so callers can `return fail(…)`.
  mutating func fail(_ error: ExpressionError) -> Node? {
    errors.append(error)
    return nil
  }
}
