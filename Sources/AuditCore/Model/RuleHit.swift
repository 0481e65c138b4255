/// One rule hit — what a rule found on one act (or person, or window of acts): the act (or person), the message, the evidence it rests on, and how firmly.
public struct RuleHit: Sendable, Hashable {
  /// One evidence item of a cited act, with its source's grade.
  public struct CitedEvidence: Sendable, Hashable {
    /// The act the item supports.
    public var action: String
    public var evidence: Evidence
    public var reliability: Reliability
    /// True once checked against the source's archived copy, false when it is missing, nil before any check.
    public var verified: Bool?
    /// What the copy checked holds: the whole source, or only an excerpt of it (nil unchecked).
    public var checkedAgainst: Source.Archive.Coverage?
    /// Creates a cited item.
    public init(
      action: String, evidence: Evidence, reliability: Reliability, verified: Bool? = nil,
      checkedAgainst: Source.Archive.Coverage? = nil
    ) {
      self.action = action
      self.evidence = evidence
      self.reliability = reliability
      self.verified = verified
      self.checkedAgainst = checkedAgainst
    }
  }

  /// One top-level condition of the rule's `when` with the value that made it hold.
  public struct Condition: Sendable, Hashable {
    /// The condition's source text.
    public var text: String
    /// Each sub-expression that named case data, with its value, e.g. `action.type = "interview"`.
    public var values: [String]
    /// Creates a condition.
    public init(text: String, values: [String]) {
      self.text = text
      self.values = values
    }
  }

  /// Why a hit is background, not a finding.
  public enum Background: Sendable, Hashable {
    /// No day of the act falls within the case's period.
    case outsidePeriod
    /// The act came before the earliest of the norms its rule rests on took effect (`from`).
    case beforeNorms(from: PartialDate)
  }

  public var rule: String
  public var title: String
  /// The principle at stake, or `RuleBasis.instrumentsID` for a rule about instruments alone,
  /// or the standard of a context rule.
  public var principle: String
  /// Ids of the provisions the conduct breaches (the rule's `breaches:`), as written.
  public var breaches: [String] = []
  /// Of the norms the rule rests on (its principle, the provisions it breaches, its standard),
  /// the ids of those in force on the act's first day: the texts that applied.
  public var inForce: [String] = []
  /// Set when the hit is background (outside the case's period, or before its norms took
  /// effect): it is never a numbered finding.
  public var background: Background?
  /// The `because` of the `severity_when:` criterion that set `severity`; nil when none held
  /// and the rule's own `severity` stands.
  public var severityBecause: String?
  public var severity: Severity
  /// The organisation the hit concerns.
  public var organization: String
  /// The cited acts' ids, by date (empty for a person rule's hit).
  public var actions: [String]
  /// The person a person rule's hit concerns.
  public var person: String?
  public var message: String
  public var evidence: [CitedEvidence]
  /// The rule's reference ids, the principle's own text first (`principle.<id>`).
  public var references: [String]
  public var strength: Strength
  /// Why the strength is what it is, in words.
  public var strengthBasis: String
  /// Why it fired.
  public var conditions: [Condition]

  /// Creates a rule hit.
  public init(
    rule: String, title: String, principle: String, severity: Severity, organization: String,
    actions: [String], person: String?, message: String, evidence: [CitedEvidence],
    references: [String], strength: Strength, strengthBasis: String, conditions: [Condition]
  ) {
    self.rule = rule
    self.title = title
    self.principle = principle
    self.severity = severity
    self.organization = organization
    self.actions = actions
    self.person = person
    self.message = message
    self.evidence = evidence
    self.references = references
    self.strength = strength
    self.strengthBasis = strengthBasis
    self.conditions = conditions
  }
}
