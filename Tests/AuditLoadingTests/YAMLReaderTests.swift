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

  func testScalarsAreNormalisedToNFC() throws {
    let root = try YAMLReader().read(
      "Cafe\u{301}: \"Cafe\u{301} au lait\"\nplain: x\n", path: "n.yaml")
    guard case .mapping(let pairs) = root.content else { return XCTFail() }
    XCTAssertEqual(
      pairs[0].key.scalar.map { Array($0.unicodeScalars) }, Array("Caf\u{E9}".unicodeScalars))
    XCTAssertEqual(
      pairs[0].value.scalar.map { Array($0.unicodeScalars) },
      Array("Caf\u{E9} au lait".unicodeScalars))
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

/// Hostile YAML: bounded in bytes as well as nodes, errors capped, problems located where they are.
final class HostileYAMLTests: XCTestCase {
  func testAliasesAreBoundedInBytesNotOnlyInNodes() throws {
    let big = String(repeating: "x", count: 600_000)
    let text =
      "a: &big " + big + "\nb: [" + Array(repeating: "*big", count: 20).joined(separator: ", ")
      + "]\n"
    XCTAssertThrowsError(try YAMLReader().read(text, path: "a.yaml")) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.count, 1)
      XCTAssertEqual(all.first?.code, .yamlBound)
      XCTAssertTrue(all.first?.message.contains("bytes") ?? false, "\(all)")
      XCTAssertEqual(all.first?.location?.line, 2)
    }
  }

  func testDuplicateKeysAreCappedLikeOtherErrors() throws {
    let text = "k: v\n" + String(repeating: "k: v\n", count: 5_000)
    XCTAssertThrowsError(try YAMLReader().read(text, path: "d.yaml")) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.filter { $0.code == .yamlDuplicateKey }.count, 200)
      XCTAssertEqual(all.last?.code, .tooMany)
      XCTAssertEqual(all.last?.message, "4800 more errors not shown")
    }
  }

  func testADuplicateKeyThroughAnAliasIsReportedAtTheAlias() throws {
    let text = "x: &name id\nm:\n  id: 1\n  *name : 2\n"
    XCTAssertThrowsError(try YAMLReader().read(text, path: "d.yaml")) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.map(\.code), [.yamlDuplicateKey])
      XCTAssertEqual(all.first?.location?.description, "d.yaml:4:3")
    }
  }
}
