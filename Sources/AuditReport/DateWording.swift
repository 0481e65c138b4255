import AuditCore

/// Dates as people write them: "on 21 September 2023", "in August 2023", "between 20 August and
/// 8 September 2023" — never `2023-08`, which reads as a date it is not.
enum DateWording {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The date with its preposition, for prose: "on …", "in …", "between … and …".
  static func phrase(_ range: DateRange) -> String {
    if range.isSingle {
      return (range.from.day == nil ? "in " : "on ") + name(range.from)
    }
    return "between " + span(range, separator: " and ")
  }

  /// The date alone, for a table cell: "21 September 2023", "20 August – 8 September 2023".
  static func cell(_ range: DateRange) -> String {
    range.isSingle ? name(range.from) : span(range, separator: " – ")
  }

  /// A partial date alone: "21 September 2023", "August 2023", "2023".
  static func name(_ date: PartialDate) -> String {
    var parts: [String] = []
    if let day = date.day { parts.append(String(day)) }
    if let month = date.month { parts.append(months[month - 1]) }
    parts.append(String(date.year))
    return parts.joined(separator: " ")
  }

  /// Both ends, the shared year (and month) written once: "20 August and 8 September 2023".
  private static func span(_ range: DateRange, separator: String) -> String {
    let (from, to) = (range.from, range.to)
    guard from.year == to.year, (from.month == nil) == (to.month == nil),
      (from.day == nil) == (to.day == nil), from.month != nil
    else { return name(from) + separator + name(to) }
    var start: [String] = []
    if let day = from.day { start.append(String(day)) }
    if from.month != to.month || from.day != nil { start.append(months[from.month! - 1]) }
    if start.isEmpty { return name(from) + separator + name(to) }
    return start.joined(separator: " ") + separator + name(to)
  }
}
