import AuditTestSupport
import XCTest

@testable import AuditLoading

/// `IDSet` holds the ids a case declares as bytes in one buffer: it must answer as a
/// `Set<String>` of the same ids would.
final class IDSetTests: XCTestCase {
  /// Random ids, many repeated, of every length class the buffer encodes (a length over 127
  /// takes two bytes), inserted and looked up beside a `Set<String>`.
  func testItAnswersAsASetOfStrings() {
    var generator = SeededGenerator(seed: 22)
    let alphabet = Array("abz09._-é Жא\u{1F600}")
    func randomID() -> String {
      let length = [0, 1, 7, 15, 16, 127, 128, 300].randomElement(using: &generator)!
      let pool = Int.random(in: 0..<4, using: &generator)
      // A small pool makes repeats; the length keeps ids of different lengths apart.
      return String(repeating: alphabet[pool], count: length)
        + (0..<Int.random(in: 0...3, using: &generator)).map { _ in
          String(alphabet.randomElement(using: &generator)!)
        }.joined()
    }
    var ids = IDSet()
    var expected = Set<String>()
    for round in 0..<20_000 {
      let id = round % 3 == 0 ? "a\(Int.random(in: 0..<5_000, using: &generator))" : randomID()
      XCTAssertEqual(ids.insert(id), expected.insert(id).inserted, id)
      let probe = randomID()
      XCTAssertEqual(ids.contains(probe), expected.contains(probe), probe)
    }
    XCTAssertEqual(ids.count, expected.count)
    XCTAssertEqual(ids.all, expected)
    XCTAssertTrue(expected.allSatisfy { ids.contains($0) })
    XCTAssertFalse(ids.contains("never inserted"))
  }

  /// Past its byte limit (4 GiB for a case; lowered here) an id goes to a set of its own and
  /// is still found, counted and listed once.
  func testIdsPastTheByteLimitAreKept() {
    var ids = IDSet(byteLimit: 40)
    var expected = Set<String>()
    for index in 0..<30 {
      let id = "id-\(index % 20)"
      XCTAssertEqual(ids.insert(id), expected.insert(id).inserted, id)
    }
    XCTAssertEqual(ids.count, 20)
    XCTAssertEqual(ids.all, expected)
    XCTAssertTrue(expected.allSatisfy { ids.contains($0) })
    XCTAssertFalse(ids.contains("id-20"))
  }

  func testAnEmptySetHoldsNothing() {
    let ids = IDSet()
    XCTAssertEqual(ids.count, 0)
    XCTAssertFalse(ids.contains(""))
    XCTAssertEqual(ids.all, [])
    var one = IDSet()
    XCTAssertEqual(["", "x", ""].map { one.insert($0) }, [true, true, false])
    XCTAssertEqual(one.count, 2)
    XCTAssertTrue(one.contains(""))
  }
}
