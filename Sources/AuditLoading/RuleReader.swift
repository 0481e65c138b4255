import AuditCore

/// Reads one rule file into a `RuleSpec`, checking it against the merged catalogues.
struct RuleReader {
  let catalogue: CatalogueReader
  var decoder: NodeDecoder { catalogue.decoder }

  /// The rule in `input` (its YAML already `parsed`, when given), or nil when it has errors.
  func rule(
    from input: InputFile, pack: String, parsed: Result<YAMLNode, Diagnostics>? = nil
  ) -> RuleSpec? {
    let root: YAMLNode
    do throws(Diagnostics) {
      if let parsed { root = try parsed.get() } else { root = try input.yaml() }
    } catch {
      decoder.bag.report(contentsOf: error.all)
      return nil
    }
    guard let f = decoder.mapping(root, .rule) else { return nil }
    let idNode = f.required("id")
    let id = idNode.flatMap { node -> String? in
      guard let text = decoder.string(node, "'id'") else { return nil }
      guard IDSyntax.isRuleID(text) else {
        decoder.report(
          .error(
            .schemaID, "'\(text)' is not a valid rule id: write e.g. NEU-001", at: node.location
          ))
        return nil
      }
      return text
    }
    let title = f.string("title")
    let severity = f.required("severity").flatMap {
      decoder.choice($0, "severity", as: Severity.self)
    }
    let appliesTo = f.terms("applies_to", .organizationTypes)
    let basis = self.basis(f)
    let scope = f["scope"].map { decoder.choice($0, "scope", as: RuleSpec.Scope.self) } ?? .action
    let when = f.located("when")
    let message = f.located("message")
    let rationale = f.string("rationale")
    let known = catalogue.references.map(\.id)
    let references = f.strings("references").map { text, node in
      if !known.contains(text) {
        decoder.report(
          LoadErrors.unresolved(
            text, kind: "reference", hint: decoder.hint(for: text, in: known), at: node.location))
      }
      return text
    }
    let breaches = f.strings("breaches").map { text, node in
      if !known.contains(text) {
        decoder.report(
          LoadErrors.unresolved(
            text, kind: "reference", hint: decoder.hint(for: text, in: known), at: node.location))
      }
      return text
    }
    let severityWhen = f.list("severity_when").compactMap(criterion)
    let questions = self.questions(f, of: id)
    let aggregate = f["aggregate"].flatMap(self.aggregate)
    if aggregate != nil, scope == .person, let node = f["aggregate"] {
      decoder.report(
        LoadErrors.badAggregate("a person-scope rule cannot aggregate actions", at: node.location))
    }
    let tests = f.list("tests").compactMap {
      RuleTestReader(decoder: decoder, vocabulary: catalogue.vocabulary, path: input.path)
        .test($0, aggregate: aggregate != nil)
    }
    // Keys in error are already reported; the rule is still returned so that its expressions
    // are compiled and their problems reported in the same run.
    guard let id, let idNode, let when, let message else { return nil }
    var spec = RuleSpec(
      id: id, title: title ?? "", basis: basis ?? .principle(""), severity: severity ?? .info,
      appliesTo: appliesTo, scope: scope ?? .action, when: when, message: message,
      rationale: rationale ?? "", references: references,
      aggregate: aggregate, tests: tests, path: input.path, pack: pack, location: idNode.location,
      breaches: breaches, severityWhen: severityWhen)
    spec.questions = questions
    return spec
  }

