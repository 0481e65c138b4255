import AuditCore

/// The fields of a report read back, each checked for its kind: a missing or mistyped one is a
/// located `E-REPORT-FORMAT` naming it as a path (`findings[2].severity`).
struct SnapshotFields {
  /// The file, for locations.
  let path: String

  /// A hit's rule and acts (or person), with the provisions it breaches.
  struct Breach {
    var rule: String
    var actions: [String]
    var person: String?
    var instruments: [String]
  }

  func finding(_ node: JSONNode, label: String, breaches: [Breach]) throws(Diagnostics)
    -> ReportSnapshot.Finding
  {
    guard case .object = node.value else { throw wrongKind(label, "an object", node) }
    var engagements: [ReportSnapshot.Engagement] = []
    for (index, item) in try array(node, "engagements", label: label).enumerated() {
      let at = "\(label).engagements[\(index)]"
      engagements.append(
        ReportSnapshot.Engagement(
          principle: try string(item, "principle", label: at),
          severity: try string(item, "severity", label: at),
          strength: try string(item, "strength", label: at),
          rules: try strings(item, "rules", label: at)))
    }
    var evidence: [ReportSnapshot.Citation] = []
    for (index, item) in try array(node, "evidence", label: label).enumerated() {
      let at = "\(label).evidence[\(index)]"
      evidence.append(
        ReportSnapshot.Citation(
          source: try string(item, "source", label: at), quote: try string(item, "quote", label: at)
        ))
    }
    let actions = try strings(node, "actions", label: label)
    let person = try optionalString(node, "person", label: label)
    let rules = Set(engagements.flatMap(\.rules))
    let acts = Set(actions)
    var instruments: Set<String> = []
    for breach in breaches where rules.contains(breach.rule) {
      let sameActs = !breach.actions.isEmpty && breach.actions.contains(where: acts.contains)
      let samePerson = breach.actions.isEmpty && breach.person != nil && breach.person == person
      if sameActs || samePerson { instruments.formUnion(breach.instruments) }
    }
    guard let numberNode = node["number"] else { throw missing(label, "number", node) }
    guard let number = numberNode.int else {
      throw wrongKind(label + ".number", "a whole number", numberNode)
    }
    return ReportSnapshot.Finding(
      number: number, id: try string(node, "id", label: label),
      fingerprint: try optionalString(node, "fingerprint", label: label),
      title: try string(node, "title", label: label),
      severity: try string(node, "severity", label: label),
      strength: try string(node, "strength", label: label),
      strengthBasis: try optionalString(node, "strength_basis", label: label),
      actions: actions, person: person, engagements: engagements, evidence: evidence,
      instruments: instruments.sorted())
  }

  /// The hits' breaches; a report without `hits` has none.
  func breaches(_ root: JSONNode) throws(Diagnostics) -> [Breach] {
    guard let list = root["hits"], !list.isNull else { return [] }
    guard let hits = list.elements else { throw wrongKind("hits", "an array", list) }
    var found: [Breach] = []
    for (index, hit) in hits.enumerated() {
      let at = "hits[\(index)]"
      guard hit["breaches"] != nil else { continue }
      found.append(
        Breach(
          rule: try string(hit, "rule", label: at), actions: try strings(hit, "actions", label: at),
          person: try optionalString(hit, "person", label: at),
          instruments: try strings(hit, "breaches", label: at)))
    }
    return found
  }

  // MARK: - Kinds

  func object(_ node: JSONNode, _ key: String, label: String) throws(Diagnostics) -> JSONNode {
    guard let value = node[key] else { throw missing(label, key, node) }
    guard case .object = value.value else { throw wrongKind(join(label, key), "an object", value) }
    return value
  }

  func array(_ node: JSONNode, _ key: String, label: String) throws(Diagnostics) -> [JSONNode] {
    guard let value = node[key] else { throw missing(label, key, node) }
    guard let items = value.elements else { throw wrongKind(join(label, key), "an array", value) }
    return items
  }

  func string(_ node: JSONNode, _ key: String, label: String) throws(Diagnostics) -> String {
    guard let value = node[key] else { throw missing(label, key, node) }
    guard let text = value.string else { throw wrongKind(join(label, key), "a string", value) }
    return text
  }

  func optionalString(_ node: JSONNode, _ key: String, label: String) throws(Diagnostics)
    -> String?
  {
    guard let value = node[key], !value.isNull else { return nil }
    guard let text = value.string else {
      throw wrongKind(join(label, key), "a string or null", value)
    }
    return text
  }

  func strings(_ node: JSONNode, _ key: String, label: String) throws(Diagnostics) -> [String] {
    var texts: [String] = []
    for (index, item) in try array(node, key, label: label).enumerated() {
      guard let text = item.string else {
        throw wrongKind("\(join(label, key))[\(index)]", "a string", item)
      }
      texts.append(text)
    }
    return texts
  }

  // MARK: - Errors

  private func join(_ label: String, _ key: String) -> String {
    label.isEmpty ? key : "\(label).\(key)"
  }

  private func missing(_ label: String, _ key: String, _ node: JSONNode) -> Diagnostics {
    guard case .object = node.value else {
      return wrongKind(label.isEmpty ? "the report" : label, "an object", node)
    }
    return Diagnostics([
      .error(
        .reportFormat, "\(label.isEmpty ? "the report" : label) has no '\(key)' field",
        at: node.location)
    ])
  }

  private func wrongKind(_ label: String, _ expected: String, _ node: JSONNode) -> Diagnostics {
    Diagnostics([
      .error(.reportFormat, "\(label): expected \(expected), found \(node.kind)", at: node.location)
    ])
  }
}
