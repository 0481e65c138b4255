/// What an expression can name: its variables with their types, and how to check vocabulary terms.
public struct Scope: Sendable {
  /// A variable bound at evaluation time, by position in `variables`.
  public struct Variable: Sendable, Hashable {
    /// The name used in expressions: `action`, `actor`.
    public let name: String
    /// Its type.
    public let type: ValueType
    /// Creates a variable.
    public init(_ name: String, _ type: ValueType) {
      self.name = name
      self.type = type
    }
  }

  /// The variables; `Bindings` hold their values in this order.
  public let variables: [Variable]
  /// The known terms of each vocabulary, for checking string literals compared with a term.
  public let vocabularies: [String: Set<String>]

  /// Creates a scope.
  public init(variables: [Variable], vocabularies: [String: Set<String>] = [:]) {
    self.variables = variables
    self.vocabularies = vocabularies
  }
}
