import AuditCore
import AuditExpression

/// The types of the variables rules can name (DESIGN.md section 4), one schema per object.
///
/// The slot order here is the layout `CaseValues` builds values in: keep them together.
public enum EvaluationSchema {
  static func term(_ kind: Vocabulary.Kind) -> ValueType { .term(vocabulary: kind.rawValue) }

  /// An organisation: `org`, `subject`, a position's organisation.
  public static let organization = ObjectSchema(
    name: "organization",
    fields: [
      .init("id", .string), .init("name", .string), .init("type", term(.organizationTypes)),
      .init("country", .string, "ISO 3166-1 alpha-2 code, or null"),
    ])
  /// The case's period.
  public static let period = ObjectSchema(
    name: "period", fields: [.init("from", .date), .init("to", .date)])
  /// `case`.
  public static let audit = ObjectSchema(
    name: "case",
    fields: [
      .init("id", .string), .init("title", .string), .init("subject", .string),
      .init("period", .object(period)),
    ])
  /// An evidence item's source.
  public static let source = ObjectSchema(
    name: "source",
    fields: [
      .init("id", .string), .init("title", .string), .init("publisher", .string),
      .init("type", term(.sourceTypes)), .init("reliability", .string, "A–F"),
      .init("published", .date), .init("url", .string),
      .init("by", .string, "id of whose own publication it is"),
    ])
  /// An evidence item.
  public static let evidence = ObjectSchema(
    name: "evidence",
    fields: [
      .init("source", .object(source)), .init("quote", .string), .init("locator", .string),
      .init("credibility", .int, "1–6"),
    ])
  /// A position a person holds.
  public static let position = ObjectSchema(
    name: "position",
    fields: [
      .init("organization", .object(organization)), .init("role", term(.roles)),
      .init("from", .date), .init("to", .date, "null while held"),
    ])
  /// A target of an action: a person or an organisation.
  public static let party = ObjectSchema(
    name: "party",
    fields: [
      .init("id", .string), .init("name", .string),
      .init("kind", .string, "\"person\" or \"organization\""),
      .init("type", term(.organizationTypes), "null for a person"),
    ])
  /// `actor`.
  public static let actor = ObjectSchema(
    name: "actor",
    fields: [
      .init("id", .string), .init("name", .string),
      .init("kind", .string, "\"person\" or \"organization\""),
      .init("type", term(.organizationTypes), "null for a person"),
      .init("roles", .list(term(.roles)), "roles held in org on the action's date"),
      .init("positions", .list(.object(position))),
    ])
  /// `action`.
  public static let action = ObjectSchema(
    name: "action",
    fields: [
      .init("id", .string), .init("date", .date), .init("type", term(.actionTypes)),
      .init("channel", .string), .init("summary", .string), .init("quote", .string),
      .init("tags", .list(term(.tags))), .init("targets", .list(.object(party))),
      .init("evidence", .list(.object(evidence))),
    ])
  /// `person`, in person scope.
  public static let person = ObjectSchema(
    name: "person",
    fields: [
      .init("id", .string), .init("name", .string),
      .init("roles", .list(term(.roles)), "roles held in the subject during the case period"),
      .init("positions", .list(.object(position))),
    ])

  /// The variables of action scope, in binding order.
  public static func actionScope(_ vocabulary: Vocabulary) -> Scope {
    Scope(
      variables: [
        .init("action", .object(action)), .init("actor", .object(actor)),
        .init("org", .object(organization)), .init("subject", .object(organization)),
        .init("case", .object(audit)),
      ], vocabularies: vocabularies(vocabulary))
  }

  /// The variables of person scope, in binding order.
  public static func personScope(_ vocabulary: Vocabulary) -> Scope {
    Scope(
      variables: [
        .init("person", .object(person)), .init("subject", .object(organization)),
        .init("case", .object(audit)),
      ], vocabularies: vocabularies(vocabulary))
  }

  static func vocabularies(_ vocabulary: Vocabulary) -> [String: Set<String>] {
    Dictionary(
      uniqueKeysWithValues: Vocabulary.Kind.allCases.map {
        ($0.rawValue, Set(vocabulary.names($0)))
      })
  }
}
