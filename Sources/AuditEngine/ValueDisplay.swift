import AuditExpression
import Foundation

/// How values are shown to a reader in traces and in "why it fired": strings quoted, lists bracketed.
enum ValueDisplay {
  static func show(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .string(let s): "\"\(s)\""
    case .list(let items): "[" + items.map(show).joined(separator: ", ") + "]"
    case .object: "{…}"
    default: value.rendered
    }
  }

  /// An expression's source on one line: each line trimmed and joined by one space.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
  }
}
