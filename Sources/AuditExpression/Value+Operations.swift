import AuditCore

/// The run-time semantics of the operators, total over all values: a value of an unexpected
/// kind gives `null` (unknown), never a trap.
extension Value {
  /// `==`: numbers compare numerically, dates by their whole interval, lists element-wise.
  func isEqual(to other: Value) -> Bool {
    switch (self, other) {
    case (.int(let a), .double(let b)): Double(a) == b
    case (.double(let a), .int(let b)): a == Double(b)
    case (.string(let a), .string(let b)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
    case (.list(let a), .list(let b)), (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
    default: self == other
    }
  }

  /// `< <= > >=`; nil (unknown) whenever either side is null or the kinds do not order.
  ///
  /// Dates are intervals and the comparison says only what the intervals settle: `a < b` is
  /// true when all of `a` is before all of `b`, false when no day of `a` is before any day of
  /// `b`, and unknown when they overlap (`2023-08 < 2023-08-15`). `a <= b` is true when `a`
  /// ends on or before the day `b` starts, or they are the same interval.
  static func holds(_ ordering: Node.Ordering, _ left: Value, _ right: Value) -> Bool? {
    switch (left, right) {
    case (.int(let a), .int(let b)), (.duration(let a), .duration(let b)):
      return ordering.holds(sign(a, b))
    case (.int(let a), .double(let b)): return ordering.holds(sign(Double(a), b))
    case (.double(let a), .int(let b)): return ordering.holds(sign(a, Double(b)))
    case (.double(let a), .double(let b)): return ordering.holds(sign(a, b))
    case (.string(let a), .string(let b)):
      if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return ordering.holds(0) }
      let precedes = a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
      return ordering.holds(precedes ? -1 : 1)
    case (.date(let a), .date(let b)):
      switch ordering {
      case .less: return a.last < b.first ? true : a.first >= b.last || a == b ? false : nil
      case .greater: return a.first > b.last ? true : a.last <= b.first || a == b ? false : nil
      case .lessOrEqual:
        return a.last <= b.first || a == b ? true : a.first > b.last ? false : nil
      case .greaterOrEqual:
        return a.first >= b.last || a == b ? true : a.last < b.first ? false : nil
      }
    default:
      return nil
    }
  }

  /// -1, 0 or 1; nil for values that do not order (NaN).
  private static func sign<T: Comparable>(_ a: T, _ b: T) -> Int? {
    a < b ? -1 : a > b ? 1 : a == b ? 0 : nil
  }

  /// `+`: numbers, date + duration, duration + duration; integers wrap instead of trapping.
  static func sum(_ left: Value, _ right: Value) -> Value {
    switch (left, right) {
    case (.int(let a), .int(let b)): .int(a &+ b)
    case (.int(let a), .double(let b)): .double(Double(a) + b)
    case (.double(let a), .int(let b)): .double(a + Double(b))
    case (.double(let a), .double(let b)): .double(a + b)
    case (.date(let span), .duration(let days)), (.duration(let days), .date(let span)):
      span.moved(by: days)
    case (.duration(let a), .duration(let b)): .duration(a &+ b)
    default: .null
    }
  }

  /// `-`: numbers, date - duration, duration - duration, date - date (between first days).
  static func difference(_ left: Value, _ right: Value) -> Value {
    switch (left, right) {
    case (.int(let a), .int(let b)): .int(a &- b)
    case (.int(let a), .double(let b)): .double(Double(a) - b)
    case (.double(let a), .int(let b)): .double(a - Double(b))
    case (.double(let a), .double(let b)): .double(a - b)
    case (.date(let span), .duration(let days)): span.moved(by: 0 &- days)
    case (.duration(let a), .duration(let b)): .duration(a &- b)
    case (.date(let a), .date(let b)): .duration(a.first &- b.first)
    default: .null
    }
  }

  /// Unary `-`.
  var negated: Value {
    switch self {
    case .int(let n): .int(0 &- n)
    case .double(let d): .double(-d)
    case .duration(let days): .duration(0 &- days)
    default: .null
    }
  }
}

extension Node.Ordering {
  /// Whether the ordering holds for a comparison result; nil for values that do not order.
  fileprivate func holds(_ sign: Int?) -> Bool? {
    guard let sign else { return nil }
    switch self {
    case .less: return sign < 0
    case .lessOrEqual: return sign <= 0
    case .greater: return sign > 0
    case .greaterOrEqual: return sign >= 0
    }
  }
}

extension DaySpan {
  /// The first and last days that the calendar code handles: 0001-01-01 and 9999-12-31.
  private static let representable =
    PartialDate.dayNumber(
      year: 1, month: 1, day: 1)...PartialDate.dayNumber(
      year: 9999, month: 12, day: 31)

  /// The span moved by `days`, or null when it would leave years 1–9999.
  fileprivate func moved(by days: Int) -> Value {
    let (start, overflowStart) = first.addingReportingOverflow(days)
    let (end, overflowEnd) = last.addingReportingOverflow(days)
    guard !overflowStart, !overflowEnd, DaySpan.representable.contains(start),
      DaySpan.representable.contains(end)
    else { return .null }
    return .date(DaySpan(first: start, last: end))
  }
}
