import AuditCore

/// A JSON value read from a file, with where it starts: what `JSONNodeReader` gives, so that a
/// report read back (`audit diff`) can say `old.json:12:7` about a value of the wrong kind.
public struct JSONNode: Sendable {
  /// The value's kind and contents.
  public enum Value: Sendable {
    case null
    case bool(Bool)
    /// A number as written (`3`, `-1.5e3`).
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in the order written; a repeated key keeps both.
    case object([(key: String, value: JSONNode)])
  }

  /// The value.
  public var value: Value
  /// Where its first character is.
  public var location: SourceLocation

  /// The member named `key` of an object (the first, if written twice); nil otherwise.
  public subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The text of a string; nil for any other kind.
  public var string: String? {
    if case .string(let text) = value { text } else { nil }
  }

  /// A whole number; nil for any other value.
  public var int: Int? {
    if case .number(let text) = value { Int(text) } else { nil }
  }

  /// The elements of an array; nil for any other kind.
  public var elements: [JSONNode]? {
    if case .array(let items) = value { items } else { nil }
  }

  /// True for `null`.
  public var isNull: Bool {
    if case .null = value { true } else { false }
  }

  /// The kind in words, for messages: "a string", "an object".
  public var kind: String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
