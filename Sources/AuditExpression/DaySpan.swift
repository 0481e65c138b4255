import AuditCore

/// A date value at run time: the interval of days a (possibly partial) date stands for.
public struct DaySpan: Hashable, Sendable, CustomStringConvertible {
  /// First day, as days since 1970-01-01.
  public var first: Int
  /// Last day, inclusive.
  public var last: Int

  /// Creates a span; `last` must not precede `first`.
  public init(first: Int, last: Int) {
    self.first = first
    self.last = max(first, last)
  }

  /// The interval of a partial date.
  public init(_ date: PartialDate) { self.init(first: date.firstDay, last: date.lastDay) }

  /// `2023-08-21`, `2023-08` or `2023` when the span is exactly such a date, else `first..last`.
  public var description: String {
    let start = PartialDate(dayNumber: first)
    let end = PartialDate(dayNumber: last)
    if first == last { return start.description }
    if start.day == 1, end.year == start.year, end.month == start.month,
      end.day == PartialDate.daysIn(month: start.month!, year: start.year)
    {
      return PartialDate(year: start.year, month: start.month)!.description
    }
    if start.month == 1, start.day == 1, end.year == start.year, end.month == 12, end.day == 31 {
      return String(start.year)
    }
    return "\(start)..\(end)"
  }
}
