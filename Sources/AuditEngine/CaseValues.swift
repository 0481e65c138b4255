import AuditCore
import AuditExpression

/// A case laid out as expression values, built once per case: the bindings of every action
/// and person, in the slot order of `EvaluationSchema`.
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
  public let actions: [ActionBinding]
  public let people: [PersonBinding]

  /// Lays out `audit`.
  public init(_ audit: AuditCase) {
    self.audit = audit
    let organizations = Dictionary(
      audit.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let people = Dictionary(audit.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let sources = Dictionary(audit.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let organizationValues = organizations.mapValues(Self.value(of:))
    let subject = organizationValues[audit.subject] ?? .null
    let caseValue = Value.object([
      .string(audit.id), .string(audit.title), .string(audit.subject),
      .object([.date(DaySpan(audit.period.from)), .date(DaySpan(audit.period.to))]),
    ])
    let sourceValues = sources.mapValues(Self.value(of:))
    func position(_ p: Person.Position) -> Value {
      .object([
        organizationValues[p.organization] ?? .null, .string(p.role), Self.date(p.from),
        Self.date(p.to),
      ])
    }
    func party(_ id: String) -> Value {
      if let o = organizations[id] {
        return .object([.string(o.id), .string(o.name), .string("organization"), .string(o.type)])
      }
      if let p = people[id] {
        return .object([.string(p.id), .string(p.name), .string("person"), .null])
      }
      return .null
    }
    func evidence(_ e: Evidence) -> Value {
      .object([
        sourceValues[e.source] ?? .null, .string(e.quote), Self.optional(e.locator),
        .int(e.credibility),
      ])
    }
    self.actions = audit.actions.map { action in
      let attributed = Self.attribution(of: action, in: audit).flatMap { organizations[$0] }
      let actor: Value
      if let person = people[action.actor] {
        let roles = person.positions.filter {
          $0.organization == attributed?.id && $0.mayBeHeld(on: action.date)
        }.map { Value.string($0.role) }
        actor = .object([
          .string(person.id), .string(person.name), .string("person"), .null, .list(roles),
          .list(person.positions.map(position)),
        ])
      } else if let o = organizations[action.actor] {
        actor = .object([
          .string(o.id), .string(o.name), .string("organization"), .string(o.type), .list([]),
          .list([]),
        ])
      } else {
        actor = .null
      }
      let actionValue = Value.object([
        .string(action.id), .date(DaySpan(first: action.date.firstDay, last: action.date.lastDay)),
        .string(action.type),
        Self.optional(action.channel),
        .string(action.summary), Self.optional(action.quote), .list(action.tags.map(Value.string)),
        .list(action.targets.map(party)), .list(action.evidence.map(evidence)),
      ])
      let orgValue = attributed.map { organizationValues[$0.id] ?? .null } ?? .null
      return ActionBinding(
        action: action, organization: attributed,
        bindings: [actionValue, actor, orgValue, subject, caseValue])
    }
    self.people = audit.people.map { person in
      let roles = person.positions.filter {
        $0.organization == audit.subject && Self.overlaps($0, audit.period)
      }.map { Value.string($0.role) }
      let value = Value.object([
        .string(person.id), .string(person.name), .list(roles),
        .list(person.positions.map(position)),
      ])
      return PersonBinding(person: person, bindings: [value, subject, caseValue])
    }
  }

  /// The organisation an act is attributed to: `on_behalf_of`, the actor if an organisation,
  /// or the one organisation a person held a position in on that date.
  public static func attribution(of action: Action, in audit: AuditCase) -> String? {
    if let explicit = action.onBehalfOf { return explicit }
    if audit.organization(action.actor) != nil { return action.actor }
    guard let person = audit.person(action.actor) else { return nil }
    let held = Set(person.positions.filter { $0.mayBeHeld(on: action.date) }.map(\.organization))
    return held.count == 1 ? held.first : nil
  }

  static func overlaps(_ p: Person.Position, _ period: (from: PartialDate, to: PartialDate)) -> Bool
  {
    if let from = p.from, from.firstDay > period.to.lastDay { return false }
    if let to = p.to, to.lastDay < period.from.firstDay { return false }
    return true
  }

  static func value(of o: Organization) -> Value {
    .object([.string(o.id), .string(o.name), .string(o.type), optional(o.country)])
  }

  static func value(of s: Source) -> Value {
    .object([
      .string(s.id), .string(s.title), optional(s.publisher), .string(s.type),
      .string(s.reliability.rawValue),
      date(s.published), optional(s.url), optional(s.by),
    ])
  }

  static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
  static func date(_ date: PartialDate?) -> Value { date.map { .date(DaySpan($0)) } ?? .null }
}
