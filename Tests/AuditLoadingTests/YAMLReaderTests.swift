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

  func testTextWithCurlyQuotesAndADecomposedLetterIsNormalisedWhereItNeedsIt() throws {
    // Known NFC (kept as read) beside text that is not: "’" and "¶" take the fast path, the
    // combining acute after them must still be composed.
    let root = try YAMLReader().read(
      "a: \"¶43, section ‘The Noose’ — Cafe\u{301}\"\nb: \"¶43 — ‘ä’\"\n", path: "n.yaml")
    guard case .mapping(let pairs) = root.content else { return XCTFail() }
    XCTAssertEqual(
      pairs[0].value.scalar.map { Array($0.unicodeScalars) },
      Array("¶43, section ‘The Noose’ — Caf\u{E9}".unicodeScalars))
    XCTAssertEqual(
      pairs[1].value.scalar.map { Array($0.unicodeScalars) }, Array("¶43 — ‘ä’".unicodeScalars))
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

/// The streamed read's two threads when the reader gives up: the parsing thread may be waiting
/// for room in a full queue, and must be released, not left waiting for ever.
final class StreamedReaderFailureTests: XCTestCase {
  func testTheReaderThrowingWhileTheParserWaitsOnAFullQueueStopsTheParser() throws {
    // An unknown alias at the start (the reader throws there), then thousands of batches.
    let text =
      "first: *nowhere\nlist:\n" + String(repeating: "  - {a: 1, b: [x, y]}\n", count: 20_000)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-stream-\(UUID().uuidString).yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let feed = ChunkedInput(try OpenedInput.open(path, as: .caseFile))
    var sawTheParserWaiting = false
    var thrown: Diagnostics?
    do {
      _ = try EventQueue.parseAlongside(feed, capacity: 2, batchSize: 8) {
        events throws(Diagnostics) in
        // Nothing is taken until the parser has filled the queue and waits for room (bounded
        // in polls, not in time: it fills two batches of 8 events out of ~200,000).
        for _ in 0..<100_000 where !events.isParserWaiting { usleep(100) }
        sawTheParserWaiting = events.isParserWaiting
        try YAMLReader().stream(
          events, path: path, streamedLists: ["list"],
          readerProblem: { problem, _ in LoadErrors.yamlSyntax(problem, at: nil) }
        ) { _ in }
      }
      XCTFail("an unknown alias must stop the read")
    } catch {
      thrown = error
    }
    XCTAssertTrue(sawTheParserWaiting, "the parser never waited on the full queue")
    // parseAlongside returned: the parsing thread was released and has finished.
    XCTAssertTrue(
      thrown?.all.contains { $0.message.contains("nowhere") } == true,
      "\(String(describing: thrown?.all))")
  }
}
