/// A parsed expression node, before names and types are checked.
///
/// Every node keeps the scalar range of its source text (parentheses included) and the
/// offset its diagnostics point at: the operator of a binary node, the name of a field.
struct Syntax: Sendable {
  /// The shape of a node.
  indirect enum Kind: Sendable {
    /// A literal: string, number, bool, null, date or duration.
    case literal(Value)
    case list([Syntax])
    case name(String)
    case field(Syntax, String)
    case not(Syntax)
    case negate(Syntax)
    case and([Syntax])
    case or([Syntax])
    case binary(BinaryOperator, Syntax, Syntax)
    /// `name(arguments)`.
    case call(String, [Syntax])
    /// `receiver.name(arguments)`: the macros `exists`, `all`, `count`.
    case method(Syntax, String, [Syntax])
  }

  /// The binary operators other than `and` / `or`.
  enum BinaryOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in`
    case contains
    case matches
    case add = "+"
    case subtract = "-"
  }

  var kind: Kind
  /// The source text's scalar range.
  var range: Range<Int>
  /// Where diagnostics about this node point.
  var position: Int
  /// Height of the tree below this node, 1 for a leaf; bounded by `Parser.maximumDepth`.
  var depth: Int

  /// The string of a string literal, which vocabulary checks and `matches` look for.
  var stringLiteral: String? {
    if case .literal(.string(let text)) = kind { return text }
    return nil
  }

  /// True for a field path: a name followed by zero or more fields.
  var isPath: Bool {
    switch kind {
    case .name: true
    case .field(let receiver, _): receiver.isPath
    default: false
    }
  }
}
