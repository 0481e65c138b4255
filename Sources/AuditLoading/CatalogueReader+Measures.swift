import AuditCore

extension CatalogueReader {
  /// `measures.yaml`: the steps a committee may take on a finding, and when each is recommended.
  /// The ids a measure names (references, principles, rules) are resolved by `resolveMeasures`
  /// once every pack and every rule is loaded.
  mutating func measuresFile(_ node: YAMLNode) {
    guard let f = decoder.mapping(node, .measures) else { return }
    for item in f.list("measures") { measure(item) }
  }

  private mutating func measure(_ node: YAMLNode) {
    guard let f = decoder.mapping(node, .measure) else { return }
    let id = f.id("id")
    let title = f.string("title")
    let description = f.string("description")
    var restsOn: [(String, YAMLNode)] = []
    if let list = f.required("rests_on") {
      restsOn = decoder.strings(list, "'rests_on'")
      if case .sequence(let items) = list.content, items.isEmpty {
        decoder.report(
          LoadErrors.emptyText("'rests_on' (the texts the measure rests on)", at: list.location))
      }
    }
    pendingMeasureIDs += restsOn.map { ($0.0, "reference", $0.1.location) }
    let named = id.map { "measure '\($0)'" } ?? "a measure"
    var conditions: [Measure.Condition] = []
    if let list = f["when"] {
      let items = decoder.list(list, "'when'")
      if items.isEmpty, case .sequence = list.content {
        decoder.report(LoadErrors.measureNever(named, "has an empty 'when'", at: list.location))
      }
      for item in items {
        if let condition = condition(item, of: named) { conditions.append(condition) }
      }
    } else {
      decoder.report(
        LoadErrors.measureNever(
          named, "has no 'when'", at: f.entry("when")?.key.location ?? node.location))
    }
    let unless = f.strings("unless_recorded")
    if let list = f["unless_recorded"], case .sequence(let items) = list.content, items.isEmpty {
      decoder.report(
        LoadErrors.emptyText(
          "'unless_recorded' (tags of acts that take the step)", at: list.location))
    }
    pendingMeasureIDs += unless.map { ($0.0, "tag", $0.1.location) }
    guard let id, let idNode = f["id"], let title, let description else { return }
    guard unique(id, at: idNode.location, section: "measures") else { return }
    var measure = Measure(
      id: id, title: title, description: description, restsOn: restsOn.map(\.0),
      when: conditions, location: idNode.location)
    measure.unlessRecorded = unless.map(\.0)
    measures.append(measure)
  }

  /// One entry of a measure's `when`; its rule and principle ids are kept for `resolveMeasures`.
  private mutating func condition(_ node: YAMLNode, of measure: String) -> Measure.Condition? {
    guard let f = decoder.mapping(node, .measureCondition) else { return nil }
    let severity = f["severity_at_least"].flatMap {
      decoder.choice($0, "'severity_at_least'", as: Severity.self)
    }
    let strength = f["strength_at_least"].flatMap {
      decoder.choice($0, "'strength_at_least'", as: Strength.self)
    }
    let rules = f.strings("rules")
    let principles = f.strings("principles")
    for key in ["rules", "principles"] {
      if let list = f[key], case .sequence(let items) = list.content, items.isEmpty {
        decoder.report(
          LoadErrors.measureEmptyList(key, of: measure, at: list.location))
      }
    }
    let given = ["severity_at_least", "strength_at_least", "rules", "principles"].filter {
      f[$0] != nil
    }
    if given.isEmpty {
      decoder.report(LoadErrors.measureConditionEmpty(of: measure, at: node.location))
      return nil
    }
    pendingMeasureIDs += rules.map { ($0.0, "rule", $0.1.location) }
    pendingMeasureIDs += principles.map { ($0.0, "principle", $0.1.location) }
    return Measure.Condition(
      severityAtLeast: severity, rules: rules.map(\.0), principles: principles.map(\.0),
      strengthAtLeast: strength)
  }

  /// Reports each reference, principle, rule or tag a measure names that no loaded pack defines,
  /// with the nearest id. `rules` are the ids of every rule loaded.
  func resolveMeasures(rules: [String]) {
    let known = [
      "reference": references.map(\.id), "principle": principles.map(\.id), "rule": rules,
      "tag": vocabulary.names(.tags),
    ]
    for (id, kind, location) in pendingMeasureIDs {
      let candidates = known[kind] ?? []
      if !candidates.contains(id) {
        decoder.report(
          LoadErrors.unresolved(
            id, kind: kind, hint: decoder.hint(for: id, in: candidates), at: location))
      }
    }
  }
}
