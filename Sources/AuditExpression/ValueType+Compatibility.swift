/// The type rules shared by the checker's operators.
extension ValueType {
  /// True for `int` and `double`.
  var isNumeric: Bool { self == .int || self == .double }

  /// True when a value of this type may be used where a bool is needed (`null` there is unknown).
  var isBoolLike: Bool { self == .bool || self == .null }

  /// True when the two types may be compared with `==`: the same type, two strings or terms,
  /// two numbers, lists of compatible elements, or `null` with anything.
  func isCompatible(with other: ValueType) -> Bool {
    switch (self, other) {
    case (.null, _), (_, .null): true
    case (.list(let a), .list(let b)): a.isCompatible(with: b)
    default: self == other || (isString && other.isString) || (isNumeric && other.isNumeric)
    }
  }

  /// The type of a list holding both types, or nil when they cannot share a list.
  func unified(with other: ValueType) -> ValueType? {
    switch (self, other) {
    case (.null, _): return other
    case (_, .null): return self
    case (.list(let a), .list(let b)): return a.unified(with: b).map { .list($0) }
    default:
      if self == other { return self }
      if isString && other.isString { return .string }
      if isNumeric && other.isNumeric { return .double }
      return nil
    }
  }

  /// True when the type is, or holds, an object (which a message cannot show).
  var containsObject: Bool {
    switch self {
    case .object: true
    case .list(let element): element.containsObject
    default: false
    }
  }

  /// The type of a literal value.
  static func of(literal value: Value) -> ValueType {
    switch value {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .double: .double
    case .string: .string
    case .date: .date
    case .duration: .duration
    case .list, .object: .null
    }
  }
}
