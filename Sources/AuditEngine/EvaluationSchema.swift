import AuditCore
import AuditExpression

/// The types of the variables rules can name (docs/expression-language.md, "Variables"), one
/// layout per object: each field is declared once with the way its value is read from the
/// case, and both the checker's schema and `CaseValues`' slots are derived from it.
public enum EvaluationSchema {
  static func term(_ kind: Vocabulary.Kind) -> ValueType { .term(vocabulary: kind.rawValue) }

  /// The fixed sets of words a case file allows, checked like vocabulary terms.
  static let evidenceKinds = "evidence_kinds"
  static let capacities = "capacities"

  /// A person or an organisation, as an actor or a target.
  enum Party {
    case person(Person)
    case organization(Organization)
  }

  /// The actor of one act, with the organisation the act is attributed to.
  struct ActorView {
    let party: Party
    let action: Action
    let attributed: Organization?
  }

  static let organizationLayout = ObjectLayout<Organization>(
    "organization",
    [
      .init("id", .string) { .string($0.id) },
      .init("name", .string) { .string($0.name) },
      .init("type", term(.organizationTypes)) { .string($0.type) },
      .init("country", .string, "ISO 3166-1 alpha-2 code, or null") { .optional($0.country) },
    ])

  static let periodLayout = ObjectLayout<AuditCase>(
    "period",
    [
      .init("from", .date) { .date(DaySpan($0.period.from)) },
      .init("to", .date) { .date(DaySpan($0.period.to)) },
    ])

  static let auditLayout = ObjectLayout<AuditCase>(
    "case",
    [
      .init("id", .string) { .string($0.id) },
      .init("title", .string) { .string($0.title) },
      .init("subject", .string) { .string($0.subject) },
      .init("period", .object(periodLayout.schema)) { periodLayout.value(of: $0, in: $1) },
    ])

  static let sourceLayout = ObjectLayout<Source>(
    "source",
    [
      .init("id", .string) { .string($0.id) },
      .init("title", .string) { .string($0.title) },
      .init("publisher", .string) { .optional($0.publisher) },
      .init("type", term(.sourceTypes)) { .string($0.type) },
      .init("reliability", .string, "A–F") { .string($0.reliability.rawValue) },
      .init("published", .date) { .optional($0.published) },
      .init("url", .string) { .optional($0.url) },
      .init("by", .string, "id of whose own publication it is") { .optional($0.by) },
      .init("language", .string, "language of this copy, e.g. \"en\", or null") {
        .optional($0.language)
      },
    ])

  static let evidenceLayout = ObjectLayout<Evidence>(
    "evidence",
    [
      .init("source", .object(sourceLayout.schema)) { $1.source($0.source) },
      .init("quote", .string) { .string($0.quote) },
      .init("locator", .string) { .optional($0.locator) },
      .init("credibility", .int, "1–6") { .int($0.credibility) },
      .init(
        "kind", .term(vocabulary: evidenceKinds), "\"words\", \"fact\", \"analysis\" or \"context\""
      ) { .string($0.kind.rawValue) },
      .init("translated", .bool, "true when the quote is a translation") {
        .bool($0.translated)
      },
    ])

  static let positionLayout = ObjectLayout<Person.Position>(
    "position",
    [
      .init("organization", .object(organizationLayout.schema)) {
        $1.organization($0.organization)
      },
      .init("role", term(.roles)) { .string($0.role) },
      .init("from", .date) { .optional($0.from) },
      .init("to", .date, "null while held") { .optional($0.to) },
    ])

  static let partyLayout = ObjectLayout<Party>(
    "party",
    [
      .init("id", .string) { .string($0.id) },
      .init("name", .string) { .string($0.name) },
      .init("kind", .string, "\"person\" or \"organization\"") { .string($0.kind) },
      .init("type", term(.organizationTypes), "null for a person") { .optional($0.type) },
    ])

  static let actorLayout = ObjectLayout<ActorView>(
    "actor",
    [
      .init("id", .string) { .string($0.party.id) },
      .init("name", .string) { .string($0.party.name) },
      .init("kind", .string, "\"person\" or \"organization\"") { .string($0.party.kind) },
      .init("type", term(.organizationTypes), "null for a person") { .optional($0.party.type) },
      .init("roles", .list(term(.roles)), "roles held in org on the action's date") {
        .list($0.roles.map(Value.string))
      },
      .init("positions", .list(.object(positionLayout.schema))) { actor, index in
        .list(actor.positions.map { positionLayout.value(of: $0, in: index) })
      },
    ])

