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

/// A group of seldom-set fields kept in a `Rarely` box: empty when none is set.
public protocol SeldomSet: Hashable, Sendable {
  /// The group with no field set.
  init()
  /// True when no field is set.
  var isEmpty: Bool { get }
}

extension Rarely where Value: SeldomSet {
  /// `value` boxed, or nil when it holds nothing, so that an entry with none of the fields set
  /// holds no box (and compares equal to another such entry).
  public static func boxing(_ value: Value) -> Rarely? {
    value.isEmpty ? nil : Rarely(value)
  }

  /// `box`'s value with `change` made to it, boxed anew (nil when it then holds nothing).
  public static func changing(_ box: Rarely?, _ change: (inout Value) -> Void) -> Rarely? {
    var value = box?.value ?? Value()
    change(&value)
    return boxing(value)
  }
}
