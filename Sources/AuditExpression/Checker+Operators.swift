/// Type rules of the comparison, membership, `matches` and arithmetic operators.
extension Checker {
  mutating func checkBinary(
    _ op: Syntax.BinaryOperator, _ leftSyntax: Syntax, _ rightSyntax: Syntax, _ syntax: Syntax
  ) -> Node? {
    if op == .matches { return checkMatches(leftSyntax, rightSyntax, syntax) }
    let left = check(leftSyntax)
    let right = check(rightSyntax)
    guard let left, let right else { return nil }
    let at = syntax.position
    switch op {
    case .equal, .notEqual:
      guard left.type.isCompatible(with: right.type) else {
        return fail(.cannotCompare(left.type, right.type, at: at))
      }
      checkTerms(rightSyntax, against: left.type)
      checkTerms(leftSyntax, against: right.type)
      return node(.equal(left, right, negated: op == .notEqual), .bool, syntax)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let ordering = Node.Ordering(rawValue: op.rawValue) ?? .less
      return checkOrdering(ordering, left, right, syntax)
    case .in:
      return checkMembership(element: left, list: right, leftSyntax, rightSyntax, syntax) {
        .element($0, of: $1)
      }
    case .contains:
      if left.type.isString {
        guard right.type.isString || right.type == .null else {
          return fail(.substringNeedsString(got: right.type, at: at))
        }
        return node(.substring(left, right), .bool, syntax)
      }
      if case .list = left.type {
      } else if left.type != .null {
        return fail(.needsListOrString("'contains'", got: left.type, at: at))
      }
      return checkMembership(element: right, list: left, rightSyntax, leftSyntax, syntax) {
        .listContains($1, $0)
      }
    case .add, .subtract:
      return checkArithmetic(op, left, right, syntax)
    case .matches:
      return nil
    }
  }

  private mutating func checkOrdering(
    _ ordering: Node.Ordering, _ left: Node, _ right: Node, _ syntax: Syntax
  ) -> Node? {
    let (l, r) = (left.type, right.type)
    let orderable =
      l == .null || r == .null || (l.isNumeric && r.isNumeric) || (l.isString && r.isString)
      || (l == r && (l == .date || l == .duration))
    guard orderable else {
      if l.isCompatible(with: r) {
        return fail(.cannotOrder(l, with: ordering.rawValue, at: syntax.position))
      }
      return fail(.cannotCompare(l, r, at: syntax.position))
    }
    return node(.order(ordering, left, right), .bool, syntax)
  }

  /// `element in list` and `list contains element`.
  private mutating func checkMembership(
    element: Node, list: Node, _ elementSyntax: Syntax, _ listSyntax: Syntax, _ syntax: Syntax,
    _ make: (Node, Node) -> Node.Kind
  ) -> Node? {
    let elementType: ValueType
    switch list.type {
    case .list(let type): elementType = type
    case .null: elementType = .null
    default:
      let hint = list.type.isString ? "; to look for a substring use 'contains'" : ""
      return fail(.needsList("'in'", got: list.type, hint: hint, at: syntax.position))
    }
    guard element.type.isCompatible(with: elementType) else {
      return fail(.elementMismatch(element.type, in: list.type, at: syntax.position))
    }
    checkTerms(elementSyntax, against: elementType)
    checkTerms(listSyntax, against: .list(element.type))
    return node(make(element, list), .bool, syntax)
  }

  private mutating func checkMatches(_ leftSyntax: Syntax, _ rightSyntax: Syntax, _ syntax: Syntax)
    -> Node?
  {
    let left = check(leftSyntax)
    guard let pattern = rightSyntax.stringLiteral else {
      return fail(.matchesNeedsLiteral(at: rightSyntax.range.lowerBound))
    }
    let regex: RegexPattern
    switch RegexPattern.compile(pattern, at: rightSyntax.position) {
    case .success(let compiled): regex = compiled
    case .failure(let failure):
      return fail(.invalidRegex(pattern, reason: failure.reason, at: rightSyntax.position))
    }
    guard let left else { return nil }
    guard left.type.isString || left.type == .null else {
      return fail(.matchesNeedsString(got: left.type, at: syntax.position))
    }
    return node(.matches(left, regex), .bool, syntax)
  }

  private mutating func checkArithmetic(
    _ op: Syntax.BinaryOperator, _ left: Node, _ right: Node, _ syntax: Syntax
  ) -> Node? {
    let isAdd = op == .add
    let result: ValueType?
    switch (left.type, right.type) {
    case (.int, .int): result = .int
    case (.int, .double), (.double, .int), (.double, .double): result = .double
    case (.date, .duration): result = .date
    case (.duration, .date): result = isAdd ? .date : nil
    case (.duration, .duration): result = .duration
    case (.date, .date): result = isAdd ? nil : .duration
    default: result = nil
    }
    guard let result else {
      return fail(.arithmetic(op.rawValue, left.type, right.type, at: syntax.position))
    }
    return node(isAdd ? .add(left, right) : .subtract(left, right), result, syntax)
  }
}
