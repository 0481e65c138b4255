/// A value kept out of line, behind one reference: the fields a model type seldom has set
/// (an act's channel, an evidence item's translation) cost the millions of entries of a
/// large case 8 bytes of a shared nil instead of 16 bytes a field.
///
/// Immutable, so that it keeps value semantics: a change makes a new box. Equal and hashed
/// by its value.
public final class Rarely<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The value kept.
  public let value: Value

  /// Boxes `value`.
  public init(_ value: Value) { self.value = value }

  public static func == (lhs: Rarely, rhs: Rarely) -> Bool {
    lhs === rhs || lhs.value == rhs.value
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
