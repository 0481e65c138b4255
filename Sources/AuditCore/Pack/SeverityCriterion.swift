/// One entry of a rule's `severity_when:`: when `condition` holds for the act, the hit's
/// severity is `level`, for the reason `because`.
public struct SeverityCriterion: Hashable, Sendable {
  /// The condition, an expression of type bool in the rule's scope.
  public var condition: LocatedText
  /// The severity it sets.
  public var level: Severity
  /// Why the circumstance sets that level, in words a committee reads.
  public var because: String

  /// Creates a criterion.
  public init(condition: LocatedText, level: Severity, because: String) {
    self.condition = condition
    self.level = level
    self.because = because
  }
}
