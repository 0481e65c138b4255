/// The fields of an object type (`action`, `actor`, `evidence` …), in slot order.
///
/// Field access is resolved to a slot index when an expression is compiled, so evaluation
/// never looks a field up by name.
public final class ObjectSchema: Hashable, Sendable, CustomStringConvertible {
  /// One named, typed field.
  public struct Field: Hashable, Sendable {
    /// The field's name as written in expressions.
    public let name: String
    /// The field's type.
    public let type: ValueType
    /// A one-line description, for documentation and `audit explain`.
    public let summary: String
    /// Creates a field.
    public init(_ name: String, _ type: ValueType, _ summary: String = "") {
      self.name = name
      self.type = type
      self.summary = summary
    }
  }

  /// The type's name, shown in errors: `action`, `evidence`.
  public let name: String
  /// Fields in slot order: an object value's `n`-th element is the `n`-th field.
  public let fields: [Field]
  private let slots: [String: Int]

  /// Creates a schema.
  public init(name: String, fields: [Field]) {
    self.name = name
    self.fields = fields
    self.slots = Dictionary(
      fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The slot of the field called `name`.
  public func slot(of name: String) -> Int? { slots[name] }

  /// The type's name.
  public var description: String { name }

  public static func == (lhs: ObjectSchema, rhs: ObjectSchema) -> Bool { lhs === rhs }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
