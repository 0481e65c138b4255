import AuditExpression

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
}
