import Foundation

/// A small JSON Schema (draft 2020-12) validator: the keywords `docs/audit-report-3.schema.json`
/// and the input schemas of `docs/schemas/` use — `$ref` to `#/$defs/…`, `type`, `const`,
/// `enum`, `required`, `properties`, `additionalProperties` (`false` or a schema),
/// `propertyNames`, `items`, `minItems`, `oneOf`, `anyOf`, `pattern`, `minimum`, `maximum`.
/// `unsupportedKeywords` names any other keyword the schema uses, so the schema cannot lean on
/// one this validator would silently skip.
public struct SchemaValidator {
  /// The schema, as JSONSerialization reads it.
  public let root: [String: Any]

  /// Loads the schema from `path`.
  public init(path: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    root = try XCTUnwrapDictionary(JSONSerialization.jsonObject(with: data))
  }

  /// Every violation, as `path: problem`.
  public func errors(_ value: Any) -> [String] {
    var errors: [String] = []
    check(value, against: root, at: "$", into: &errors)
    return errors
  }

  /// Every keyword of the schema that `check` does not apply, as `path: keyword`.
  public func unsupportedKeywords() -> [String] {
    var found: [String] = []
    Self.walk(root, at: "#", into: &found)
    return found
  }

  private static func walk(_ schema: [String: Any], at path: String, into found: inout [String]) {
    for keyword in schema.keys.sorted() where !keywords.contains(keyword) {
      found.append("\(path): \(keyword)")
    }
    for key in ["properties", "$defs"] {
      for (name, sub) in (schema[key] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
        if let sub = sub as? [String: Any] { walk(sub, at: "\(path)/\(key)/\(name)", into: &found) }
      }
    }
    for key in ["items", "additionalProperties", "propertyNames"] {
      if let sub = schema[key] as? [String: Any] { walk(sub, at: "\(path)/\(key)", into: &found) }
    }
    for key in ["oneOf", "anyOf"] {
      for (index, sub) in (schema[key] as? [[String: Any]] ?? []).enumerated() {
        walk(sub, at: "\(path)/\(key)/\(index)", into: &found)
      }
    }
  }

  /// The keywords `check` applies, and the annotations it may ignore.
  static let keywords: Set<String> = [
    "$ref", "type", "const", "enum", "required", "properties", "additionalProperties", "items",
    "minItems", "oneOf", "anyOf", "propertyNames", "pattern", "minimum", "maximum",
    "$schema", "$id", "$defs", "$comment", "title", "description",
  ]

  private func check(
    _ value: Any, against schema: [String: Any], at path: String, into errors: inout [String]
  ) {
    if let ref = schema["$ref"] as? String {
      let name = String(ref.dropFirst("#/$defs/".count))
      guard let defs = root["$defs"] as? [String: Any], let target = defs[name] as? [String: Any]
      else {
        return errors.append("\(path): unresolved \(ref)")
      }
      return check(value, against: target, at: path, into: &errors)
    }
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [types as! String]
      guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
        return errors.append("\(path): \(Self.describe(value)) is not \(allowed)")
      }
    }
    if let constant = schema["const"], !Self.equal(value, constant) {
      errors.append("\(path): is not \(constant)")
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
      errors.append("\(path): \(Self.describe(value)) is not one of \(options)")
    }
    if let pattern = schema["pattern"] as? String, let text = value as? String,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      errors.append("\(path): \"\(text)\" does not match \(pattern)")
    }
    if let number = value as? NSNumber, !(value is Bool) {
      if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
        errors.append("\(path): below \(minimum)")
      }
      if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
        errors.append("\(path): above \(maximum)")
      }
    }
    if let options = schema["oneOf"] as? [[String: Any]] {
      let passing = options.filter { option in
        var sub: [String] = []
        check(value, against: option, at: path, into: &sub)
        return sub.isEmpty
      }
      if passing.count != 1 { errors.append("\(path): matches \(passing.count) of oneOf") }
    }
    if let options = schema["anyOf"] as? [[String: Any]] {
      let passing = options.contains { option in
        var sub: [String] = []
        check(value, against: option, at: path, into: &sub)
        return sub.isEmpty
      }
      if !passing { errors.append("\(path): matches none of anyOf") }
    }
    if let object = value as? [String: Any] {
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        errors.append("\(path): missing required key \(key)")
      }
      if let names = schema["propertyNames"] as? [String: Any] {
        for key in object.keys.sorted() {
          check(key, against: names, at: "\(path).\(key)", into: &errors)
        }
      }
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for (key, item) in object.sorted(by: { $0.key < $1.key }) {
        if let property = properties[key] as? [String: Any] {
          check(item, against: property, at: "\(path).\(key)", into: &errors)
        } else if let additional = schema["additionalProperties"] as? [String: Any] {
          check(item, against: additional, at: "\(path).\(key)", into: &errors)
        } else if schema["additionalProperties"] as? Bool == false {
          errors.append("\(path): undocumented key \(key)")
        }
      }
    }
    if let array = value as? [Any], let minimum = schema["minItems"] as? Int,
      array.count < minimum
    {
      errors.append("\(path): fewer than \(minimum) items")
    }
    if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, item) in array.enumerated() {
        check(item, against: items, at: "\(path)[\(index)]", into: &errors)
      }
    }
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "null": value is NSNull
    case "boolean": isBool(value)
    case "integer":
      (value as? NSNumber).map { !isBool(value) && $0.doubleValue.rounded() == $0.doubleValue }
        ?? false
    case "number": value is NSNumber && !isBool(value)
    case "string": value is String
    case "array": value is [Any]
    case "object": value is [String: Any]
    default: false
    }
  }

  private static func isBool(_ value: Any) -> Bool {
    // JSONSerialization gives booleans as NSNumber with the `char` type code, numbers never.
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  private static func equal(_ a: Any, _ b: Any) -> Bool {
    if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
    if let x = a as? String, let y = b as? String { return x == y }
    return false
  }

  private static func describe(_ value: Any) -> String { value is NSNull ? "null" : "\(value)" }
}

private struct NotAnObject: Error {}

private func XCTUnwrapDictionary(_ value: Any) throws -> [String: Any] {
  guard let dictionary = value as? [String: Any] else { throw NotAnObject() }
  return dictionary
}
