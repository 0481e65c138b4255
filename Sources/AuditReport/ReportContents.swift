import AuditCore
import AuditEngine
import AuditLoading

/// What a report shows, computed once from a context: filtered by `--principle`, and every list
/// sorted so that the output never depends on the order of the case file or of a dictionary.
struct ReportContents {
  /// A row of the "at a glance" table.
  struct Glance {
    let principle: Principle
    let rules: Int
    let findings: Int
    let highest: Severity?
    /// Findings per strength, strongest first, omitting zeros.
    let strengths: [(Strength, Int)]
  }

  let context: ReportContext
  let audit: AuditCase
  /// Rules of the shown principles, by id.
  let rules: [RuleSpec]
  /// Principles with a shown rule (or finding), in the catalogue's order.
  let principles: [Principle]
  /// Findings about the subject, by principle (catalogue order), severity (highest first), rule.
  let subjectFindings: [Finding]
  /// Findings about other organisations, in the same order.
  let otherFindings: [Finding]
  /// Outcomes of shown rules that found nothing, by rule id.
  let quietOutcomes: [RuleOutcome]
  /// Every action, by date then id.
  let actions: [Action]
  /// Actions no rule cited, by date then id.
  let unmatchedActions: [Action]
  /// Right-of-reply records, by who was asked, when, outcome.
  let responses: [Response]
  /// Every source, by id.
  let sources: [Source]
  /// Ids of the sources a footnote cites (finding and reply evidence), sorted.
  let citedSources: [String]
  let labels: FootnoteLabels
  /// Texts that repeat in every finding (a principle, a reference), rendered once.
  let rendered = RenderedTexts()
  private let citedStatus: [String: Bool]
  private let actionsByID: [String: Action]
  private let rulesByID: [String: RuleSpec]
  private let rulesByAction: [String: [String]]

