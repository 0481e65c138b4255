import AuditCore
import XCTest

@testable import AuditExpression

/// A small scope shaped like the engine's action scope, with values for one action.
enum Fixture {
  static let organization = ObjectSchema(
    name: "organization",
    fields: [
      .init("id", .string), .init("name", .string),
      .init("type", .term(vocabulary: "organization_types")), .init("country", .string),
    ])
  static let source = ObjectSchema(
    name: "source",
    fields: [.init("id", .string), .init("reliability", .string), .init("published", .date)])
  static let evidence = ObjectSchema(
    name: "evidence",
    fields: [.init("source", .object(source)), .init("quote", .string), .init("credibility", .int)])
  static let action = ObjectSchema(
    name: "action",
    fields: [
      .init("id", .string), .init("date", .date),
      .init("type", .term(vocabulary: "action_types")),
      .init("tags", .list(.term(vocabulary: "tags"))), .init("quote", .string),
      .init("targets", .list(.string)), .init("evidence", .list(.object(evidence))),
      .init("weight", .double),
    ])
  static let position = ObjectSchema(
    name: "position",
    fields: [
      .init("organization", .object(organization)), .init("role", .term(vocabulary: "roles")),
      .init("from", .date), .init("to", .date),
    ])
  static let actor = ObjectSchema(
    name: "actor",
    fields: [
      .init("id", .string), .init("name", .string), .init("kind", .string),
      .init("roles", .list(.term(vocabulary: "roles"))),
      .init("positions", .list(.object(position))),
    ])
  static let period = ObjectSchema(
    name: "period", fields: [.init("from", .date), .init("to", .date)])
  static let caseSchema = ObjectSchema(
    name: "case", fields: [.init("id", .string), .init("period", .object(period))])

  static let scope = Scope(
    variables: [
      .init("action", .object(action)), .init("actor", .object(actor)),
      .init("org", .object(organization)), .init("case", .object(caseSchema)),
    ],
    vocabularies: [
      "action_types": ["public_statement", "endorsement", "social_media_post"],
      "tags": ["electoral_endorsement", "denies_humanitarian_need"],
      "roles": ["president", "secretary_general", "volunteer", "member_of_parliament"],
      "organization_types": ["national_society", "legislature", "icrc"],
    ])

  /// Where test expressions start: line 3, column 7 of `rule.yaml`.
  static let origin = TextOrigin(startingAt: SourceLocation(path: "rule.yaml", line: 3, column: 7))

  /// An object value from named fields; the others are null.
  static func object(_ schema: ObjectSchema, _ values: [String: Value]) -> Value {
    .object(schema.fields.map { values[$0.name] ?? .null })
  }

  static func date(_ text: String) -> Value {
    .date(DaySpan(PartialDate(parsing: text)!))
  }

  static let arcs = object(
    organization,
    ["id": .string("arcs"), "name": .string("ARCS"), "type": .string("national_society")])
  static let parliament = object(
    organization, ["id": .string("parl"), "type": .string("legislature")])

  /// An action of August 2023 by a president who also sat in parliament until 2010.
  static let bindings: [Value] = [
    object(
      action,
      [
        "id": .string("a1"), "date": date("2023-08"), "type": .string("public_statement"),
        "tags": .list([.string("electoral_endorsement")]),
        "quote": .string("no ‘humanitarian crisis’ in the region"),
        "targets": .list([]),
        "evidence": .list([
          object(
            evidence,
            [
              "source": object(source, ["id": .string("occrp"), "reliability": .string("B")]),
              "credibility": .int(2),
            ]),
          object(evidence, ["credibility": .int(4)]),
        ]),
        "weight": .double(0.5),
      ]),
    object(
      actor,
      [
        "id": .string("aslanov"), "name": .string("Novruz Aslanov"), "kind": .string("person"),
        "roles": .list([.string("president"), .string("volunteer")]),
        "positions": .list([
          object(
            position, ["organization": arcs, "role": .string("president"), "from": date("1999")]),
          object(
            position,
            [
              "organization": parliament, "role": .string("member_of_parliament"),
              "from": date("2005"), "to": date("2010-06-30"),
            ]),
        ]),
      ]),
    arcs,
    object(
      caseSchema,
      [
        "id": .string("arcs"),
        "period": object(period, ["from": date("2022-12-12"), "to": date("2023-12-31")]),
      ]),
  ]

  static func compile(_ text: String, expecting: ValueType? = nil) throws -> CompiledExpression {
    try CompiledExpression.compile(text, origin: origin, scope: scope, expecting: expecting)
  }

  /// The value of `text` for `bindings`, failing the test when it does not compile.
  static func value(
    _ text: String, _ bindings: [Value] = Fixture.bindings, file: StaticString = #filePath,
    line: UInt = #line
  ) -> Value {
    do {
      return try compile(text).evaluate(bindings)
    } catch {
      XCTFail("\(text): \(error)", file: file, line: line)
      return .null
    }
  }

  /// The diagnostics of a text that must not compile, as `path:line:col: error: message [code]`.
  static func errors(
    _ text: String, expecting: ValueType? = .bool, origin: TextOrigin = Fixture.origin,
    file: StaticString = #filePath, line: UInt = #line
  ) -> [String] {
    do {
      _ = try CompiledExpression.compile(text, origin: origin, scope: scope, expecting: expecting)
      XCTFail("\(text) compiled", file: file, line: line)
      return []
    } catch {
      return error.all.map(\.description)
    }
  }
}