  static let actionLayout = ObjectLayout<Action>(
    "action",
    [
      .init("id", .string) { .string($0.id) },
      .init("date", .date, "the act's date or range, as a span of days") { .date($0.date) },
      .init("date_note", .string, "where the source places an undated act, or null") {
        .optional($0.dateNote)
      },
      .init("capacity", .term(vocabulary: capacities), "\"stated\", \"inferred\" or null") {
        .optional($0.capacity?.rawValue)
      },
      .init("type", term(.actionTypes)) { .string($0.type) },
      .init("channel", .string) { .optional($0.channel) },
      .init("summary", .string) { .string($0.summary) },
      .init("quote", .string) { .optional($0.quote) },
      .init("tags", .list(term(.tags))) { .list($0.tags.map(Value.string)) },
      .init("targets", .list(.object(partyLayout.schema))) { action, index in
        .list(
          action.targets.map { id in
            index.party(id).map { partyLayout.value(of: $0, in: index) } ?? .null
          })
      },
      .init("evidence", .list(.object(evidenceLayout.schema))) { action, index in
        .list(action.evidence.map { evidenceLayout.value(of: $0, in: index) })
      },
    ])

  static let personLayout = ObjectLayout<Person>(
    "person",
    [
      .init("id", .string) { .string($0.id) },
      .init("name", .string) { .string($0.name) },
      .init("roles", .list(term(.roles)), "roles held in the subject during the case period") {
        person, index in
        .list(
          person.positions.filter {
            $0.organization == index.audit.subject && CaseValues.overlaps($0, index.audit.period)
          }.map { .string($0.role) })
      },
      .init("positions", .list(.object(positionLayout.schema))) { person, index in
        .list(person.positions.map { positionLayout.value(of: $0, in: index) })
      },
    ])

  /// An organisation: `org`, `subject`, a position's organisation.
  public static let organization = organizationLayout.schema
  /// The case's period.
  public static let period = periodLayout.schema
  /// `case`.
  public static let audit = auditLayout.schema
  /// An evidence item's source.
  public static let source = sourceLayout.schema
  /// An evidence item.
  public static let evidence = evidenceLayout.schema
  /// A position a person holds.
  public static let position = positionLayout.schema
  /// A target of an act: a person or an organisation.
  public static let party = partyLayout.schema
  /// `actor`.
  public static let actor = actorLayout.schema
  /// `action`.
  public static let action = actionLayout.schema
  /// `person`, in person scope.
  public static let person = personLayout.schema

  /// The variables of action scope, in binding order.
  static let actionVariables: [Scope.Variable] = [
    .init("action", .object(action)), .init("actor", .object(actor)),
    .init("org", .object(organization)), .init("subject", .object(organization)),
    .init("case", .object(audit)),
  ]

  /// The variables of person scope, in binding order.
  static let personVariables: [Scope.Variable] = [
    .init("person", .object(person)), .init("subject", .object(organization)),
    .init("case", .object(audit)),
  ]

  /// The terms of each vocabulary by its name, for checking a literal compared with a term.
  static func vocabularies(_ vocabulary: Vocabulary) -> [String: Set<String>] {
    var sets = Dictionary(
      uniqueKeysWithValues: Vocabulary.Kind.allCases.map {
        ($0.rawValue, Set(vocabulary.names($0)))
      })
    sets[evidenceKinds] = Set(EvidenceKind.allCases.map(\.rawValue))
    sets[capacities] = Set(Capacity.allCases.map(\.rawValue))
    return sets
  }
}

extension EvaluationSchema.Party {
  var id: String {
    switch self {
    case .person(let p): p.id
    case .organization(let o): o.id
    }
  }
  var name: String {
    switch self {
    case .person(let p): p.name
    case .organization(let o): o.name
    }
  }
  var kind: String {
    switch self {
    case .person: "person"
    case .organization: "organization"
    }
  }
  /// The organisation type; nil for a person.
  var type: String? {
    if case .organization(let o) = self { return o.type }
    return nil
  }
}

extension EvaluationSchema.ActorView {
  /// Roles a person held in the attributed organisation on the act's date; none for an
  /// organisation.
  var roles: [String] {
    guard case .person(let person) = party else { return [] }
    return person.positions.filter {
      $0.organization == attributed?.id && $0.mayBeHeld(on: action.date)
    }.map(\.role)
  }
  /// A person's positions; none for an organisation.
  var positions: [Person.Position] {
    if case .person(let person) = party { return person.positions }
    return []
  }
}
