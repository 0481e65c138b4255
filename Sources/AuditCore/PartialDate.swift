/// A calendar date as precise as its source: `2023`, `2023-08` or `2023-08-21`.
///
/// A partial date stands for its whole interval: `2023-08` is 1–31 August 2023.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  // Eight bytes in all (a date is stored for every act, two per range): the year, and the
  // month and day with 0 for unknown.
  private let storedYear: Int32
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The year, 1–9999.
  public var year: Int { Int(storedYear) }
  /// The month, 1–12, when known.
  public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
  /// The day of the month, when known.
  public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

  /// Creates a date, or nil when the parts do not form a real date.
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.storedYear = Int32(year)
    self.storedMonth = UInt8(month ?? 0)
    self.storedDay = UInt8(day ?? 0)
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
  public init?(parsing text: some StringProtocol) {
    var text = String(text)
    guard let date = text.withUTF8({ PartialDate(utf8: $0) }) else { return nil }
    self = date
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written in UTF-8 bytes: read off the bytes,
  /// without allocating, as every act's date passes here.
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    var parts = (0, 0)
    var count = 0
    var digits = 0
    var value = 0
    for byte in bytes {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
        guard digits <= 4 else { return nil }
      } else if byte == UInt8(ascii: "-"), count < 2, digits == (count == 0 ? 4 : 2) {
        if count == 0 { parts.0 = value } else { parts.1 = value }
        count += 1
        (digits, value) = (0, 0)
      } else {
        return nil
      }
    }
    guard digits == (count == 0 ? 4 : 2) else { return nil }
    switch count {
    case 0: self.init(year: value)
    case 1: self.init(year: parts.0, month: value)
    default: self.init(year: parts.0, month: parts.1, day: value)
    }
  }

  /// Creates the exact date of a day number (days since 1970-01-01).
  public init(dayNumber: Int) {
    // Howard Hinnant's civil_from_days.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.storedYear = Int32(clamping: y)
    self.storedMonth = UInt8(m)
    self.storedDay = UInt8(d)
  }

  /// True when the day is known.
  public var isExact: Bool { day != nil }

  /// The first day of the interval, as days since 1970-01-01.
  public var firstDay: Int { PartialDate.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day of the interval, as days since 1970-01-01.
  public var lastDay: Int {
    let m = month ?? 12
    return PartialDate.dayNumber(
      year: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
  }

  /// `2023`, `2023-08` or `2023-08-21`.
  public var description: String {
    // At most ten ASCII bytes: a small string, written in place with no allocation.
    String(unsafeUninitializedCapacity: 10) { write(into: $0.baseAddress!) }
  }

  /// Writes `description`'s bytes at `bytes` (room for 10); their count.
  func write(into bytes: UnsafeMutablePointer<UInt8>) -> Int {
    func digits(_ value: Int, _ width: Int, at offset: Int) {
      var value = value
      for position in (offset..<offset + width).reversed() {
        bytes[position] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
      }
    }
    // The year is 1 to 9999 (`init` refuses any other): four digits.
    digits(year, 4, at: 0)
    guard storedMonth != 0 else { return 4 }
    bytes[4] = UInt8(ascii: "-")
    digits(Int(storedMonth), 2, at: 5)
    guard storedDay != 0 else { return 7 }
    bytes[7] = UInt8(ascii: "-")
    digits(Int(storedDay), 2, at: 8)
    return 10
  }

  /// Orders by first day, then by the shorter interval first.
  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
  }

  /// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
  public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The number of days in `month` of `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
