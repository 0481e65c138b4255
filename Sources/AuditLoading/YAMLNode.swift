import AuditCore

/// A YAML node with the location of its first character, as read from libyaml's events.
public struct YAMLNode: Sendable {
  /// How a scalar was written; a quoted scalar is never `null`.
  public enum ScalarStyle: Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// The three kinds of node.
  public enum Content: Sendable {
    case scalar(String, ScalarStyle)
    case sequence([YAMLNode])
    case mapping([(key: YAMLNode, value: YAMLNode)])
  }

  /// What the node holds.
  public var content: Content
  /// Where the node starts.
  public var location: SourceLocation
  /// For scalars: where each run of the value's characters stands in the file.
  public var origin: TextOrigin

  /// Creates a node.
  public init(_ content: Content, at location: SourceLocation, origin: TextOrigin? = nil) {
    self.content = content
    self.location = location
    self.origin = origin ?? TextOrigin(startingAt: location)
  }

  /// The scalar's text, or nil for collections.
  public var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// True for an unquoted `null`, `~` or empty scalar.
  public var isNull: Bool {
    if case .scalar(let text, .plain) = content {
      return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
    return false
  }

  /// `mapping`, `list` or `scalar`, for type errors.
  public var kindName: String {
    switch content {
    case .scalar: isNull ? "null" : "scalar"
    case .sequence: "list"
    case .mapping: "mapping"
    }
  }

  /// How many nodes this one holds, itself included (bounds alias expansion).
  var size: Int {
    switch content {
    case .scalar: 1
    case .sequence(let items): 1 + items.reduce(0) { $0 + $1.size }
    case .mapping(let pairs): 1 + pairs.reduce(0) { $0 + $1.key.size + $1.value.size }
    }
  }
}
