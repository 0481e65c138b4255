import AuditLoading
import Foundation

/// A YAML file as the JSON value an editor's schema check sees: plain scalars resolved by
/// the YAML 1.2 core schema (`null`, `true`, `12`, `1.5`), everything else a string.
public enum YAMLJSON {
  /// The JSON value of the file at `path`, read by the project's own YAML reader.
  public static func read(_ path: String) throws -> Any {
    try parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
  }

  /// The JSON value of `text`, read as the file `path`.
  public static func parse(_ text: String, path: String) throws -> Any {
    value(try YAMLReader().read(text, path: path))
  }

  /// The JSON value of one node.
  public static func value(_ node: YAMLNode) -> Any {
    switch node.content {
    case .sequence(let items): return items.map(value)
    case .mapping(let pairs):
      var object: [String: Any] = [:]
      for pair in pairs { object[pair.key.scalar ?? ""] = value(pair.value) }
      return object
    case .scalar(let text, let style):
      guard style == .plain else { return text }
      if node.isNull { return NSNull() }
      if ["true", "True", "TRUE"].contains(text) { return NSNumber(value: true) }
      if ["false", "False", "FALSE"].contains(text) { return NSNumber(value: false) }
      if text.range(of: #"^[-+]?[0-9]+$"#, options: .regularExpression) != nil, let int = Int(text)
      {
        return NSNumber(value: int)
      }
      if text.range(
        of: #"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"#, options: .regularExpression)
        != nil, let number = Double(text)
      {
        return NSNumber(value: number)
      }
      return text
    }
  }
}
