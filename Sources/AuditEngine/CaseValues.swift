import AuditCore
import AuditExpression

/// A case laid out as expression values, built once per case: the bindings of every action
/// and person, each object built by its `EvaluationSchema` layout.
public struct CaseValues: Sendable {
  /// One action ready for evaluation.
  public struct ActionBinding: Sendable {
    public let action: Action
    /// The organisation the act is attributed to, if any.
    public let organization: Organization?
    /// Values of `action, actor, org, subject, case`.
    public let bindings: [Value]
  }

  /// One person ready for person-scope evaluation.
  public struct PersonBinding: Sendable {
    public let person: Person
    /// Values of `person, subject, case`.
    public let bindings: [Value]
  }

  public let audit: AuditCase
  /// The case's entities by id.
  public let index: CaseIndex
  public let actions: [ActionBinding]
  public let people: [PersonBinding]

  /// Lays out `audit`.
  public init(_ audit: AuditCase) {
    self.audit = audit
    let index = LayoutContext(audit)
    self.index = index.index
    let subject = index.organization(audit.subject)
    let caseValue = EvaluationSchema.auditLayout.value(of: audit, in: index)
    // Each act's and person's values depend on nothing but the case: laid out on every core.
    self.actions = Parallel.map(audit.actions) { action in
      let attributed = Self.attribution(of: action, in: index.index).flatMap {
        index.index.organization($0)
      }
      let actor =
        index.party(action.actor).map {
          EvaluationSchema.actorLayout.value(
            of: .init(party: $0, action: action, attributed: attributed), in: index)
        } ?? .null
      return ActionBinding(
        action: action, organization: attributed,
        bindings: [
          EvaluationSchema.actionLayout.value(of: action, in: index), actor,
          index.organization(attributed?.id), subject, caseValue,
        ])
    }
    self.people = Parallel.map(audit.people) { person in
      PersonBinding(
        person: person,
        bindings: [
          EvaluationSchema.personLayout.value(of: person, in: index), subject, caseValue,
        ])
    }
  }

  /// The organisation an act is attributed to: `on_behalf_of`, the actor if an organisation,
  /// or the one organisation a person held a position in on that date.
  public static func attribution(of action: Action, in index: CaseIndex) -> String? {
    if let explicit = action.onBehalfOf { return explicit }
    if index.organization(action.actor) != nil { return action.actor }
    guard let person = index.person(action.actor) else { return nil }
    let held = Set(person.positions.filter { $0.mayBeHeld(on: action.date) }.map(\.organization))
    return held.count == 1 ? held.first : nil
  }

  static func overlaps(_ p: Person.Position, _ period: (from: PartialDate, to: PartialDate)) -> Bool
  {
    if let from = p.from, from.firstDay > period.to.lastDay { return false }
    if let to = p.to, to.lastDay < period.from.firstDay { return false }
    return true
  }
}
