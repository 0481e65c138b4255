import AuditCore
import AuditTestSupport
import XCTest

@testable import AuditLoading

/// Acts and people written plainly are decoded straight from their events
/// (`PlainEntryDecoder`); any other entry is built into nodes for `CaseDecoder`. Either way
/// a case must load as the whole-file reading (nodes for every entry) loads it: the same
/// model, or the same diagnostics, in the same order.
final class PlainEntryTests: XCTestCase {
  private var vocabulary: Vocabulary!
  private var folder: String!

  override func setUpWithError() throws {
    vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    folder = try TemporaryFolder.make("plain-entry")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// The valid fixture with its people replaced by `people` and `acts` after its own.
  private func caseText(people: String, acts: String) throws -> String {
    let text = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    let peopleStart = try XCTUnwrap(text.range(of: "people:\n")).upperBound
    let sources = try XCTUnwrap(text.range(of: "sources:\n")).lowerBound
    let episodes = try XCTUnwrap(text.range(of: "episodes:\n")).lowerBound
    return String(text[..<peopleStart]) + people + String(text[sources..<episodes]) + acts
      + String(text[episodes...])
  }

  // MARK: Random entries, each field in one of its forms, valid or not

  /// Each field's forms: the valid ones first (`valid` of them; nil: left out), then the
  /// others.
  private typealias Field = (valid: Int, forms: [String?])

  private static let actFields: [Field] = [
    (2, ["id: a{n}", "'id': a{n}", "id: \"bad id\"", nil, "id: ~", "id: [x]"]),
    (
      3,
      [
        "date: 2023-05-0{d}", "date: 2023-05/2023-06", "date: 2023", "date: 2023-13-01",
        "date: 2024/2023", nil,
      ]
    ),
    (2, [nil, "date_note: as the report says", "date_note: ~", "date_note: [a]"]),
    (
      3,
      [
        "actor: ns", "actor: pres", "actor: sg", "actor: nobody", "actor: Bad Id", nil,
        "actor: {a: b}",
      ]
    ),
    (3, [nil, "on_behalf_of: ns", "on_behalf_of: ~", "on_behalf_of: pres", "on_behalf_of: later"]),
    (3, [nil, "capacity: stated", "capacity: ~", "capacity: guessed"]),
    (2, ["type: public_statement", "type: meeting", "type: dance", nil, "type: ''"]),
    (3, [nil, "channel: Twitter", "channel: \"\"", "channel: {x: y}"]),
    (
      7,
      [
        "summary: Plain words.", "summary: \"Quoted \\\"words\\\" — ünïcode\"",
        "summary: |\n      A block\n      over two lines", "summary: >-\n      Folded\n      text",
        "summary: !!str Tagged", "summary: &s{n} Anchored", "summary: \"over\n      two lines\"",
        "summary: \"  \"", "summary: ''", nil, "summary: ~", "summary: !custom x",
        "summary: \"unclosed {n}", "summary: \"over\n      lines\" and: [",
      ]
    ),
    (4, [nil, "quote: vote for him", "quote: ~", "quote: 'single'", "quote: [a, b]"]),
    (
      5,
      [
        nil, "targets: [ns]", "targets: [ns, pres]", "targets: []", "targets: ~", "targets: ns",
        "targets: [nobody]", "targets: [{a: b}]",
      ]
    ),
    (
      3,
      [
        nil, "tags: [electoral_endorsement]", "tags: []", "tags: [no_such_tag]",
        "tags: electoral_endorsement", "tags: [~]",
      ]
    ),
    (
      3,
      [
        "evidence:\n      - {source: report, quote: \"Q{n}\", credibility: 2, kind: words}",
        "evidence:\n      - {source: report, quote: same, credibility: 2, kind: words}\n      - {source: ns-statement, quote: same, credibility: 3, kind: fact, locator: p. 2}",
        "evidence:\n      - source: report\n        quote: |\n          Block quote {n}\n        credibility: 1\n        kind: analysis\n        translated: true\n        original: Orig\n        translated_by: the analyst",
        "evidence: []", nil, "evidence: ~",
        "evidence:\n      - {source: report, quote: q, credibility: 9, kind: words}",
        "evidence:\n      - {source: report, quote: q, credibility: 2}",
        "evidence:\n      - {source: report, quote: q, credibility: 2, kind: rumour}",
        "evidence:\n      - {source: report, quote: q, credibility: 2, kind: words, translated: false, original: o}",
        "evidence:\n      - {source: report, quote: q, credibility: 2, kind: words, translated: false, translated_by: ~}",
        "evidence:\n      - {source: report, quote: q, credibility: 2, kind: words, translated: maybe}",
        "evidence:\n      - {source: report, quote: q, credibility: 2, kind: words, page: 3}",
        "evidence:\n      - {source: nowhere, quote: q, credibility: 2, kind: words}",
        "evidence:\n      - just text", "evidence: {source: report}",
        "evidence:\n      - {source: report, quote: q, credibility: '2', kind: words, kind: fact}",
      ]
    ),
    (1, [nil, "colour: red", "type: meeting", "<<: {a: b}", "? [complex]\n    : key"]),
  ]

  private static let personFields: [Field] = [
    (1, ["id: p{n}", "id: \"bad id\"", nil]),
    (1, ["name: Someone {n}", "name: \"\"", nil, "name: [a]"]),
    (
      4,
      [
        nil, "positions: [{organization: ns, role: president, from: 2010}]",
        "positions:\n      - organization: parl\n        role: member_of_parliament\n        from: 2015-03\n        to: 2019\n        note: says the report\n        evidence:\n          - {source: report, quote: \"Seat {n}\", credibility: 2, kind: fact}",
        "positions: [{organization: ns, role: president, evidence: []}]",
        "positions: ~",
        "positions: [{organization: ns, role: king}]",
        "positions: [{organization: ns, role: president, from: 20100}]",
        "positions: [{organization: pres, role: president}]", "positions: x",
        "positions: [{organization: ns, role: president, colour: red}]",
        "positions: [{organization: ns}]",
      ]
    ),
    (1, [nil, "age: 50"]),
  ]

  /// An entry with one form of each field, its keys in a random order, written as a block
  /// mapping or (when every form fits on one line) sometimes as a flow mapping.
  /// Half the entries are valid; the others have one field or two in any form.
  private static func entry(
    _ fields: [Field], _ n: Int, using random: inout SeededGenerator
  ) -> String {
    let varied =
      Bool.random(using: &random)
      ? []
      : Set(
        (0..<Int.random(in: 1...2, using: &random)).map { _ in
          Int.random(in: 0..<fields.count, using: &random)
        })
    var lines = fields.indices.compactMap { index in
      let field = fields[index]
      let range = varied.contains(index) ? 0..<field.forms.count : 0..<field.valid
      return field.forms[Int.random(in: range, using: &random)]
    }
    .map {
      $0.replacingOccurrences(of: "{n}", with: "\(n)")
        .replacingOccurrences(of: "{d}", with: "\(n % 9 + 1)")
    }
    lines.shuffle(using: &random)
    if lines.isEmpty { return "  - {}\n" }
    if Int.random(in: 0..<4, using: &random) == 0,
      lines.allSatisfy({ !$0.contains("\n") && !$0.hasPrefix("?") && !$0.contains("|") })
    {
      return "  - {" + lines.joined(separator: ", ") + "}\n"
    }
    return "  - " + lines.joined(separator: "\n    ") + "\n"
  }

  func testEveryFormOfAnActOrAPersonLoadsAsTheWholeFileReadingLoadsIt() throws {
    var random = SeededGenerator(seed: 22)
    var loaded = 0
    var refused = 0
    for file in 0..<300 {
      var people =
        "  - {id: pres, name: A President, positions: [{organization: ns, role: president}]}\n"
      people += "  - {id: sg, name: A Secretary General}\n"
      var acts = ""
      // Mostly a single varied entry, so that most files are valid but for it.
      for n in 0..<Int.random(in: 1...3, using: &random) {
        people += Self.entry(Self.personFields, file * 10 + n, using: &random)
        acts += Self.entry(Self.actFields, file * 10 + n, using: &random)
      }
      let text = try caseText(people: people, acts: acts)
      let path = folder + "/case-\(file).yaml"
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      var streamedErrors: [Diagnostic]?
      var wholeErrors: [Diagnostic]?
      var streamed: LoadedCase?
      var whole: LoadedCase?
      do { streamed = try CaseLoader.load(path: path, vocabulary: vocabulary) } catch {
        streamedErrors = error.all
      }
      do {
        whole = try CaseLoader.loadWhole(
          try OpenedInput.open(path, as: .caseFile), vocabulary: vocabulary)
      } catch {
        wholeErrors = error.all
      }
      XCTAssertEqual(streamedErrors, wholeErrors, "\(path):\n\(text)")
      if let streamed, let whole {
        loaded += 1
        XCTAssertEqual(streamed.audit.actions, whole.audit.actions, "\(path)")
        XCTAssertEqual(streamed.audit.people, whole.audit.people, "\(path)")
        XCTAssertEqual(streamed.audit.episodes, whole.audit.episodes, "\(path)")
      } else {
        XCTAssertTrue(streamed == nil && whole == nil, "only one reading refused \(path)")
        refused += 1
      }
    }
    // Both outcomes are exercised, many times each.
    XCTAssertGreaterThan(loaded, 20)
    XCTAssertGreaterThan(refused, 100)
  }

  func testThePlainDecoderReadsEveryKeyDeclaredForWhatItDecodes() {
    // A key added to the format but not to the plain decoder would have its entries declined
    // (read through the nodes, slower but whole): this says so when it happens.
    let schemas: [FormatSchema] = [.action, .evidence, .person, .position]
    XCTAssertEqual(Set(PlainEntryDecoder.keysRead.keys), Set(schemas.map(\.name)))
    for schema in schemas {
      XCTAssertEqual(
        PlainEntryDecoder.keysRead[schema.name], Set(schema.keys.map(\.name)), schema.name)
    }
  }

  /// Streams `text` as `CaseLoader` does, counting the entries taken from their events.
  private func streamCounting(_ text: String) throws -> (taken: Int, audit: AuditCase?) {
    let path = folder + "/counted.yaml"
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let decoder = NodeDecoder(vocabulary: vocabulary)
    var assembly = CaseAssembly(cases: CaseDecoder(decoder: decoder, path: path))
    var taken = 0
    let feed = ChunkedInput(try OpenedInput.open(path, as: .caseFile))
    _ = try EventQueue.parseAlongside(feed, capacity: 4, batchSize: 64) {
      events throws(Diagnostics) in
      try YAMLReader().stream(
        events, path: path, streamedLists: CaseDecoder.lists,
        readerProblem: { problem, _ in LoadErrors.yamlSyntax(problem, at: nil) },
        plainItem: { events in
          let took = assembly.take(plainItem: events)
          if took { taken += 1 }
          return took
        }
      ) { assembly.take($0) }
    }
    XCTAssertFalse(decoder.bag.hasErrors, "\(decoder.bag.diagnostics)")
    return (taken, assembly.finish())
  }

  func testPlainActsAndPeopleAreTakenFromTheirEventsAndOthersBuiltIntoNodes() throws {
    var acts = ""
    var people = ""
    for n in 0..<50 {
      people +=
        "  - {id: p\(n), name: Person \(n), positions: [{organization: ns, role: president}]}\n"
      acts += """
          - id: a\(n)
            date: 2023-05-01
            actor: p\(n)
            type: public_statement
            summary: "Act \(n)"
            tags: [electoral_endorsement]
            evidence:
              - {source: report, quote: "Q\(n)", credibility: 2, kind: words}

        """
    }
    let plain = try streamCounting(try caseText(people: people, acts: acts))
    XCTAssertEqual(plain.taken, 103, "every plain act and person is taken from its events")
    XCTAssertEqual(plain.audit?.actions.count, 53)
    XCTAssertEqual(plain.audit?.people.count, 50)

    // An anchor, an alias or a tag anywhere in an entry sends it to the nodes, whole.
    let unusual =
      acts
      .replacingOccurrences(of: "summary: \"Act 1\"", with: "summary: &one \"Act 1\"")
      .replacingOccurrences(of: "summary: \"Act 2\"", with: "summary: *one")
      .replacingOccurrences(of: "summary: \"Act 3\"", with: "summary: !!str Act 3")
    let mixed = try streamCounting(try caseText(people: people, acts: unusual))
    XCTAssertEqual(mixed.taken, 100)
    XCTAssertEqual(mixed.audit?.actions.map(\.summary)[4...6], ["Act 1", "Act 1", "Act 3"])
  }
}
