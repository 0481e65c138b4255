/// Evaluates a checked `Node` tree against the values of the scope's variables.
///
/// Total: whatever the bindings hold, evaluation returns a value; a field of `null` is
/// `null`, a missing binding is `null`, and operators on unexpected kinds give `null`.
///
/// Conditions are three-valued: `null` in a boolean place is *unknown*. A comparison,
/// `in`, `contains` or `matches` with a `null` operand is unknown (only a comparison with the
/// literal `null` is definite); `and`, `or` and `not` follow Kleene's logic; `exists` and `all`
/// are the `or` and `and` of their conditions; `count` counts the elements whose condition is
/// true.
struct Interpreter {
  /// The values of the scope's variables, by index.
  let bindings: [Value]
  /// The values of the macro variables, by slot.
  var locals: [Value]
  /// Offsets of the `matches` patterns that gave up deciding (past their step bound).
  var undecidedPatterns: [Int] = []
  /// Macro iterations taken so far in this evaluation.
  var macroSteps = 0

  /// How many macro iterations one evaluation may take, over all its macros: nested macros
  /// over long lists multiply (six nested `all` over ten elements is a million iterations).
  /// Past the bound every macro is unknown, so the condition is undecided, never a hang —
  /// as cel-go bounds comprehensions.
  static let macroStepBudget = 100_000

  /// True once the evaluation has used its macro budget.
  var macroBudgetSpent: Bool { macroSteps > Self.macroStepBudget }

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
      guard case .bool(let holds) = value(of: operand) else { return .null }
      return .bool(!holds)
    case .negate(let operand):
      return value(of: operand).negated
    case .and(let operands):
      // Kleene: false if any operand is false, else unknown if any is unknown, else true.
      var unknown = false
      for operand in operands {
        switch value(of: operand) {
        case .bool(false): return .bool(false)
        case .bool(true): continue
        default: unknown = true
        }
      }
      return unknown ? .null : .bool(true)
    case .or(let operands):
      // Kleene: true if any operand is true, else unknown if any is unknown, else false.
      var unknown = false
      for operand in operands {
        switch value(of: operand) {
        case .bool(true): return .bool(true)
        case .bool(false): continue
        default: unknown = true
        }
      }
      return unknown ? .null : .bool(false)
    case .equal(let left, let right, let negated):
      let (a, b) = (value(of: left), value(of: right))
      // `x == null` asks whether x is missing: always definite.
      guard left.isNullLiteral || right.isNullLiteral || (a != .null && b != .null) else {
        return .null
      }
      return .bool(a.isEqual(to: b) != negated)
    case .order(let ordering, let left, let right):
      return Value.holds(ordering, value(of: left), value(of: right)).map(Value.bool) ?? .null
    case .element(let element, let list), .listContains(let list, let element):
      return Self.contains(value(of: list), value(of: element))
    case .substring(let text, let part):
      guard case .string(let text) = value(of: text), case .string(let part) = value(of: part)
      else { return .null }
      return .bool(Value.text(text, contains: part))
    case .matches(let text, let regex):
      guard case .string(let text) = value(of: text) else { return .null }
      guard let found = regex.matches(text) else {
        undecidedPatterns.append(regex.offset)
        return .null
      }
      return .bool(found)
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
      default: return .null
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
      return macroValue(macro, value(of: list), slot: slot, condition: condition)
    default:
      return .null
    }
  }

  /// `exists` is the `or` of its conditions and `all` their `and`: `exists` stops at the
  /// first true condition, `all` at the first false one. `count` counts true conditions only.
  /// Over a `null` list (missing data) every macro is unknown; over an empty list `exists` is
  /// false, `all` true and `count` 0.
  private mutating func macroValue(
    _ macro: Node.Macro, _ list: Value, slot: Int, condition: Node
  )
    -> Value
  {
    guard case .list(let items) = list, locals.indices.contains(slot), !macroBudgetSpent else {
      return .null
    }
    var count = 0
    var unknown = false
    for item in items {
      macroSteps += 1
      if macroBudgetSpent { return .null }
      locals[slot] = item
      switch value(of: condition) {
      case .bool(true) where macro == .exists: return .bool(true)
      case .bool(false) where macro == .all: return .bool(false)
      case .bool(true): count += 1
      case .bool(false): break
      default: unknown = true
      }
    }
    switch macro {
    case .exists, .all: return unknown ? .null : .bool(macro == .all)
    case .count: return .int(count)
    }
  }

  /// `element in list`: true if an item equals the element; unknown if the element or the list
  /// is null, or if no item equals it but some item is null; false otherwise.
  static func contains(_ list: Value, _ element: Value) -> Value {
    guard case .list(let items) = list, element != .null else { return .null }
    if items.contains(where: { $0 != .null && $0.isEqual(to: element) }) { return .bool(true) }
    return items.contains(.null) ? .null : .bool(false)
  }
}

extension Node {
  /// True for the literal `null`, which makes `==` / `!=` a definite test of absence.
  var isNullLiteral: Bool {
    if case .constant(.null) = kind { return true }
    return false
  }
}
