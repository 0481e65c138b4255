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
  /// Hits of context rules (standards) on the acts of others, by the date of their first
  /// act, then rule.
  public let context: [RuleHit]
  /// The subject's episodes that are background, not findings: acts outside the case's period,
  /// or before the norms their rules rest on took effect; never numbered, earliest first.
  public let background: [Finding]
  /// Hits of principle or instrument rules on another Movement component's acts in a case
  /// about someone else: chronology only, neither findings nor context (it has had no right
  /// of reply here). Kept so that a reader of the JSON can see what was set aside.
  public let outsideSubject: [RuleHit]

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
    var outsideSubject: [RuleHit] = []
    var backgroundGroups: [Finding.Origin: [RuleHit]] = [:]
    for hit in evaluation.hits {
      let spec = specs[hit.rule]
      if case .standard? = spec?.basis {
        context.append(hit)
      } else if hit.organization != audit.subject {
        // Another Movement component has had no right of reply in a case about someone else.
        let type = index.organization(hit.organization)?.type ?? ""
        if RuleBasis.movementOrganizationTypes.contains(type) {
          outsideSubject.append(hit)
        } else {
          context.append(hit)
        }
      } else if hit.background != nil, let first = hit.actions.first {
        backgroundGroups[
          index.episode(of: first).map { .episode($0.id) } ?? .action(first), default: []
        ].append(hit)
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
    let findings = Self.sorted(
      groups.map { builder.finding($0.key, hits: $0.value) }, by: Self.orderKey, Self.comesBefore)
    self.findings = findings
    self.background = backgroundGroups.map { builder.finding($0.key, hits: $0.value) }.sorted {
      ($0.span?.firstDay ?? Int.max, $0.id) < ($1.span?.firstDay ?? Int.max, $1.id)
    }
    self.outsideSubject = Self.sorted(outsideSubject, by: Self.hitKey, <)
    // Which findings hold each act, by their place in `findings`: a pattern then looks up its
    // acts instead of scanning every finding.
    var holders: [String: [Int]] = [:]
    for (offset, finding) in findings.enumerated() {
      for action in finding.actions { holders[action, default: []].append(offset) }
    }
    self.patterns = Self.sorted(patternHits, by: Self.hitKey, <).map { hit in
      let places = Set(hit.actions.flatMap { holders[$0] ?? [] }).sorted()
      return Pattern(hit: hit, findings: places.map { findings[$0].id })
    }
    // By the date of the first act, then as `hitOrder`.
    self.context = Self.sorted(
      context, by: { hit in (index.firstDay(of: hit.actions), Self.hitKey(hit)) },
      { a, b in a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 })
  }

  /// `items` in the order `areInIncreasingOrder` gives their keys, each key computed once
  /// rather than twice a comparison, and the items moved once rather than at every step of
  /// the sort. The same order as sorting the items themselves: the same sort makes the same
  /// comparisons.
  static func sorted<Item, Key>(
    _ items: [Item], by key: (Item) -> Key, _ areInIncreasingOrder: (Key, Key) -> Bool
  ) -> [Item] {
    let keys = items.map(key)
    return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { items[$0] }
  }

  /// By rule, then the acts cited, then the person.
  static func hitOrder(_ a: RuleHit, _ b: RuleHit) -> Bool { hitKey(a) < hitKey(b) }

  /// What `hitOrder` compares: the rule, then the acts cited and the person, as one text.
  static func hitKey(_ hit: RuleHit) -> (rule: String, cited: String) {
    (hit.rule, hit.actions.joined(separator: "\u{0}") + "\u{1}" + (hit.person ?? ""))
  }

  /// Most severe first, then the strongest, then the earliest act, then id.
  static func order(_ a: Finding, _ b: Finding) -> Bool { comesBefore(orderKey(a), orderKey(b)) }

  /// What `order` compares of a finding.
  static func orderKey(_ finding: Finding) -> (Severity, Strength, day: Int, id: String) {
    (finding.severity, finding.strength, finding.span?.firstDay ?? Int.max, finding.id)
  }

  /// `order` on the findings' keys.
  static func comesBefore(
    _ a: (Severity, Strength, day: Int, id: String), _ b: (Severity, Strength, day: Int, id: String)
  ) -> Bool {
    if a.0 != b.0 { return a.0 > b.0 }
    if a.1 != b.1 { return a.1 > b.1 }
    if a.day != b.day { return a.day < b.day }
    return a.id < b.id
  }
}
