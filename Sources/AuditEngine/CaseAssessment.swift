import AuditCore

/// The findings of one case as a committee reads them: rule hits grouped into one finding per
/// episode of the subject's conduct, pattern hits as a synthesis across findings, and the acts
/// of others (authorities) as context under their standards.
public struct CaseAssessment: Sendable {
  /// A pattern rule's hit, with the findings whose acts it counts.
  public struct Pattern: Sendable, Hashable {
    /// The hit: the rule and every act in its window.
    public var hit: RuleHit
    /// The ids of the findings that hold those acts, in the findings' order.
    public var findings: [String]
    /// Creates a pattern.
    public init(hit: RuleHit, findings: [String]) {
      self.hit = hit
      self.findings = findings
    }
  }

  /// The evaluation the assessment groups.
  public let evaluation: CaseEvaluation
  /// One finding per episode about the subject: most severe first, then strongest, then earliest.
  public let findings: [Finding]
  /// Pattern hits about the subject, by rule.
  public let patterns: [Pattern]
  /// Hits of context rules (standards) and hits about organisations other than the subject,
  /// by the date of their first act, then rule.
  public let context: [RuleHit]

  /// Groups `evaluation`'s hits; `rules` tells each hit's basis (every rule by id, built once
  /// by the pipeline), `principleRank` each principle's place in the catalogue.
  init(
    _ evaluation: CaseEvaluation, rules specs: [String: RuleSpec], principleRank: [String: Int],
    verified: QuoteVerification
  ) {
    self.evaluation = evaluation
    let audit = evaluation.audit
    let index = evaluation.index
    var groups: [Finding.Origin: [RuleHit]] = [:]
    var patternHits: [RuleHit] = []
    var context: [RuleHit] = []
    for hit in evaluation.hits {
      let spec = specs[hit.rule]
      if case .standard? = spec?.basis {
        context.append(hit)
      } else if hit.organization != audit.subject {
        context.append(hit)
      } else if spec?.aggregate != nil {
        patternHits.append(hit)
      } else if let person = hit.person {
        groups[.person(person), default: []].append(hit)
      } else if let first = hit.actions.first {
        groups[index.episode(of: first).map { .episode($0.id) } ?? .action(first), default: []]
          .append(hit)
      }
    }
    let builder = FindingBuilder(
      audit: audit, index: index, specs: specs, principleRank: principleRank, verified: verified)
    let findings = groups.map { builder.finding($0.key, hits: $0.value) }.sorted(by: Self.order)
    self.findings = findings
    // Which findings hold each act, by their place in `findings`: a pattern then looks up its
    // acts instead of scanning every finding.
    var holders: [String: [Int]] = [:]
    for (offset, finding) in findings.enumerated() {
      for action in finding.actions { holders[action, default: []].append(offset) }
    }
    self.patterns = patternHits.sorted(by: Self.hitOrder).map { hit in
      let places = Set(hit.actions.flatMap { holders[$0] ?? [] }).sorted()
      return Pattern(hit: hit, findings: places.map { findings[$0].id })
    }
    self.context = context.sorted { a, b in
      let (da, db) = (index.firstDay(of: a.actions), index.firstDay(of: b.actions))
      if da != db { return da < db }
      return Self.hitOrder(a, b)
    }
  }

  /// By rule, then the acts cited, then the person.
  static func hitOrder(_ a: RuleHit, _ b: RuleHit) -> Bool {
    let key = { (hit: RuleHit) in
      hit.actions.joined(separator: "\u{0}") + "\u{1}" + (hit.person ?? "")
    }
    return (a.rule, key(a)) < (b.rule, key(b))
  }

  /// Most severe first, then the strongest, then the earliest act, then id.
  static func order(_ a: Finding, _ b: Finding) -> Bool {
    if a.severity != b.severity { return a.severity > b.severity }
    if a.strength != b.strength { return a.strength > b.strength }
    let (da, db) = (a.span?.firstDay ?? Int.max, b.span?.firstDay ?? Int.max)
    if da != db { return da < db }
    return a.id < b.id
  }
}
