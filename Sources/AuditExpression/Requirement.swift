/// What a condition demands of one value for it to be true, read from the conjuncts of its
/// top-level `and`: `action.type in ["a", "b"]`, `action.type == "a"`, `action.tags contains
/// "x"`, `action.tags.exists(t, t in ["x", "y"])`, or an `or` of such demands on one path. An
/// engine may skip every binding whose value at `path` is a string outside `oneOf`, or a list
/// of strings (of at most `longestList` elements) without any element of `contains` /
/// `containsAny`: for it that conjunct is false, and so the whole condition is false (false and
/// unknown is false), never unknown.
public struct Requirement: Sendable, Hashable {
  /// What the value must be.
  public enum Demand: Sendable, Hashable {
    /// A string equal to one of these.
    case oneOf(Set<String>)
    /// A list holding an element equal to this string.
    case contains(String)
    /// A list holding an element equal to one of these.
    case containsAny(Set<String>)

    /// The strings a list must hold one of, for `contains` and `containsAny`; nil for `oneOf`.
    public var elements: Set<String>? {
      switch self {
      case .oneOf: nil
      case .contains(let text): [text]
      case .containsAny(let texts): texts
      }
    }
  }

  /// The longest list whose lack of an element decides a `contains` or `containsAny`: an
  /// `exists` over a longer list may run out of the evaluation's macro budget and be unknown.
  public static let longestList = Interpreter.macroStepBudget

  /// The variable's index in the scope, then each field's slot: `action.type` is `[0, 2]`.
  public let path: [Int]
  /// What the value at `path` must be.
  public let demand: Demand

  /// Creates a requirement.
  public init(path: [Int], demand: Demand) {
    self.path = path
    self.demand = demand
  }

  /// The value at `path` in `bindings`, or nil when a step is missing or not an object.
  public func value(in bindings: [Value]) -> Value? {
    guard let first = path.first, bindings.indices.contains(first) else { return nil }
    var value = bindings[first]
    for slot in path.dropFirst() {
      guard case .object(let slots) = value, slots.indices.contains(slot) else { return nil }
      value = slots[slot]
    }
    return value
  }
}

extension CompiledExpression {
  /// The requirements of the condition's top-level conjuncts (nested `and`s included); empty
  /// when its top is an `or` of different paths, a `not` or anything else a single value cannot
  /// rule out.
  ///
  /// An `exists` counts only when no macro is evaluated before it (conjuncts are evaluated in
  /// order): then it alone spends the macro budget, and over a list of at most `longestList`
  /// strings it is false when no element is one of its strings.
  public var requirements: [Requirement] {
    var found: [Requirement] = []
    var macroBefore = false
    var pending = [root]
    while let node = pending.popLast() {
      if case .and(let operands) = node.kind {
        pending += operands.reversed()
        continue
      }
      if let requirement = Self.requirement(node, macroBefore: macroBefore) {
        found.append(requirement)
      }
      if node.holdsMacro { macroBefore = true }
    }
    return found
  }

  private static func requirement(_ node: Node, macroBefore: Bool) -> Requirement? {
    switch node.kind {
    case .element(let element, let list):
      guard let path = path(element), let strings = strings(list) else { return nil }
      return Requirement(path: path, demand: .oneOf(Set(strings)))
    case .equal(let left, let right, negated: false):
      if let path = path(left), case .constant(.string(let text)) = right.kind {
        return Requirement(path: path, demand: .oneOf([text]))
      }
      if let path = path(right), case .constant(.string(let text)) = left.kind {
        return Requirement(path: path, demand: .oneOf([text]))
      }
      return nil
    case .listContains(let list, let element):
      guard let path = path(list), case .constant(.string(let text)) = element.kind else {
        return nil
      }
      return Requirement(path: path, demand: .contains(text))
    case .macro(.exists, let list, let slot, let condition):
      guard !macroBefore, let path = path(list), let texts = members(condition, slot: slot)
      else { return nil }
      return Requirement(path: path, demand: .containsAny(texts))
    case .or(let operands):
      // False only when every operand is false: each must rule out the value on one path.
      var macroBefore = macroBefore
      var parts: [Requirement] = []
      for operand in operands {
        guard let part = requirement(operand, macroBefore: macroBefore) else { return nil }
        parts.append(part)
        if operand.holdsMacro { macroBefore = true }
      }
      return union(parts)
    default:
      return nil
    }
  }

  /// One requirement met when any of `parts` is: all on one path, all `oneOf` or all about
  /// a list's elements.
  private static func union(_ parts: [Requirement]) -> Requirement? {
    guard let first = parts.first, parts.allSatisfy({ $0.path == first.path }) else {
      return nil
    }
    if parts.allSatisfy({ $0.demand.elements == nil }) {
      var texts: Set<String> = []
      for case .oneOf(let some) in parts.map(\.demand) { texts.formUnion(some) }
      return Requirement(path: first.path, demand: .oneOf(texts))
    }
    let elements = parts.compactMap(\.demand.elements)
    guard elements.count == parts.count else { return nil }
    return Requirement(
      path: first.path, demand: .containsAny(elements.reduce(into: []) { $0.formUnion($1) }))
  }

  /// The strings an `exists` condition on its variable (`slot`) is true for, when it is false
  /// for every other string: `t in [...]`, `t == "..."`, or an `or` of them.
  private static func members(_ node: Node, slot: Int) -> Set<String>? {
    let isVariable = { (node: Node) in
      if case .local(slot) = node.kind { true } else { false }
    }
    switch node.kind {
    case .element(let element, let list):
      guard isVariable(element), let strings = strings(list) else { return nil }
      return Set(strings)
    case .equal(let left, let right, negated: false):
      if isVariable(left), case .constant(.string(let text)) = right.kind { return [text] }
      if isVariable(right), case .constant(.string(let text)) = left.kind { return [text] }
      return nil
    case .or(let operands):
      var texts: Set<String> = []
      for operand in operands {
        guard let some = members(operand, slot: slot) else { return nil }
        texts.formUnion(some)
      }
      return texts
    default:
      return nil
    }
  }

  /// A scope variable followed by fields, as variable index and slots.
  private static func path(_ node: Node) -> [Int]? {
    switch node.kind {
    case .variable(let index): [index]
    case .field(let object, let slot): path(object).map { $0 + [slot] }
    default: nil
    }
  }

  /// A literal list of strings (no null: a null element could make `in` unknown).
  private static func strings(_ node: Node) -> [String]? {
    let items: [Value]
    switch node.kind {
    case .constant(.list(let values)): items = values
    case .list(let nodes):
      items = nodes.compactMap { if case .constant(let value) = $0.kind { value } else { nil } }
      guard items.count == nodes.count else { return nil }
    default: return nil
    }
    var strings: [String] = []
    for item in items {
      guard case .string(let text) = item else { return nil }
      strings.append(text)
    }
    return strings
  }
}

extension Node {
  /// True when the node or one of its sub-expressions is a macro (which spends the budget).
  var holdsMacro: Bool {
    if case .macro = kind { return true }
    return children.contains { $0.holdsMacro }
  }
}
