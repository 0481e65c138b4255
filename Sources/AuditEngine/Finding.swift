import AuditCore

/// What a committee acts on: one episode of the subject's conduct with every principle it
/// engages, the rules behind each, and how firmly the evidence stands.
///
/// Rules are the unit of logic, the episode the unit of a finding: an act that breaches three
/// rules is one finding, not three. An act in no declared episode is its own episode; a person
/// rule's hits about one person (a seat in parliament) are one finding about that person.
public struct Finding: Sendable, Hashable {
  /// One principle the episode engages.
  public struct Engagement: Sendable, Hashable {
    /// The principle's id.
    public var principle: String
    /// The rules that found it, by id.
    public var rules: [String]
    /// The highest severity of those rules' hits.
    public var severity: Severity
    /// The strongest evidence behind those hits.
    public var strength: Strength

    /// Creates an engagement.
    public init(principle: String, rules: [String], severity: Severity, strength: Strength) {
      self.principle = principle
      self.rules = rules
      self.severity = severity
      self.strength = strength
    }
  }

  /// What the finding is about: a declared episode, one act, or a person's positions.
  public enum Origin: Sendable, Hashable {
    case episode(String)
    case action(String)
    case person(String)
  }

  /// A stable id: the episode's id, the act's id, or the person's id.
  public var id: String
  public var origin: Origin
  /// The episode's title, or the act's summary, or the rule's title for a person.
  public var title: String
  /// The subject's acts in the finding, by date (empty for a person finding).
  public var actions: [String]
  /// Acts of others recorded in the same episode (reported as context), by date.
  public var otherActions: [String]
  /// From the earliest of its acts to the latest; nil for a person finding.
  public var span: DateRange?
  /// The person a person finding concerns.
  public var person: String?
  /// The principles engaged, in the catalogue's order.
  public var engagements: [Engagement]
  /// Every rule hit behind the finding, by rule id.
  public var hits: [RuleHit]
  /// The highest severity of any hit.
  public var severity: Severity
  /// The strongest grade of any hit: the finding stands as firmly as its best-evidenced act.
  public var strength: Strength
  /// Why the strength is what it is, in words.
  public var strengthBasis: String
  /// The evidence of the finding's acts (or the person's positions), in the acts' order.
  public var evidence: [RuleHit.CitedEvidence]
  /// What a reader should check before relying on the finding.
  public var toVerify: [PointToVerify]
  /// The ids of the independent sources whose words or stated facts the finding's acts rest
  /// on (DESIGN §5: neither repeats the other, nor republishes the same story).
  public var independentSources: [String] = []
  /// The subject's replies that answer the finding's episode or one of its acts.
  public var replies: [Response] = []

  /// Creates a finding.
  public init(
    id: String, origin: Origin, title: String, actions: [String], otherActions: [String],
    span: DateRange?, person: String?, engagements: [Engagement], hits: [RuleHit],
    severity: Severity,
    strength: Strength, strengthBasis: String, evidence: [RuleHit.CitedEvidence],
    toVerify: [PointToVerify]
  ) {
    self.id = id
    self.origin = origin
    self.title = title
    self.actions = actions
    self.otherActions = otherActions
    self.span = span
    self.person = person
    self.engagements = engagements
    self.hits = hits
    self.severity = severity
    self.strength = strength
    self.strengthBasis = strengthBasis
    self.evidence = evidence
    self.toVerify = toVerify
  }
}
