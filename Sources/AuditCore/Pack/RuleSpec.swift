/// A rule as written in its YAML file, before its expressions are compiled.
public struct RuleSpec: Sendable {
  /// What a rule examines.
  public enum Scope: String, CaseIterable, Sendable {
    case action, person
  }

  /// A pattern rule's window: at least `atLeast` matching actions within `withinDays`, per group.
  public struct Aggregate: Sendable {
    public var atLeast: Int
    public var withinDays: Int
    /// The expression that names a group; nil puts every act in one group.
    public var groupBy: LocatedText?
    /// Creates an aggregate window.
    public init(atLeast: Int, withinDays: Int, groupBy: LocatedText?) {
      self.atLeast = atLeast
      self.withinDays = withinDays
      self.groupBy = groupBy
    }
  }

  public var id: String
  public var title: String
  /// The principle or the standard the rule judges acts by.
  public var basis: RuleBasis
  public var severity: Severity
  /// Organisation types the act must be attributed to; empty means any (standard rules only).
  public var appliesTo: [String]
  public var scope: Scope
  public var when: LocatedText
  public var message: LocatedText
  public var rationale: String
  public var references: [String]
  /// Ids from `references.yaml` of the provisions the conduct breaches (the Statutes, Seville
  /// 2.0, the IFRC Constitution …), beside or instead of a principle.
  public var breaches: [String]
  /// Severity by circumstance: the first criterion whose condition holds sets the level;
  /// none holding leaves `severity`.
  public var severityWhen: [SeverityCriterion]
  /// What must be established for a finding on the rule to stand, as questions a committee
  /// settles ("Did the Society invite the speaker?"); shown on the report's front.
  public var questions: [String] = []
  public var aggregate: Aggregate?
  public var tests: [RuleTest]
  /// The rule file's path.
  public var path: String
  /// The pack the rule came from.
  public var pack: String
  /// Where `id` stands.
  public var location: SourceLocation

  /// Creates a rule specification.
  public init(
    id: String, title: String, basis: RuleBasis, severity: Severity, appliesTo: [String],
    scope: Scope, when: LocatedText, message: LocatedText, rationale: String, references: [String],
    aggregate: Aggregate?, tests: [RuleTest], path: String, pack: String, location: SourceLocation,
    breaches: [String] = [], severityWhen: [SeverityCriterion] = []
  ) {
    self.breaches = breaches
    self.severityWhen = severityWhen
    self.id = id
    self.title = title
    self.basis = basis
    self.severity = severity
    self.appliesTo = appliesTo
    self.scope = scope
    self.when = when
    self.message = message
    self.rationale = rationale
    self.references = references
    self.aggregate = aggregate
    self.tests = tests
    self.path = path
    self.pack = pack
    self.location = location
  }
}
