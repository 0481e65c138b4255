/// Evaluates a checked `Node` tree against the values of the scope's variables.
///
/// Total: whatever the bindings hold, evaluation returns a value; a field of `null` is
/// `null`, a missing binding is `null`, and operators on unexpected kinds give `null`/`false`.
struct Evaluator {
  /// The values of the scope's variables, by index.
  let bindings: [Value]
  /// The values of the macro variables, by slot.
  var locals: [Value]

  init(bindings: [Value], localCount: Int) {
    self.bindings = bindings
    self.locals = Array(repeating: .null, count: localCount)
  }

  /// The value of `node`.
  mutating func value(of node: Node) -> Value {
    switch node.kind {
    case .constant(let value):
      return value
    case .list(let elements):
      var values: [Value] = []
      values.reserveCapacity(elements.count)
      for element in elements { values.append(value(of: element)) }
      return .list(values)
    case .variable(let index):
      return bindings.indices.contains(index) ? bindings[index] : .null
    case .local(let slot):
      return locals.indices.contains(slot) ? locals[slot] : .null
    case .field(let object, let slot):
      guard case .object(let slots) = value(of: object), slots.indices.contains(slot) else {
        return .null
      }
      return slots[slot]
    case .not(let operand):
      return .bool(!value(of: operand).isTrue)
    case .negate(let operand):
      return value(of: operand).negated
    case .and(let operands):
      for operand in operands where !value(of: operand).isTrue { return .bool(false) }
      return .bool(true)
    case .or(let operands):
      for operand in operands where value(of: operand).isTrue { return .bool(true) }
      return .bool(false)
    case .equal(let left, let right, let negated):
      return .bool(value(of: left).isEqual(to: value(of: right)) != negated)
    case .order(let ordering, let left, let right):
      return .bool(Value.holds(ordering, value(of: left), value(of: right)))
    case .element(let element, let list), .listContains(let list, let element):
      return .bool(contains(value(of: list), value(of: element)))
    case .substring(let text, let part):
      guard case .string(let text) = value(of: text), case .string(let part) = value(of: part)
      else { return .bool(false) }
      return .bool(part.isEmpty || text.contains(part))
    case .matches(let text, let regex):
      guard case .string(let text) = value(of: text) else { return .bool(false) }
      return .bool(regex.matches(text))
    case .add(let left, let right):
      return Value.sum(value(of: left), value(of: right))
    case .subtract(let left, let right):
      return Value.difference(value(of: left), value(of: right))
    default:
      return functionValue(of: node)
    }
  }

  private mutating func functionValue(of node: Node) -> Value {
    switch node.kind {
    case .size(let argument):
      switch value(of: argument) {
      case .list(let items): return .int(items.count)
      case .string(let text): return .int(text.count)
      default: return .int(0)
      }
    case .lower(let argument):
      guard case .string(let text) = value(of: argument) else { return .null }
      return .string(text.lowercased())
    case .has(let path):
      return .bool(value(of: path) != .null)
    case .daysBetween(let from, let to):
      guard case .date(let start) = value(of: from), case .date(let end) = value(of: to) else {
        return .null
      }
      return .int(end.first &- start.first)
    case .macro(let macro, let list, let slot, let condition):
      return macroValue(macro, elements(of: list), slot: slot, condition: condition)
    default:
      return .null
    }
  }

  /// `exists` stops at the first true condition and `all` at the first false one; a null
  /// condition counts as false.
  private mutating func macroValue(
    _ macro: Node.Macro, _ items: [Value], slot: Int, condition: Node
  )
    -> Value
  {
    guard locals.indices.contains(slot) else { return .null }
    var count = 0
    for item in items {
      locals[slot] = item
      let holds = value(of: condition).isTrue
      switch macro {
      case .exists where holds: return .bool(true)
      case .all where !holds: return .bool(false)
      case .count where holds: count += 1
      default: break
      }
    }
    switch macro {
    case .exists: return .bool(false)
    case .all: return .bool(true)
    case .count: return .int(count)
    }
  }

  /// The elements a macro walks: a list's, or none for `null` (or anything else).
  mutating func elements(of list: Node) -> [Value] {
    if case .list(let items) = value(of: list) { return items }
    return []
  }

  /// `element in list`: false when either is null.
  private func contains(_ list: Value, _ element: Value) -> Bool {
    guard case .list(let items) = list, element != .null else { return false }
    return items.contains { $0.isEqual(to: element) }
  }
}
