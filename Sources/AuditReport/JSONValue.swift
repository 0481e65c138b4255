import AuditCore

/// A JSON value whose objects keep their keys in the order written, serialised byte for byte
/// the same every time: two-space indentation, `": "` after keys, a new line at the end.
///
/// Foundation's encoders are not used: their key order and number formatting have differed
/// between platforms and versions, and a report must not.
indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([Field])

  /// One key and its value.
  struct Field: Sendable, Equatable {
    let key: String
    let value: JSONValue
  }

  /// An object from key-value pairs, in the order given.
  static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { Field(key: $0.key, value: $0.value) })
  }

  /// A string, or null.
  static func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// An array of strings.
  static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

  /// The document: the value followed by a new line.
  func serialized() -> String {
    var output = ""
    write(to: &output, indent: 0)
    return output + "\n"
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let items):
      guard !items.isEmpty else { return output += "[]" }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        item.write(to: &output, indent: indent + 1)
        output += index == items.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let fields):
      guard !fields.isEmpty else { return output += "{}" }
      output += "{\n"
      for (index, field) in fields.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        Self.writeString(field.key, to: &output)
        output += ": "
        field.value.write(to: &output, indent: indent + 1)
        output += index == fields.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// A JSON string. Controls, bidi characters, line and paragraph separators and `< > &` are
  /// written as `\u` escapes: the data is unchanged, but a raw view of the file cannot be
  /// reordered by a bidi override or read as HTML.
  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "<", ">", "&", "\u{2028}", "\u{2029}": output += unicodeEscape(scalar)
      case _ where VisibleText.isHidden(scalar): output += unicodeEscape(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// `\\u00XX`; a character past the Basic Multilingual Plane (a tag character) as its two
  /// UTF-16 surrogates, as JSON requires.
  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    String(scalar).utf16.map { unit in
      let hex = String(unit, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }.joined()
  }
}