  init(_ context: ReportContext) {
    self.context = context
    let audit = context.audit
    self.audit = audit
    let filter = Set(context.principles)
    let shown = { (principle: String) in filter.isEmpty || filter.contains(principle) }
    rules = context.catalog.rules.filter { shown($0.basis.id) }.sorted { $0.id < $1.id }
    let findings = Self.sorted(
      context.evaluation.findings.filter { shown($0.principle) }, audit, context.catalog)
    subjectFindings = findings.filter { $0.organization == audit.subject }
    otherFindings = findings.filter { $0.organization != audit.subject }
    principles = Self.principles(
      context.catalog, ruleIDs: rules.map(\.basis.id) + findings.map(\.principle))
    let ruleIDs = Set(rules.map(\.id))
    quietOutcomes = context.evaluation.outcomes.filter {
      $0.findings == 0 && ruleIDs.contains($0.rule)
    }
    .sorted { $0.rule < $1.rule }
    actions = audit.actions.sorted(by: Self.chronological)
    actionsByID = Dictionary(
      audit.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    rulesByID = Dictionary(
      context.catalog.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let unmatched = Set(context.evaluation.unmatchedActions)
    unmatchedActions = actions.filter { unmatched.contains($0.id) }
    responses = audit.responses.sorted(by: Self.responseOrder)
    sources = audit.sources.sorted { $0.id < $1.id }
    let cited =
      findings.flatMap { $0.evidence.map(\.evidence.source) }
      + audit.responses.flatMap { $0.evidence.map(\.source) }
    citedSources = Set(cited).sorted()
    labels = FootnoteLabels(audit.sources.map(\.id) + cited)
    var status: [String: Bool] = [:]
    var byAction: [String: [String]] = [:]
    for finding in findings {
      for item in finding.evidence {
        if let verified = item.verified { status[Self.key(item.evidence)] = verified }
      }
      for action in finding.actions where byAction[action]?.contains(finding.rule) != true {
        byAction[action, default: []].append(finding.rule)
      }
    }
    citedStatus = status
    rulesByAction = byAction.mapValues { $0.sorted() }
  }

  /// True when the quote was found in the archived copy, false when it was not, nil when unchecked.
  func verified(_ evidence: Evidence) -> Bool? {
    context.verification.status(of: evidence) ?? citedStatus[Self.key(evidence)]
  }

  /// The name of the person or organisation `id`, or the id itself.
  func name(of id: String) -> String {
    audit.organization(id)?.name ?? audit.person(id)?.name ?? id
  }

  /// The rule with `id`.
  func rule(_ id: String) -> RuleSpec? { rulesByID[id] }

  /// The action with `id`.
  func action(_ id: String) -> Action? { actionsByID[id] }

  /// The ids of the rules whose findings cite `action`, sorted.
  func rules(citing action: String) -> [String] { rulesByAction[action] ?? [] }

  /// The principle's name, or its id when the catalogue lacks it.
  func principleName(_ id: String) -> String { context.catalog.principle(id)?.name ?? id }

  /// The at-a-glance row of every shown principle, findings about the subject only.
  var glance: [Glance] {
    principles.map { principle in
      let found = subjectFindings.filter { $0.principle == principle.id }
      let strengths = Strength.allCases.reversed().compactMap { strength in
        let count = found.filter { $0.strength == strength }.count
        return count == 0 ? nil : (strength, count)
      }
      return Glance(
        principle: principle, rules: rules.filter { $0.basis.id == principle.id }.count,
        findings: found.count, highest: found.map(\.severity).max(), strengths: strengths)
    }
  }

  /// Every evidence item of the case from `source`: actions, positions and replies.
  func evidence(from source: String) -> [Evidence] {
    let items =
      audit.actions.flatMap(\.evidence) + audit.people.flatMap { $0.positions.flatMap(\.evidence) }
      + audit.responses.flatMap(\.evidence)
    return items.filter { $0.source == source }
  }

  /// How the distinct quotes of `source` fared against its archived copy.
  func quoteCheck(_ source: String) -> (quotes: Int, verified: Int, notFound: Int) {
    var seen: Set<String> = []
    var (quotes, verified, notFound) = (0, 0, 0)
    for item in evidence(from: source) where seen.insert(item.quote).inserted {
      quotes += 1
      switch self.verified(item) {
      case true?: verified += 1
      case false?: notFound += 1
      case nil: break
      }
    }
    return (quotes, verified, notFound)
  }

  private static func principles(_ catalog: RuleCatalog, ruleIDs: [String]) -> [Principle] {
    let wanted = Set(ruleIDs)
    let known = catalog.principles.filter { wanted.contains($0.id) }
    let unknown = wanted.subtracting(known.map(\.id)).sorted().map {
      Principle(id: $0, name: $0, text: "")
    }
    return known + unknown
  }

  static func chronological(_ a: Action, _ b: Action) -> Bool {
    a.date != b.date ? a.date < b.date : a.id < b.id
  }

  private static func responseOrder(_ a: Response, _ b: Response) -> Bool {
    if a.to != b.to { return a.to < b.to }
    switch (a.requested, b.requested) {
    case (let x?, let y?) where x != y: return x < y
    case (nil, _?): return true
    case (_?, nil): return false
    default: break
    }
    if a.outcome != b.outcome { return a.outcome.rawValue < b.outcome.rawValue }
    return (a.text ?? "") < (b.text ?? "")
  }

  private static func key(_ evidence: Evidence) -> String {
    evidence.source + "\u{0}" + evidence.quote
  }

  /// `findings` by principle (in the catalogue's order), severity (highest first), rule,
  /// organisation, date of the first action, then person and message.
  static func sorted(_ findings: [Finding], _ audit: AuditCase, _ catalog: RuleCatalog) -> [Finding]
  {
    var rank: [String: Int] = [:]
    for (offset, principle) in catalog.principles.enumerated() where rank[principle.id] == nil {
      rank[principle.id] = offset
    }
    var firstDay: [String: Int] = [:]
    for action in audit.actions { firstDay[action.id] = action.date.firstDay }
    func position(_ f: Finding) -> (Int, String) { (rank[f.principle] ?? Int.max, f.principle) }
    func date(_ f: Finding) -> Int { f.actions.first.flatMap { firstDay[$0] } ?? Int.max }
    return findings.sorted { a, b in
      if position(a) != position(b) { return position(a) < position(b) }
      if a.severity != b.severity { return a.severity > b.severity }
      if a.rule != b.rule { return a.rule < b.rule }
      if a.organization != b.organization { return a.organization < b.organization }
      if date(a) != date(b) { return date(a) < date(b) }
      let (ka, kb) = (
        a.actions.joined(separator: ",") + "|" + (a.person ?? ""),
        b.actions.joined(separator: ",") + "|" + (b.person ?? "")
      )
      if ka != kb { return ka < kb }
      return a.message < b.message
    }
  }
}
