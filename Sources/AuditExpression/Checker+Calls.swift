import AuditCore

/// Type rules of the functions (`size`, `lower`, `has`, `days_between`) and the list macros.
extension Checker {
  /// The functions, for "did you mean" hints.
  static let functionNames = ["size", "lower", "has", "days_between"]

  mutating func checkCall(_ name: String, _ arguments: [Syntax], _ syntax: Syntax) -> Node? {
    let at = syntax.position
    guard Checker.functionNames.contains(name) else {
      for argument in arguments { _ = check(argument) }
      let hint = Suggestion.hint(for: name, in: Checker.functionNames)
      return fail(.unknownFunction(name, hint: hint, at: at))
    }
    var checked: [Node] = []
    for argument in arguments {
      if let node = check(argument) { checked.append(node) }
    }
    let expected = name == "days_between" ? 2 : 1
    guard arguments.count == expected else {
      return fail(.arity(name, expects: expected, got: arguments.count, at: at))
    }
    guard checked.count == expected else { return nil }
    let argument = checked[0]
    let type = argument.type
    switch name {
    case "size":
      var isList = false
      if case .list = type { isList = true }
      guard isList || type.isString || type == .null else {
        return fail(.argument(name, expects: "a list or a string", got: type, at: at))
      }
      return node(.size(argument), .int, syntax)
    case "lower":
      guard type.isString || type == .null else {
        return fail(.argument(name, expects: "a string", got: type, at: at))
      }
      return node(.lower(argument), .string, syntax)
    case "has":
      guard arguments[0].isPath else { return fail(.notAPath(name, at: arguments[0].position)) }
      return node(.has(argument), .bool, syntax)
    default:
      for date in checked where date.type != .date && date.type != .null {
        return fail(.argument(name, expects: "two dates", got: date.type, at: at))
      }
      return node(.daysBetween(checked[0], checked[1]), .int, syntax)
    }
  }

  /// `list.exists(x, condition)`, `list.all(x, condition)`, `list.count(x, condition)`.
  mutating func checkMacro(
    _ receiver: Syntax, _ name: String, _ arguments: [Syntax], _ syntax: Syntax
  ) -> Node? {
    let list = check(receiver)
    guard let macro = Node.Macro(rawValue: name) else {
      let hint = Suggestion.hint(for: name, in: Node.Macro.allCases.map(\.rawValue))
      return fail(.unknownMacro(name, hint: hint, at: syntax.position))
    }
    guard arguments.count == 2 else {
      return fail(.arity(name, expects: 2, got: arguments.count, at: syntax.position))
    }
    guard case .name(let variable) = arguments[0].kind else {
      return fail(.macroVariable(name, at: arguments[0].position))
    }
    var elementType: ValueType?
    switch list?.type {
    case .list(let element): elementType = element
    case .null: elementType = .null
    case nil: elementType = nil
    case let other?:
      errors.append(.needsList("\(name)()", got: other, at: syntax.position))
    }
    let slot = locals.count
    locals.append(Local(name: variable, type: elementType, slot: slot))
    localCount = max(localCount, slot + 1)
    let condition = check(arguments[1])
    locals.removeLast()
    guard let list, let condition, elementType != nil else { return nil }
    guard condition.type.isBoolLike else {
      return fail(.macroCondition(name, got: condition.type, at: arguments[1].range.lowerBound))
    }
    let type: ValueType = macro == .count ? .int : .bool
    return node(.macro(macro, list: list, slot: slot, condition: condition), type, syntax)
  }
}
