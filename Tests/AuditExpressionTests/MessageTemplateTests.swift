import AuditCore
import XCTest

@testable import AuditExpression

final class MessageTemplateTests: XCTestCase {
  private func template(_ text: String) throws -> MessageTemplate {
    try MessageTemplate.compile(text, origin: Fixture.origin, scope: Fixture.scope)
  }

  private func errors(_ text: String) -> [String] {
    do {
      _ = try MessageTemplate.compile(text, origin: Fixture.origin, scope: Fixture.scope)
      XCTFail("\(text) compiled")
      return []
    } catch {
      return error.all.map(\.description)
    }
  }

  func testRendersPlaceholders() throws {
    let message = try template("{actor.name} ({actor.roles}) endorsed a candidate on {action.date}")
    XCTAssertEqual(
      message.render(Fixture.bindings),
      "Novruz Aslanov (president, volunteer) endorsed a candidate on 2023-08")
    XCTAssertEqual(
      message.text, "{actor.name} ({actor.roles}) endorsed a candidate on {action.date}")
  }

  func testValuesOfEveryKind() throws {
    let message = try template(
      "{org.country}|{size(actor.roles)}|{action.weight}|{30d}|{action.id == 'a1'}|{[]}|{case.period.from}"
    )
    XCTAssertEqual(message.render(Fixture.bindings), "(none)|2|0.5|30d|true||2022-12-12")
  }

  func testUnknownAndMissingPlaceholdersStillRender() throws {
    let message = try template(
      "{org.country == 'AZ'}|{not (org.country contains 'A')}|{size(org.country)}|{lower(org.country)} end"
    )
    XCTAssertEqual(message.render(Fixture.bindings), "(none)|(none)|(none)|(none) end")
  }

  func testDoubledBracesAreLiteral() throws {
    XCTAssertEqual(
      try template("{{literal}} {org.id}}}").render(Fixture.bindings), "{literal} arcs}")
    XCTAssertEqual(try template("no placeholders").render(Fixture.bindings), "no placeholders")
    XCTAssertEqual(try template("").render(Fixture.bindings), "")
  }

  func testBracesInsideStringLiterals() throws {
    XCTAssertEqual(
      try template(#"{lower("A}B")} {lower('{C')}"#).render(Fixture.bindings), "a}b {c")
  }

  func testUnclosedBraceIsLocatedAtIt() {
    XCTAssertEqual(
      errors("{actor.name} endorsed on {action.date"),
      [
        "rule.yaml:3:32: error: unclosed '{' in message; write '{{' for a literal brace [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      errors("a } b"),
      [
        "rule.yaml:3:9: error: unmatched '}' in message; write '}}' for a literal brace [E-EXPR-SYNTAX]"
      ])
    XCTAssertEqual(
      errors("x { } y"),
      ["rule.yaml:3:9: error: empty placeholder '{}' in message [E-EXPR-SYNTAX]"])
  }

  func testPlaceholderErrorsAreLocatedInsideTheMessage() {
    XCTAssertEqual(
      errors("{actor.nmae} said {acton.quote}"),
      [
        "rule.yaml:3:14: error: unknown field 'actor.nmae'; did you mean 'actor.name'? [E-EXPR-UNKNOWN-FIELD]",
        "rule.yaml:3:26: error: unknown name 'acton'; did you mean 'action'? [E-EXPR-UNKNOWN-NAME]",
      ])
    XCTAssertEqual(
      errors("by {actor}"),
      [
        "rule.yaml:3:11: error: cannot show actor in a message; name one of its fields [E-EXPR-TYPE]"
      ])
    XCTAssertEqual(
      errors("{action.id ==}"),
      ["rule.yaml:3:20: error: unexpected end of expression [E-EXPR-SYNTAX]"])
  }

  func testAPlaceholderOnTheSecondLineOfAFoldedMessage() {
    let origin = TextOrigin(segments: [
      .init(offset: 0, location: SourceLocation(path: "r.yaml", line: 9, column: 3)),
      .init(offset: 10, location: SourceLocation(path: "r.yaml", line: 10, column: 3)),
    ])
    do {
      _ = try MessageTemplate.compile(
        "{org.id} x {org.nam}", origin: origin, scope: Fixture.scope)
      XCTFail("compiled")
    } catch {
      XCTAssertEqual(
        error.all.map(\.description),
        [
          "r.yaml:10:9: error: unknown field 'org.nam'; did you mean 'org.name'? [E-EXPR-UNKNOWN-FIELD]"
        ])
    }
  }
}
