/// A rule whose condition was unknown for one act (or one person): the data it needed was
/// missing, so it neither fired nor cleared the act. Absence of evidence makes no finding.
public struct Undecided: Sendable, Hashable {
  /// The rule's id.
  public let rule: String
  /// The act the condition was unknown for; nil for a person-scope rule.
  public let action: String?
  /// The person the condition was unknown for; nil for an action-scope rule.
  public let person: String?
  /// The paths, as written in the condition, whose missing value made it unknown
  /// (`action.quote`, `p.to` inside a macro), in source order.
  public let missing: [String]

  /// Creates an undecided outcome.
  public init(rule: String, action: String?, person: String?, missing: [String]) {
    self.rule = rule
    self.action = action
    self.person = person
    self.missing = missing
  }

  /// By rule, then act (or person) id.
  static func order(_ a: Undecided, _ b: Undecided) -> Bool {
    (a.rule, a.action ?? a.person ?? "") < (b.rule, b.action ?? b.person ?? "")
  }
}
