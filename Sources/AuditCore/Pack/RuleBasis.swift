/// What a rule judges an act by: a Fundamental Principle (for the Movement's components), the
/// Movement's instruments alone (`breaches:` with no principle at stake), or a standard that
/// binds other parties, such as authorities (a context rule).
public enum RuleBasis: Hashable, Sendable {
  /// An id from `principles.yaml`.
  case principle(String)
  /// No principle at stake: the rule judges by the instruments its `breaches:` names.
  case instruments
  /// An id from `standards.yaml`.
  case standard(String)

  /// The id an instrument-only rule's hits and engagements go by, in place of a principle's.
  public static let instrumentsID = "instruments"

  /// The organisation types the Fundamental Principles bind: the Movement's components.
  /// A `principle:` rule may apply only to these.
  public static let movementOrganizationTypes = ["national_society", "icrc", "ifrc"]

  /// The principle's or the standard's id.
  public var id: String {
    switch self {
    case .principle(let id), .standard(let id): id
    case .instruments: Self.instrumentsID
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

  /// `principle`, `breaches` or `standard`: the key the rule file names it with.
  public var key: String {
    switch self {
    case .principle: "principle"
    case .instruments: "breaches"
    case .standard: "standard"
    }
  }

  /// True for what judges the Movement's components (a principle, or instruments alone); such
  /// a rule may apply only to them, and judges the case's subject only.
  public var judgesMovementComponents: Bool {
    if case .standard = self { return false }
    return true
  }
}
