import AuditCore

/// A YAML node with the location of its first character, as read from libyaml's events.
///
/// A class, immutable: decoding a case passes nodes around by the million, and a reference
/// is copied with one count where a struct of text, location and children took several.
public final class YAMLNode: Sendable {
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
  public let content: Content
  /// Where the node starts.
  public let location: SourceLocation
  /// Where the runs of a scalar's characters stand, when that is not simply from its first
  /// character on (a value over several lines, an alias's copy); nil otherwise, so that the
  /// millions of one-line scalars of a large case carry no array.
  private let storedOrigin: TextOrigin?

  /// Creates a node.
  public init(_ content: Content, at location: SourceLocation, origin: TextOrigin? = nil) {
    self.content = content
    self.location = location
    self.storedOrigin = origin
  }

  /// For scalars: where each run of the value's characters stands in the file.
  public var origin: TextOrigin {
    if let storedOrigin { return storedOrigin }
    if case .scalar(_, let style) = content, style == .singleQuoted || style == .doubleQuoted {
      return TextOrigin(startingAt: location.advanced(byColumns: 1))
    }
    return TextOrigin(startingAt: location)
  }

  /// The scalar's text, or nil for collections.
  public var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// True for an unquoted `null`, `~` or empty scalar.
  public var isNull: Bool {
    guard case .scalar(let text, .plain) = content else { return false }
    switch text.utf8.count {
    case 0: return true
    case 1: return text == "~"
    case 4: return text == "null" || text == "Null" || text == "NULL"
    default: return false
    }
  }

  /// `mapping`, `list` or `scalar`, for type errors.
  public var kindName: String {
    switch content {
    case .scalar: isNull ? "null" : "scalar"
    case .sequence: "list"
    case .mapping: "mapping"
    }
  }

  /// How many nodes this one holds, itself included, and the UTF-8 bytes of their scalars:
  /// what an alias to it adds to the document (bounds alias expansion).
  var size: (nodes: Int, bytes: Int) {
    switch content {
    case .scalar(let text, _):
      return (1, text.utf8.count)
    case .sequence(let items):
      return items.reduce((1, 0)) { total, item in
        let size = item.size
        return (total.0 + size.nodes, total.1 + size.bytes)
      }
    case .mapping(let pairs):
      return pairs.reduce((1, 0)) { total, pair in
        let key = pair.key.size
        let value = pair.value.size
        return (total.0 + key.nodes + value.nodes, total.1 + key.bytes + value.bytes)
      }
    }
  }
}
