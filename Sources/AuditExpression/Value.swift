/// A value at run time. Objects are arrays of slots laid out by their `ObjectSchema`.
public enum Value: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case date(DaySpan)
  /// A number of days.
  case duration(Int)
  case list([Value])
  /// Field values in the slot order of the object's schema.
  case object([Value])

  /// True only for `.bool(true)`: a rule fires only when its condition is true, never on
  /// `null` (unknown).
  public var isTrue: Bool {
    if case .bool(true) = self { return true }
    return false
  }

  /// The text used when a value is rendered into a message or a trace: lists joined by
  /// ", ", `null` as "(none)"; objects (which have no schema here) as "{…}".
  public var rendered: String {
    switch self {
    case .null: "(none)"
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .double(let d): String(d)
    case .string(let s): s
    case .date(let span): span.description
    case .duration(let days): "\(days)d"
    case .list(let items): items.map(\.rendered).joined(separator: ", ")
    case .object: "{…}"
    }
  }
}
