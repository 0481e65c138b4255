import AuditCore
import XCTest

@testable import AuditExpression

final class TraceTests: XCTestCase {
  private let rule = """
    action.type in ["public_statement", "endorsement", "social_media_post"]
      and action.tags contains "electoral_endorsement"
      and actor.roles.exists(r, r in ["president", "secretary_general"])
    """

  func testGoldenTrace() throws {
    let expression = try Fixture.compile(rule)
    let trace = expression.trace(Fixture.bindings)
    XCTAssertEqual(
      trace.rendered(),
      """
      action.type in ["public_statement", "endorsement", "social_media_post"] and action.tags contains "electoral_endorsement" and actor.roles.exists(r, r in ["president", "secretary_general"])  →  true
        action.type in ["public_statement", "endorsement", "social_media_post"]  →  true
          action.type  →  "public_statement"
        action.tags contains "electoral_endorsement"  →  true
          action.tags  →  ["electoral_endorsement"]
        actor.roles.exists(r, r in ["president", "secretary_general"])  →  true
          actor.roles  →  ["president", "volunteer"]
          r in ["president", "secretary_general"]  →  ["president": true, "volunteer": false]
      """)
    XCTAssertEqual(trace.value, expression.evaluate(Fixture.bindings))
  }

  func testConjunctsFlattenNestedAnds() throws {
    let trace = try Fixture.compile("(action.id == 'a1' and org.id == 'x') && (true or false)")
      .trace(Fixture.bindings)
    XCTAssertTrue(trace.isConjunction)
    XCTAssertEqual(
      trace.conjuncts.map(\.text), ["action.id == 'a1'", "org.id == 'x'", "(true or false)"])
    XCTAssertEqual(trace.conjuncts.map(\.value), [.bool(true), .bool(false), .bool(true)])
    XCTAssertEqual(trace.value, .bool(false))

    let single = try Fixture.compile("action.id == 'a1' or false").trace(Fixture.bindings)
    XCTAssertFalse(single.isConjunction)
    XCTAssertEqual(single.conjuncts.map(\.text), ["action.id == 'a1' or false"])
  }

  func testEveryOperandIsTracedEvenAfterAFalseOne() throws {
    let trace = try Fixture.compile("false and size(actor.roles) == 2").trace(Fixture.bindings)
    XCTAssertEqual(
      trace.rendered(),
      """
      false and size(actor.roles) == 2  →  false
        size(actor.roles) == 2  →  true
          size(actor.roles)  →  2
            actor.roles  →  ["president", "volunteer"]
      """)
    XCTAssertEqual(trace.children.map(\.isConstant), [true, false])
  }

  func testValuesOfEveryKindAndMacrosOverObjects() throws {
    let trace = try Fixture.compile(
      "org.country == null or action.evidence.count(e, e.credibility <= 3) > action.weight",
      expecting: .bool
    ).trace(Fixture.bindings)
    XCTAssertEqual(
      trace.rendered(),
      """
      org.country == null or action.evidence.count(e, e.credibility <= 3) > action.weight  →  true
        org.country == null  →  true
          org.country  →  null
        action.evidence.count(e, e.credibility <= 3) > action.weight  →  true
          action.evidence.count(e, e.credibility <= 3)  →  1
            action.evidence  →  [{…}, {…}]
            e.credibility <= 3  →  [#1: true, #2: false]
          action.weight  →  0.5
      """)
  }

  func testTextIsTheExactSourceSliceAndRenderingIsOneLinePerNode() throws {
    let trace = try Fixture.compile("action.date\n  >= 2023-01  and  action.quote matches 'x\\ty'")
      .trace(Fixture.bindings)
    XCTAssertEqual(trace.children[0].text, "action.date\n  >= 2023-01")
    XCTAssertEqual(
      trace.rendered(),
      """
      action.date >= 2023-01 and action.quote matches 'x\\ty'  →  false
        action.date >= 2023-01  →  true
          action.date  →  2023-08
        action.quote matches 'x\\ty'  →  false
          action.quote  →  "no ‘humanitarian crisis’ in the region"
      """)
  }

  func testLongListsAreShortened() {
    let items = (1...12).map { Value.int($0) }
    XCTAssertEqual(Value.list(items).traced, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (2 more)]")
    XCTAssertEqual(Value.string("a \"b\"\n").traced, #""a \"b\"\n""#)
  }

  func testUnknownConditionsRenderAsUnknownAndNameWhatWasMissing() throws {
    let noQuote = [Fixture.object(Fixture.action, ["id": .string("a2")])] + Fixture.bindings[1...]
    let trace = try Fixture.compile("not (action.quote contains \"x\")").trace(Array(noQuote))
    XCTAssertEqual(trace.value, .null)
    XCTAssertEqual(trace.missing, ["action.quote"])
    XCTAssertEqual(
      trace.rendered(),
      """
      not (action.quote contains "x")  →  unknown
        (action.quote contains "x")  →  unknown
          action.quote  →  null
      """)
  }

  func testMissingSearchesOnlyWhatMadeTheConditionUnknown() throws {
    // `false and …` is false: nothing is missing, though org.country is null.
    let settled = try Fixture.compile("org.country == 'AZ' and false").trace(Fixture.bindings)
    XCTAssertEqual(settled.value, .bool(false))
    XCTAssertEqual(settled.missing, [])
    // `or`: the unknown operands, in source order, without repeats.
    let both = try Fixture.compile(
      "org.country == 'AZ' or lower(org.country) == 'az' or size(action.quote) > 100"
    ).trace(Fixture.bindings)
    XCTAssertEqual(both.value, .null)
    XCTAssertEqual(both.missing, ["org.country"])
  }

  func testMissingInsideAMacroNamesTheElementPath() throws {
    // The president's position has no end date; the seat in parliament ended in 2010.
    let trace = try Fixture.compile("actor.positions.exists(p, p.to >= 2023-01-01)")
      .trace(Fixture.bindings)
    XCTAssertEqual(trace.value, .null)
    XCTAssertEqual(trace.missing, ["p.to"])
    XCTAssertEqual(
      trace.rendered(),
      """
      actor.positions.exists(p, p.to >= 2023-01-01)  →  unknown
        actor.positions  →  [{…}, {…}]
        p.to >= 2023-01-01  →  [#1: unknown, #2: false]
      """)
  }

  func testAnImpreciseDateIsNamedWithItsValue() throws {
    let trace = try Fixture.compile("action.date + 1d < 2023-08-15").trace(Fixture.bindings)
    XCTAssertEqual(trace.value, .null)
    XCTAssertEqual(trace.missing, ["action.date (2023-08, too imprecise)"])
  }
}
