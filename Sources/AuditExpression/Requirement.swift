/// What a condition demands of one value for it to be true, read from the conjuncts of its
/// top-level `and`: `action.type in ["a", "b"]`, `action.type == "a"`, `action.tags contains
/// "x"`. An engine may skip every binding whose value at `path` is a string outside `oneOf`, or
/// a list of strings without `contains`: for it that conjunct is false, and so the whole
/// condition is false (false and unknown is false), never unknown.
public struct Requirement: Sendable, Hashable {
  /// What the value must be.
  public enum Demand: Sendable, Hashable {
    /// A string equal to one of these.
    case oneOf(Set<String>)
    /// A list holding an element equal to this string.
    case contains(String)
  }

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
  /// when its top is an `or`, a `not` or anything else a single value cannot rule out.
  public var requirements: [Requirement] {
    var found: [Requirement] = []
    var pending = [root]
    while let node = pending.popLast() {
      if case .and(let operands) = node.kind {
        pending += operands.reversed()
      } else if let requirement = Self.requirement(node) {
        found.append(requirement)
      }
    }
    return found
  }

  private static func requirement(_ node: Node) -> Requirement? {
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
