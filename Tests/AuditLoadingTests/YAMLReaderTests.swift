import AuditCore
import XCTest

@testable import AuditLoading

final class YAMLReaderTests: XCTestCase {
  func testALargeDocumentWithoutAliasesIsNotBounded() throws {
    // 300,000 nodes written out: only what aliases add is bounded, not a document's own size.
    let text = "items:\n" + String(repeating: "  - [a, b]\n", count: 100_000)
    let root = try YAMLReader().read(text, path: "big.yaml")
    guard case .mapping(let pairs) = root.content,
      case .sequence(let items) = pairs[0].value.content
    else { return XCTFail("expected a mapping holding a list") }
    XCTAssertEqual(items.count, 100_000)
  }

  func testAliasesWithinTheBoundAreExpanded() throws {
    let root = try YAMLReader().read("a: &x {k: v}\nb: *x\n", path: "a.yaml")
    guard case .mapping(let pairs) = root.content else { return XCTFail() }
    XCTAssertEqual(pairs.count, 2)
    guard case .mapping(let inner) = pairs[1].value.content else { return XCTFail() }
    XCTAssertEqual(inner.first?.value.scalar, "v")
  }

  func testScalarsKeepTheirTextAndStyle() throws {
    let root = try YAMLReader().read("country: NO\ndate: 2023-08\nq: 'yes'\nn: ~\n", path: "s.yaml")
    guard case .mapping(let pairs) = root.content else { return XCTFail() }
    XCTAssertEqual(pairs.map { $0.value.scalar }, ["NO", "2023-08", "yes", "~"])
    XCTAssertEqual(pairs.map(\.value.isNull), [false, false, false, true])
  }

  func testAFoldedScalarMapsEachLineToTheFile() throws {
    let text = "when: >-\n  action.type == \"x\"\n  and action.tgas\n"
    let root = try YAMLReader().read(text, path: "r.yaml")
    guard case .mapping(let pairs) = root.content, let value = pairs[0].value.scalar else {
      return XCTFail()
    }
    let offset = value.unicodeScalars.distance(
      from: value.unicodeScalars.startIndex,
      to: value.range(of: "tgas")!.lowerBound.samePosition(in: value.unicodeScalars)!)
    XCTAssertEqual(pairs[0].value.origin.location(ofOffset: offset).description, "r.yaml:3:14")
  }
}
