/// When an act happened, as precise as its source: one partial date (`2023-08`) or a range
/// of them (`2023-08-20/2023-09-08`).
///
/// Either way it means "some day in this interval": from the first day of `from` to the
/// last day of `to`. A single date has `from == to`.
public struct DateRange: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The start of the interval.
  public let from: PartialDate
  /// The end of the interval; never before `from`.
  public let to: PartialDate

  /// A range, or nil when `from` is after `to`: when it starts later or ends later.
  public init?(from: PartialDate, to: PartialDate) {
    guard from.firstDay <= to.firstDay, from.lastDay <= to.lastDay else { return nil }
    self.from = from
    self.to = to
  }

  /// The range of one partial date.
  public init(_ date: PartialDate) {
    self.from = date
    self.to = date
  }

  /// What went wrong reading a range.
  public enum ParseError: Error, Equatable, Sendable {
    /// A part is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real day.
    case notADate
    /// Both parts are dates, but `from` is after `to`.
    case fromAfterTo
  }

  /// Parses `2023-08`, `2023-08-20` or `2023-08-20/2023-09-08`.
  public static func parse(_ text: some StringProtocol) -> Result<DateRange, ParseError> {
    var text = String(text)
    return text.withUTF8(parse(utf8:))
  }

  /// `parse` over UTF-8 bytes, in one concrete type: the generic version walked the bytes
  /// through protocol witnesses, thousands of instructions a date.
  private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<DateRange, ParseError>
  {
    // One `/` at most; the halves are parsed in place.
    let slash = bytes.firstIndex(of: UInt8(ascii: "/"))
    guard
      let from = PartialDate(
        utf8: UnsafeBufferPointer(rebasing: bytes[..<(slash ?? bytes.endIndex)])),
      let to = slash.map({ PartialDate(utf8: UnsafeBufferPointer(rebasing: bytes[($0 + 1)...])) })
        ?? from
    else { return .failure(.notADate) }
    guard let range = DateRange(from: from, to: to) else { return .failure(.fromAfterTo) }
    return .success(range)
  }

  /// Parses like `parse`, nil on any error.
  public init?(parsing text: some StringProtocol) {
    guard case .success(let range) = Self.parse(text) else { return nil }
    self = range
  }

  /// True when the range is one partial date.
  public var isSingle: Bool { from == to }

  /// True when the range is one exact day.
  public var isExact: Bool { from.firstDay == to.lastDay }

  /// The first day of the interval, as days since 1970-01-01.
  public var firstDay: Int { from.firstDay }

  /// The last day of the interval, as days since 1970-01-01.
  public var lastDay: Int { to.lastDay }

  /// `2023-08` for a single date, `2023-08-20/2023-09-08` for a range.
  public var description: String {
    guard !isSingle else { return from.description }
    return String(unsafeUninitializedCapacity: 21) { buffer in
      let bytes = buffer.baseAddress!
      let count = from.write(into: bytes)
      bytes[count] = UInt8(ascii: "/")
      return count + 1 + to.write(into: bytes + count + 1)
    }
  }

  /// Orders by first day, then by last day (the shorter interval first).
  public static func < (lhs: DateRange, rhs: DateRange) -> Bool {
    // The text is compared only between ranges of the same days: building it for every
    // comparison made sorting a large case's acts spend most of its time writing dates.
    if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
    if lhs.lastDay != rhs.lastDay { return lhs.lastDay < rhs.lastDay }
    return lhs.description < rhs.description
  }
}
