/// An example embedded in a rule file: a small case and whether the rule must fire on it, clear
/// it, or be left undecided by it.
public struct RuleTest: Sendable {
  public var name: String
  /// True for `expect: match`.
  public var expectMatch: Bool
  /// True for `expect: undecided`: the data the rule needs is missing, so it neither fires nor
  /// clears the act (`expectMatch` is then false).
  public var expectUndecided: Bool
  /// The small case the test builds (subject `subject`, default source and evidence).
  public var fixture: AuditCase
  /// For a match: the exact message the finding must render.
  public var message: String?
  /// For a pattern rule's match: the ids of the acts the hit must cite.
  public var cites: [String]?
  /// Where the test starts.
  public var location: SourceLocation

  /// Creates a rule test.
  public init(
    name: String, expectMatch: Bool, expectUndecided: Bool = false, fixture: AuditCase,
    message: String?, cites: [String]?, location: SourceLocation
  ) {
    self.name = name
    self.expectMatch = expectMatch
    self.expectUndecided = expectUndecided && !expectMatch
    self.fixture = fixture
    self.message = message
    self.cites = cites
    self.location = location
  }
}
