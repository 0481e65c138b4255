/// A step a compliance committee may take on a finding, from the pack's `measures.yaml`: the
/// report recommends it when a finding meets its `when`; the committee decides. A new measure
/// is a new entry in YAML, never new code.
public struct Measure: Hashable, Sendable {
  /// When a measure is recommended: every condition given must hold of one finding.
  public struct Condition: Hashable, Sendable {
    /// The finding's severity is at least this.
    public var severityAtLeast: Severity?
    /// The finding rests on at least one of these rules (ids).
    public var rules: [String]
    /// The finding engages at least one of these principles (ids).
    public var principles: [String]
    /// The finding's strength is at least this.
    public var strengthAtLeast: Strength?

    /// Creates a condition; an empty one holds of every finding.
    public init(
      severityAtLeast: Severity? = nil, rules: [String] = [], principles: [String] = [],
      strengthAtLeast: Strength? = nil
    ) {
      self.severityAtLeast = severityAtLeast
      self.rules = rules
      self.principles = principles
      self.strengthAtLeast = strengthAtLeast
    }

    /// True when a finding with this severity and strength, resting on `rules` and engaging
    /// `principles`, meets every condition given.
    public func holds(
      severity: Severity, strength: Strength, rules findingRules: Set<String>,
      principles findingPrinciples: Set<String>
    ) -> Bool {
      if let severityAtLeast, severity < severityAtLeast { return false }
      if let strengthAtLeast, strength < strengthAtLeast { return false }
      if !rules.isEmpty, findingRules.isDisjoint(with: rules) { return false }
      if !principles.isEmpty, findingPrinciples.isDisjoint(with: principles) { return false }
      return true
    }
  }

  /// A stable id (`written-response`).
  public var id: String
  /// What the committee would do, as a report's line ("Request a written response").
  public var title: String
  /// What the step involves, in one or two sentences.
  public var description: String
  /// The references (ids in the catalogue's references) the measure rests on.
  public var restsOn: [String]
  /// When it is recommended: any one of these conditions (none: never by itself).
  public var when: [Condition]
  /// Tags of acts that mean the step has been taken already (a referral, a sanction): when
  /// the case records an act with one of them, the measure is not recommended and the report
  /// says which act took it.
  public var unlessRecorded: [String] = []
  /// Where `id` stands.
  public var location: SourceLocation

  /// Creates a measure.
  public init(
    id: String, title: String, description: String, restsOn: [String], when: [Condition],
    location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.restsOn = restsOn
    self.when = when
    self.location = location
  }
}
