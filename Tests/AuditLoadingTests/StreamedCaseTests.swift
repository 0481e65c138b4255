import AuditCore
import AuditDigest
import AuditTestSupport
import XCTest

@testable import AuditLoading

/// A case file is parsed as it is read, on a thread of its own, and decoded entry by entry:
/// the result must be the one the whole-file reading gives, problems included.
final class StreamedCaseTests: XCTestCase {
  private var vocabulary: Vocabulary!
  private var folder: String!

  override func setUpWithError() throws {
    vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    folder = try TemporaryFolder.make("streamed")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func write(_ text: String, _ name: String = "case.yaml") throws -> String {
    let path = folder + "/" + name
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  /// The case decoded from one tree of nodes, as before streaming (and as rule tests do).
  private func wholeFileCase(_ path: String) throws -> AuditCase? {
    let input = try InputFile.read(path)
    let decoder = NodeDecoder(vocabulary: vocabulary)
    return CaseDecoder(decoder: decoder, path: path).decodeCase(try input.yaml())
  }

  private var validText: String {
    get throws { try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8) }
  }

  func testTheStreamedCaseIsTheWholeFileCaseWithTheFileHash() throws {
    // Enough acts for many batches between the threads.
    var text = try validText
    var extra = ""
    for n in 0..<3_000 {
      extra += """
          - id: extra-\(n)
            date: 2023-08-\(String(format: "%02d", n % 28 + 1))
            actor: ns
            type: public_statement
            summary: Act \(n) "quoted" — ünïcode
            evidence:
              - {source: report, quote: "q\(n)", credibility: 3, kind: words}

        """
    }
    text = text.replacingOccurrences(of: "actions:\n", with: "actions:\n" + extra)
    let path = try write(text)
    let loaded = try CaseLoader.load(path: path, vocabulary: vocabulary)
    let whole = try XCTUnwrap(try wholeFileCase(path))
    XCTAssertEqual(loaded.audit.actions.count, whole.actions.count)
    XCTAssertEqual(loaded.audit.actions.map(\.id), whole.actions.map(\.id))
    XCTAssertEqual(loaded.audit.actions.map(\.summary), whole.actions.map(\.summary))
    XCTAssertEqual(loaded.audit.actions.map(\.location), whole.actions.map(\.location))
    XCTAssertEqual(loaded.audit.people.map(\.id), whole.people.map(\.id))
    XCTAssertEqual(loaded.audit.sources.map(\.id), whole.sources.map(\.id))
    XCTAssertEqual(loaded.audit.episodes.map(\.id), whole.episodes.map(\.id))
    XCTAssertEqual(loaded.input.sha256, SHA256.hex(Array(text.utf8)))
    XCTAssertEqual(loaded.input.byteCount, text.utf8.count)
    XCTAssertNil(loaded.input.text, "a streamed case is not held in memory")
  }

  func testARichCaseStreamedIsTheWholeFileCaseActByAct() throws {
    // Acts as rich as the shipped case's own (the benchmark's rich shape): summaries, quotes
    // over several lines, several evidence items with locators, curly quotes and pilcrows.
    // Every act of Cases/arcs.yaml forty times over, compared whole, evidence included.
    let shipped = try PackLoader.load([FixturePaths.root + "/Rules"]).vocabulary
    let text = try String(
      contentsOfFile: FixturePaths.root + "/Cases/arcs.yaml", encoding: .utf8)
    let start = try XCTUnwrap(text.range(of: "\nactions:\n")).upperBound
    let end = try XCTUnwrap(text.range(of: "\nepisodes:\n")).lowerBound
    let acts = "\n" + String(text[start..<end])
    var copies = ""
    for n in 0..<40 {
      copies += acts.replacingOccurrences(of: "\n  - id: ", with: "\n  - id: copy\(n)-")
    }
    let path = try write(String(text[..<end]) + copies + String(text[end...]))
    let loaded = try CaseLoader.load(path: path, vocabulary: shipped)
    let input = try InputFile.read(path)
    let whole = try XCTUnwrap(
      CaseDecoder(decoder: NodeDecoder(vocabulary: shipped), path: path).decodeCase(
        try input.yaml()))
    XCTAssertEqual(loaded.audit.actions.count, 41 * 38)
    XCTAssertTrue(
      loaded.audit.actions.contains { $0.evidence.contains { $0.locator?.contains("¶") == true } })
    XCTAssertEqual(loaded.audit.actions, whole.actions)
    XCTAssertEqual(loaded.audit.people, whole.people)
    XCTAssertEqual(loaded.audit.sources, whole.sources)
    XCTAssertEqual(loaded.audit.episodes, whole.episodes)
    XCTAssertEqual(loaded.input.sha256, input.sha256)
  }

  func testSectionsInAnyOrderGiveTheSameCase() throws {
    // The header last, and a response before it: only the subject may reply, which can be
    // checked only once the header is read.
    let text = try validText
    let split = try XCTUnwrap(text.range(of: "organizations:\n"))
    let moved = String(text[split.lowerBound...]) + String(text[..<split.lowerBound])
    let path = try write(moved)
    let loaded = try CaseLoader.load(path: path, vocabulary: vocabulary)
    let whole = try XCTUnwrap(try wholeFileCase(path))
    XCTAssertEqual(loaded.audit.id, whole.id)
    XCTAssertEqual(loaded.audit.actions.map(\.id), whole.actions.map(\.id))
    XCTAssertEqual(loaded.audit.responses.count, 1)

    let replying = moved.replacingOccurrences(of: "  - {by: ns,", with: "  - {by: parl,")
    let line =
      try XCTUnwrap(
        replying.split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.hasPrefix("  - {by: parl,") }) + 1
    XCTAssertThrowsError(
      try CaseLoader.load(path: try write(replying, "reply.yaml"), vocabulary: vocabulary)
    ) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.map(\.code), [.caseResponse], "\(all)")
      XCTAssertEqual(all.first?.location?.line, line)
    }
  }

  func testADuplicateTopLevelKeyIsReportedWhenStreamed() throws {
    let path = try write(try validText + "actions:\n  - {id: late}\n")
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: vocabulary)) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.map(\.code), [.yamlDuplicateKey], "\(all)")
    }
  }

  func testDuplicateKeysAreReportedInTheFileOrderHoweverTheFileIsRead() throws {
    // A top-level key is checked as soon as it is read when streamed, before its value; read
    // whole, after its value, where a key given twice inside was met first. The problems are
    // given in the file's order either way.
    let path = try write(try validText + "actions:\n  - {id: late, id: again}\n")
    var streamed: [Diagnostic] = []
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: vocabulary)) {
      streamed = ($0 as? Diagnostics)?.all ?? []
    }
    XCTAssertThrowsError(try CaseLoader.loadWhole(path: path, vocabulary: vocabulary)) {
      XCTAssertEqual(streamed, ($0 as? Diagnostics)?.all ?? [])
    }
    XCTAssertEqual(streamed.map(\.code), [.yamlDuplicateKey, .yamlDuplicateKey])
    XCTAssertEqual(streamed.first?.message.contains("'actions'"), true, "\(streamed)")
  }

  func testADuplicateKeyInALargeMappingIsReported() throws {
    // Past sixteen keys the reader looks keys up in a table rather than one by one.
    var keys = (0..<20).map { "k\($0): v" }
    keys.append("k3: again")
    let text = "{" + keys.joined(separator: ", ") + "}"
    XCTAssertThrowsError(try YAMLReader().read(text, path: "big.yaml")) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.map(\.code), [.yamlDuplicateKey])
      let column = text.distance(from: text.startIndex, to: text.range(of: "k3: again")!.lowerBound)
      XCTAssertEqual(all.first?.location?.column, column + 1)
    }
  }

  func testAnAnchoredListIsReadWhole() throws {
    // An anchor on a streamed section: an alias elsewhere may copy it, so it is read whole.
    let anchored = try validText.replacingOccurrences(of: "people:\n", with: "people: &everyone\n")
    let path = try write(anchored)
    let loaded = try CaseLoader.load(path: path, vocabulary: vocabulary)
    let whole = try XCTUnwrap(try wholeFileCase(path))
    XCTAssertEqual(loaded.audit.people.map(\.id), whole.people.map(\.id))
    XCTAssertFalse(loaded.audit.people.isEmpty)
  }

  func testAFileThatIsNotWellFormedHasTheDiagnosticsOfTheWholeFileReading() throws {
    // A syntax error after many entries: the streamed parse stops, and the file is read
    // again whole for the located diagnostics, with the unclosed quote's note.
    var many = ""
    for _ in 0..<2_000 { many += "  - {by: ns, outcome: declined}\n" }
    many += "  - {by: \"ns, outcome: declined}\n  - x\n"
    let text = try validText.replacingOccurrences(of: "responses:\n", with: "responses:\n" + many)
    let path = try write(text)
    var streamed: [Diagnostic] = []
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: vocabulary)) { error in
      streamed = (error as? Diagnostics)?.all ?? []
    }
    XCTAssertThrowsError(try YAMLReader().read(text, path: path)) { error in
      XCTAssertEqual(streamed, (error as? Diagnostics)?.all ?? [])
    }
    XCTAssertFalse(streamed.isEmpty)
  }

  func testAUTF16FileIsRefusedAsNotUTF8() throws {
    let path = folder + "/utf16.yaml"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "case: {id: x}\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: vocabulary)) { error in
      let all = (error as? Diagnostics)?.all ?? []
      XCTAssertEqual(all.map(\.code), [.ioEncoding], "\(all)")
    }
  }

  func testTheHashOfAFileReadInChunksIsTheHashOfItsBytes() {
    let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    let whole = SHA256.hex(bytes)
    for chunk in [1, 7, 63, 64, 65, 1000, 4096] {
      var hasher = SHA256.Hasher()
      for start in stride(from: 0, to: bytes.count, by: chunk) {
        hasher.update(bytes[start..<min(start + chunk, bytes.count)])
      }
      XCTAssertEqual(hasher.finalize(), whole, "chunks of \(chunk)")
    }
    // A collection with no contiguous storage takes the hasher's copying path.
    XCTAssertEqual(SHA256.hex(bytes.lazy.map { $0 }), whole)
    var mixed = SHA256.Hasher()
    mixed.update(bytes[..<4321])
    mixed.update(bytes[4321...].lazy.map { $0 })
    XCTAssertEqual(mixed.finalize(), whole)
  }
}

/// The table that finds a declared key's position.
final class KeyPositionsTests: XCTestCase {
  func testEveryDeclaredKeyIsFoundAtItsPositionAndNoOther() {
    for schema in FormatDocument.schemas {
      for (position, key) in schema.keys.enumerated() {
        XCTAssertEqual(schema.positions.position(of: key.name), position, key.name)
      }
      for other in [
        "", "x", "ids", "Id", "summary ", "évidence", String(repeating: "k", count: 100),
      ]
      where !schema.keys.contains(where: { $0.name == other }) {
        XCTAssertNil(schema.positions.position(of: other), "\(schema.name): \(other)")
      }
    }
    // Many keys, colliding or not: each found, the first of a repeated one kept.
    let names = (0..<300).map { "key_\($0 * 7919 % 1000)" } + ["key_0"]
    let table = KeyPositions(names)
    for (position, name) in names.enumerated().dropLast() {
      XCTAssertEqual(table.position(of: name), position)
    }
    XCTAssertNil(table.position(of: "key_1001"))
  }
}
