import AuditCore
import XCTest

/// The model's compact storage keeps value semantics: fields kept out of line read back as set,
/// compare by value, and the id tables find exactly what a dictionary would.
final class CompactModelTests: XCTestCase {
  private let day = DateRange(PartialDate(year: 2023, month: 8, day: 21)!)

  func testAnActsSeldomSetFieldsReadBackAndCompareByValue() {
    var act = Action(
      id: "a1", date: day, actor: "p1", type: "public_statement", summary: "S", evidence: [])
    let plain = act
    XCTAssertNil(act.channel)
    act.channel = "tv"
    act.capacity = .inferred
    XCTAssertEqual(act.channel, "tv")
    XCTAssertEqual(act.capacity, .inferred)
    XCTAssertNil(act.dateNote)
    XCTAssertNotEqual(act, plain)
    XCTAssertEqual(plain.channel, nil, "a copy is not changed with the original")
    // Set, then cleared: equal (and hashed equal) to an act that never had them.
    act.channel = nil
    act.capacity = nil
    XCTAssertEqual(act, plain)
    XCTAssertEqual(Set([act, plain]).count, 1)
    let full = Action(
      id: "a1", date: day, dateNote: "n", actor: "p1", onBehalfOf: "o", capacity: .stated,
      type: "public_statement", channel: "c", summary: "S", evidence: [])
    XCTAssertEqual([full.dateNote, full.onBehalfOf, full.channel], ["n", "o", "c"])
    XCTAssertEqual(full.capacity, .stated)
  }

  func testAnEvidenceItemsTranslationAndCredibilityReadBack() {
    var item = Evidence(source: "s", quote: "q", credibility: 6, kind: .words)
    let plain = item
    item.original = "o"
    XCTAssertEqual(item.verifiedText, "o")
    XCTAssertNotEqual(item, plain)
    item.translatedBy = "t"
    item.original = nil
    XCTAssertEqual(item.translatedBy, "t")
    item.translatedBy = nil
    XCTAssertEqual(item, plain)
    item.credibility = 3
    XCTAssertEqual(item.credibility, 3)
    let translated = Evidence(
      source: "s", quote: "q", credibility: 2, kind: .fact, translated: true, original: "o",
      translatedBy: "t")
    XCTAssertEqual([translated.original, translated.translatedBy], ["o", "t"])
  }

  func testAPositionsNoteReadsBack() {
    var position = Person.Position(organization: "arcs", role: "staff", note: "held by 2022")
    XCTAssertEqual(position.note, "held by 2022")
    position.note = nil
    XCTAssertEqual(position, Person.Position(organization: "arcs", role: "staff"))
  }

  func testThePositionTableFindsWhatADictionaryWould() {
    // Many ids (the table grows past several sizes), some repeated: the first wins.
    let ids = (0..<5000).map { "id-\($0 % 4000)" }
    let table = PositionTable(ids) { $0 }
    var expected: [String: Int] = [:]
    for (position, id) in ids.enumerated() where expected[id] == nil { expected[id] = position }
    for (id, position) in expected {
      XCTAssertEqual(table.position(of: id, in: ids) { $0 }, position)
    }
    for missing in ["", "id-4000", "id--1", "x"] {
      XCTAssertNil(table.position(of: missing, in: ids) { $0 })
    }
    let empty = PositionTable([String]()) { $0 }
    XCTAssertNil(empty.position(of: "a", in: [String]()) { $0 })
  }
}
