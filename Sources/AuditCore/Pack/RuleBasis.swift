/// What a rule judges an act by: a Fundamental Principle (for the Movement's components) or
/// a standard that binds other parties, such as authorities (a context rule).
public enum RuleBasis: Hashable, Sendable {
  /// An id from `principles.yaml`.
  case principle(String)
  /// An id from `standards.yaml`.
  case standard(String)

  /// The organisation types the Fundamental Principles bind: the Movement's components.
  /// A `principle:` rule may apply only to these.
  public static let movementOrganizationTypes = ["national_society", "icrc", "ifrc"]

  /// The principle's or the standard's id.
  public var id: String {
    switch self {
    case .principle(let id), .standard(let id): id
    }
  }

  /// The principle's id, nil for a standard.
  public var principle: String? {
    if case .principle(let id) = self { return id }
    return nil
  }

  /// The standard's id, nil for a principle.
  public var standard: String? {
    if case .standard(let id) = self { return id }
    return nil
  }

  /// `principle` or `standard`: the key the rule file names it with.
  public var key: String {
    switch self {
    case .principle: "principle"
    case .standard: "standard"
    }
  }
}
