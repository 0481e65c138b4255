/// The static type of an expression, checked when a rule loads.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
  /// The type of the literal `null`; compatible with every type.
  case null
  case bool
  case int
  case double
  case string
  /// A string drawn from a vocabulary (`action_types`, `tags`, `roles` …): string literals
  /// compared with it are checked against the vocabulary when the rule loads.
  case term(vocabulary: String)
  /// A day or an interval of days (a partial date).
  case date
  /// A whole number of days: `30d`, `6w`, `1y`.
  case duration
  case list(ValueType)
  case object(ObjectSchema)

  /// The name shown in type errors: `list(string)`, `action`.
  public var description: String {
    switch self {
    case .null: "null"
    case .bool: "bool"
    case .int: "int"
    case .double: "double"
    case .string: "string"
    case .term: "string"
    case .date: "date"
    case .duration: "duration"
    case .list(let element): "list(\(element))"
    case .object(let schema): schema.name
    }
  }

  /// True for `string` and vocabulary terms.
  public var isString: Bool {
    switch self {
    case .string, .term: true
    default: false
    }
  }
}
