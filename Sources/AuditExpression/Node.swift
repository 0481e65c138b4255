/// A checked expression node: names resolved to variable and slot indices, regular
/// expressions compiled, so evaluation does no lookups by name.
struct Node: Sendable {
  /// The operation of a node.
  indirect enum Kind: Sendable {
    case constant(Value)
    case list([Node])
    /// A scope variable, by its index in `Scope.variables`.
    case variable(Int)
    /// A macro's variable, by its slot among the locals.
    case local(Int)
    /// A field of an object, by slot.
    case field(Node, Int)
    case not(Node)
    case negate(Node)
    case and([Node])
    case or([Node])
    case equal(Node, Node, negated: Bool)
    case order(Ordering, Node, Node)
    /// `element in list`.
    case element(Node, of: Node)
    /// `list contains element`.
    case listContains(Node, Node)
    /// `string contains substring`.
    case substring(Node, Node)
    case matches(Node, RegexPattern)
    case add(Node, Node)
    case subtract(Node, Node)
    case size(Node)
    case lower(Node)
    case has(Node)
    case daysBetween(Node, Node)
    case macro(Macro, list: Node, slot: Int, condition: Node)
  }

  /// The ordering comparisons.
  enum Ordering: String, Sendable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
  }

  /// The list macros.
  enum Macro: String, Sendable, CaseIterable {
    case exists, all, count
  }

  let kind: Kind
  /// The static type.
  let type: ValueType
  /// The exact source text of the node, for traces and messages.
  let text: String

  /// True when the node's value does not depend on the bindings.
  var isConstant: Bool {
    if case .constant = kind { return true }
    return false
  }

  /// The direct sub-expressions, in source order.
  var children: [Node] {
    switch kind {
    case .constant, .variable, .local: []
    case .list(let nodes), .and(let nodes), .or(let nodes): nodes
    case .field(let node, _), .not(let node), .negate(let node), .matches(let node, _),
      .size(let node), .lower(let node), .has(let node):
      [node]
    case .equal(let a, let b, _), .order(_, let a, let b), .element(let a, let b),
      .listContains(let a, let b), .substring(let a, let b), .add(let a, let b),
      .subtract(let a, let b), .daysBetween(let a, let b):
      [a, b]
    case .macro(_, let list, _, let condition): [list, condition]
    }
  }
}