  /// `questions`: each non-blank, ending in `?`, and said once (white space and case aside).
  private func questions(_ f: Fields, of id: String?) -> [String] {
    let rule = id.map { "rule \($0)" } ?? "the rule"
    var seen: [String: SourceLocation] = [:]
    var questions: [String] = []
    for (text, node) in f.strings("questions") {
      let question = SourceText.oneLine(text)
      if question.isEmpty {
        decoder.report(LoadErrors.badQuestion("a question of \(rule) is blank", at: node.location))
        continue
      }
      guard question.hasSuffix("?") else {
        decoder.report(
          LoadErrors.badQuestion(
            "question '\(question)' of \(rule) is not a question: end it with '?'",
            at: node.location))
        continue
      }
      if let first = seen[question.lowercased()] {
        decoder.report(
          LoadErrors.badQuestion(
            "question '\(question)' of \(rule) repeats the one at line \(first.line)",
            at: node.location))
        continue
      }
      seen[question.lowercased()] = node.location
      questions.append(question)
    }
    return questions
  }

  /// One `severity_when` entry; its `if` is compiled with the rule's other expressions.
  private func criterion(_ node: YAMLNode) -> SeverityCriterion? {
    guard let f = decoder.mapping(node, .severityCriterion) else { return nil }
    let condition = f.located("if")
    let level = f.required("level").flatMap { decoder.choice($0, "severity", as: Severity.self) }
    let because = f.string("because")
    guard let condition, let level, let because else { return nil }
    return SeverityCriterion(condition: condition, level: level, because: because)
  }

  /// `principle` or `standard`, at most one, resolved in the loaded catalogues, or `breaches`
  /// alone (instruments without a principle at stake). The Fundamental Principles and the
  /// Movement's instruments bind its components, so such a rule must apply to some of them and
  /// to nothing else; a context rule (`standard`) breaches no Movement instrument.
  private func basis(_ f: Fields) -> RuleBasis? {
    if let standard = f["standard"], f["breaches"] != nil {
      decoder.report(
        LoadErrors.breachesWithStandard(at: f.entry("breaches")?.key.location ?? standard.location))
      return nil
    }
    switch (f["principle"], f["standard"]) {
    case (nil, nil):
      guard let breaches = f["breaches"] else {
        decoder.report(LoadErrors.noBasis(at: f.node.location))
        return nil
      }
      checkMovementTypes(f, principle: breaches)
      return .instruments
    case (.some, .some(let standard)):
      decoder.report(
        LoadErrors.twoBases(at: f.entry("standard")?.key.location ?? standard.location))
      return nil
    case (.some(let node), nil):
      guard let id = resolve(node, "principle", known: catalogue.principles.map(\.id)) else {
        return nil
      }
      checkMovementTypes(f, principle: node)
      return .principle(id)
    case (nil, .some(let node)):
      return resolve(node, "standard", known: catalogue.standards.map(\.id)).map(RuleBasis.standard)
    }
  }

  private func resolve(_ node: YAMLNode, _ kind: String, known: [String]) -> String? {
    guard let text = decoder.string(node, "'\(kind)'") else { return nil }
    if !known.contains(text) {
      decoder.report(
        LoadErrors.unresolved(
          text, kind: kind, hint: decoder.hint(for: text, in: known), at: node.location))
    }
    return text
  }

  private func checkMovementTypes(_ f: Fields, principle: YAMLNode) {
    let list = f["applies_to"]
    let items: [YAMLNode]
    switch list?.content {
    case .sequence(let entries): items = entries
    case nil: items = []
    default: return  // not a list: reported as such by `terms`
    }
    if items.isEmpty {
      decoder.report(
        LoadErrors.principleWithoutComponents(at: list?.location ?? principle.location))
    }
    for item in items {
      if let type = item.scalar, !RuleBasis.movementOrganizationTypes.contains(type) {
        decoder.report(LoadErrors.principleOutsideMovement(type, at: item.location))
      }
    }
  }

  private func aggregate(_ node: YAMLNode) -> RuleSpec.Aggregate? {
    guard let f = decoder.mapping(node, .aggregate)
    else { return nil }
    let count = f.required("at_least").flatMap { decoder.int($0, "'at_least'", range: 2...1000) }
    let within = f.required("within").flatMap { decoder.duration($0, "'within'") }
    guard let count, let within else { return nil }
    return RuleSpec.Aggregate(atLeast: count, withinDays: within, groupBy: f.located("group_by"))
  }
}
