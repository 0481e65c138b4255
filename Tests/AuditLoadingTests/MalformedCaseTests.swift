import AuditCore
import AuditTestSupport
import XCTest

@testable import AuditLoading

/// A case file that is not well-formed, or does not decode, is reported from its one streamed
/// reading, with excerpts read only as far as their lines: what is printed must be what the
/// whole-file reading (a pipe's) prints, and what the reading holds stays bounded whatever the
/// file holds. Counted in bytes, not timed.
final class MalformedCaseTests: XCTestCase {
  private var vocabulary: Vocabulary!
  private var folder: String!

  override func setUpWithError() throws {
    vocabulary = try PackLoader.load([FixturePaths.pack]).vocabulary
    folder = try TemporaryFolder.make("malformed")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private var validText: String {
    get throws { try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8) }
  }

  private func write(_ bytes: [UInt8], _ name: String) -> String {
    let path = folder + "/" + name
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return path
  }

  private func write(_ text: String, _ name: String) -> String { write(Array(text.utf8), name) }

  /// The diagnostics as printed before streaming: the file read whole and decoded from one
  /// tree of nodes (as a pipe still is), with excerpts from the whole text (nil when the file
  /// is not UTF-8, as it was).
  private func wholeFileRendering(_ path: String) throws -> [String] {
    let file = try OpenedInput.open(path, as: .caseFile)
    let all: [Diagnostic]
    do {
      _ = try CaseLoader.loadWhole(file, vocabulary: vocabulary)
      all = []
    } catch {
      all = error.all
    }
    var sources: [String: SourceText] = [:]
    if let text = try? String(contentsOfFile: path, encoding: .utf8) {
      sources[path] = SourceText(path: path, text: text)
    }
    return all.map { $0.rendered(with: sources) }
  }

  /// The diagnostics as printed now: from the streamed reading, with excerpts read for their
  /// lines alone. The tally of both readings comes back beside them.
  private func streamedRendering(_ path: String) throws -> (
    rendered: [String], load: ReadTally, excerpts: ReadTally
  ) {
    let file = try OpenedInput.open(path, as: .caseFile)
    let all: [Diagnostic]
    do {
      _ = try CaseLoader.load(file, vocabulary: vocabulary)
      all = []
    } catch {
      all = error.all
    }
    let excerptFile = try XCTUnwrap(OpenedInput.openForExcerpts(path))
    var sources: [String: SourceText] = [:]
    sources[path] = SourceText.excerpts(of: excerptFile, at: all.compactMap(\.location))
    return (all.map { $0.rendered(with: sources) }, file.tally, excerptFile.tally)
  }

  /// Checks that the two readings print the same, and that something is printed.
  private func assertSameDiagnostics(
    _ path: String, _ codes: [DiagnosticCode], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let whole = try wholeFileRendering(path)
    let streamed = try streamedRendering(path).rendered
    XCTAssertEqual(streamed, whole, file: file, line: line)
    XCTAssertFalse(whole.isEmpty, "the file must not load", file: file, line: line)
    for code in codes {
      XCTAssertTrue(
        whole.contains { $0.contains("[\(code)]") }, "\(code) in \(whole)", file: file, line: line)
    }
  }

  /// Many responses, enough that the file is read in many chunks.
  private func manyResponses(_ count: Int) -> String {
    String(repeating: "  - {by: ns, outcome: declined}\n", count: count)
  }

  private func withResponses(_ extra: String) throws -> String {
    try validText.replacingOccurrences(of: "responses:\n", with: "responses:\n" + extra)
  }

  func testEveryBrokenFixtureIsPrintedAsItsGoldenTextFromTheStream() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.cases)
      .filter { $0.hasSuffix(".yaml") && $0 != "valid.yaml" }.sorted()
    XCTAssertGreaterThan(names.count, 20)
    for name in names {
      let path = FixturePaths.cases + "/" + name
      let expected = try String(
        contentsOfFile: path.replacingOccurrences(of: ".yaml", with: ".expected"), encoding: .utf8)
      let streamed = try streamedRendering(path).rendered
      let rendered =
        streamed.isEmpty ? "(loaded without error)\n" : streamed.joined(separator: "\n") + "\n"
      XCTAssertEqual(FixturePaths.relative(rendered), expected, name)
      XCTAssertEqual(streamed, try wholeFileRendering(path), name)
    }
  }

  func testASyntaxErrorOnTheFirstLine() throws {
    let text =
      try "case: {id: x\n" + validText.split(separator: "\n", maxSplits: 1)[1]
      + manyResponses(3_000)
    try assertSameDiagnostics(write(text, "first.yaml"), [.yamlSyntax])
  }

  func testASyntaxErrorInTheMiddle() throws {
    let text = try withResponses(
      manyResponses(2_000) + "  - {by: ns, outcome: declined]\n" + manyResponses(2_000))
    try assertSameDiagnostics(write(text, "middle.yaml"), [.yamlSyntax])
  }

  func testAnUnclosedQuoteInTheMiddleKeepsItsNote() throws {
    let text = try withResponses(
      manyResponses(2_000) + "  - {by: \"ns, outcome: declined}\n  - x\n" + manyResponses(10))
    try assertSameDiagnostics(write(text, "quote.yaml"), [.yamlSyntax, .yamlQuote])
  }

  func testASyntaxErrorAtTheEnd() throws {
    let text = try withResponses(manyResponses(3_000)) + "episodes: [\n"
    try assertSameDiagnostics(write(text, "end.yaml"), [.yamlSyntax])
  }

  func testAnUnknownKeyDeepInTheFile() throws {
    let text = try withResponses(
      manyResponses(2_500) + "  - {by: ns, outcome: declined, bogus: 1}\n" + manyResponses(500))
    try assertSameDiagnostics(write(text, "unknown-key.yaml"), [.schemaUnknownKey])
  }

  func testADuplicateKeyAndAnUnknownAlias() throws {
    let duplicate = try withResponses(manyResponses(2_000)) + "case: {id: again}\n"
    try assertSameDiagnostics(write(duplicate, "duplicate.yaml"), [.yamlDuplicateKey])
    let alias = try withResponses(manyResponses(2_000) + "  - *nowhere\n")
    try assertSameDiagnostics(write(alias, "alias.yaml"), [.yamlAlias])
  }

  func testErrorsOnVeryLongLines() throws {
    // One flow list of responses on a single line of about 600 KB, broken near its end,
    // and the same line whole with an unknown key there.
    let items = String(repeating: "{by: ns, outcome: declined}, ", count: 20_000)
    let broken = try validText.replacingOccurrences(
      of: "responses:\n", with: "responses: [" + items + "{by: ns, outcome: declined]]\nx:\n")
    try assertSameDiagnostics(write(broken, "long-syntax.yaml"), [.yamlSyntax])
    let unknown = try validText.replacingOccurrences(
      of: "responses:\n",
      with: "responses: [" + items + "{by: ns, bogus: 1, outcome: declined}]\nother:\n")
    try assertSameDiagnostics(write(unknown, "long-key.yaml"), [.schemaUnknownKey])
    // Text that is not ASCII and tabs before the column, on a long line.
    let wide = try validText.replacingOccurrences(
      of: "responses:\n",
      with: "responses: [" + String(repeating: "{by: \"é中😀\t\", outcome: declined}, ", count: 5_000)
        + "{by: ns, outcome: declined]]\n")
    try assertSameDiagnostics(write(wide, "long-wide.yaml"), [.yamlSyntax])
  }

  func testReaderErrorsFarIntoTheFile() throws {
    let prefix = Array(try withResponses(manyResponses(3_000)).utf8)
    // A byte that is not UTF-8, in a line after a character that is.
    let invalid = prefix + Array("# é ".utf8) + [0xC3, 0x28] + Array(" rest\n".utf8)
    try assertSameDiagnostics(write(invalid, "invalid.yaml"), [.ioEncoding])
    // Each way a sequence can fail: a bad trailing byte (second, third, fourth), a bad lead,
    // too long a form, a surrogate, past U+10FFFF, cut off by the end of the file.
    let sequences: [[UInt8]] = [
      [0xE2, 0x82, 0x28], [0xF0, 0x9F, 0x98, 0x41], [0x80], [0xFF], [0xC0, 0x80],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ]
    for (index, sequence) in sequences.enumerated() {
      let bytes = prefix + Array("# 中😀 ".utf8) + sequence
      try assertSameDiagnostics(write(bytes, "sequence-\(index).yaml"), [.ioEncoding])
    }
    // A control character, and a byte-order mark before the whole file.
    let control = [0xEF, 0xBB, 0xBF] + prefix + Array("# é \u{1} rest\n".utf8)
    try assertSameDiagnostics(write(control, "control.yaml"), [.yamlSyntax])
    let bomSyntax = [0xEF, 0xBB, 0xBF] + Array("case: [x\n".utf8)
    try assertSameDiagnostics(write(bomSyntax, "bom.yaml"), [.yamlSyntax])
    let bomInvalid = [0xEF, 0xBB, 0xBF] + Array("case: ".utf8) + [0xFF]
    try assertSameDiagnostics(write(bomInvalid, "bom-invalid.yaml"), [.ioEncoding])
  }

  func testOfASyntaxErrorAndABadByteLaterTheFirstIsReported() throws {
    // The one place the readings differ (docs/limits.md): read whole, the file's bytes are
    // checked before its YAML; streamed, the first problem met stops the reading.
    let text = try withResponses("  - {by: ns, outcome: declined]\n" + manyResponses(3_000))
    let path = write(Array(text.utf8) + [0xFF], "both.yaml")
    let streamed = try streamedRendering(path)
    XCTAssertEqual(streamed.rendered.count, 1)
    XCTAssertTrue(streamed.rendered[0].contains("[E-YAML-SYNTAX]"), "\(streamed.rendered)")
    XCTAssertLessThan(streamed.load.bytesRead, text.utf8.count / 2, "read as far as the error")
    XCTAssertTrue(try wholeFileRendering(path)[0].contains("[E-IO-ENCODING]"))
  }

  func testOtherEncodingsAndLineEnds() throws {
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in "case: {id: x}\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    try assertSameDiagnostics(write(utf16, "utf16.yaml"), [.ioEncoding])
    let utf32: [UInt8] = [0, 0, 0xFE, 0xFF, 0, 0, 0, 0x61]
    try assertSameDiagnostics(write(utf32, "utf32.yaml"), [.ioEncoding])
    try assertSameDiagnostics(write([0, 0, 0x61], "nul.yaml"), [.yamlSyntax])
    try assertSameDiagnostics(write("", "empty.yaml"), [.yamlEmpty])
    let crlf = try withResponses(manyResponses(100) + "  - {by: ns, outcome: declined]\n")
      .replacingOccurrences(of: "\n", with: "\r\n")
    try assertSameDiagnostics(write(crlf, "crlf.yaml"), [.yamlSyntax])
    let twoDocuments = try validText + "---\nx: 1\n"
    try assertSameDiagnostics(write(twoDocuments, "two.yaml"), [.yamlDocuments])
  }

  /// A malformed file of 64 MB, broken on its tenth line: the error, its location and its
  /// excerpt come from the first kilobytes; the rest is never read, and no reader holds more
  /// than a few buffers. Before, the file was read again whole (its 64 MB held at once) and
  /// then once more for the excerpt.
  func testAMalformedLargeFileIsReportedFromItsFirstBytes() throws {
    let head =
      "case:\n  id: big\n  title: A big case\n" + "responses:\n"
      + manyResponses(5) + "  - {by: ns, outcome: declined]\n"
    let path = folder + "/large.yaml"
    let size = try Self.writeLarge(path, head: head, filler: manyResponses(1_000), bytes: 64 << 20)
    XCTAssertGreaterThanOrEqual(size, 64 << 20)

    let (rendered, load, excerpts) = try streamedRendering(path)
    // The same head alone, read whole, prints the same.
    let small = write(head + manyResponses(1_000), "small.yaml")
    let expected = try wholeFileRendering(small).map {
      $0.replacingOccurrences(of: small, with: path)
    }
    XCTAssertEqual(rendered, expected)
    XCTAssertEqual(rendered.first?.hasPrefix(path + ":10:"), true, "\(rendered)")
    XCTAssertLessThan(load.bytesRead, 1 << 20, "the parse stops at the error")
    XCTAssertLessThan(load.mostBytesHeld, 256 << 10)
    XCTAssertLessThan(excerpts.bytesRead, 256 << 10, "the excerpt reads up to its line")
    XCTAssertLessThan(excerpts.mostBytesHeld, 256 << 10)
  }

  /// One line of 8 MB, broken at its end: the excerpt reads the whole line but holds only
  /// the characters it shows, and they are the ones the whole line shows.
  func testTheExcerptOfAHugeLineHoldsOnlyItsWindow() throws {
    let item = "{by: ns, outcome: declined}, "
    let line = "responses: [" + String(repeating: item, count: (8 << 20) / item.utf8.count)
    let text = "case: {id: x}\n" + line + "oops]]\nnext: line\n"
    let path = write(text, "huge-line.yaml")
    let whole = SourceText(path: path, text: text)
    let column = line.unicodeScalars.count + 5
    let locations = [
      SourceLocation(path: path, line: 2, column: column),
      SourceLocation(path: path, line: 2, column: 1),
      SourceLocation(path: path, line: 2, column: 4_000_000),
      SourceLocation(path: path, line: 3, column: 4),
    ]
    let file = try XCTUnwrap(OpenedInput.openForExcerpts(path))
    let windows = try XCTUnwrap(SourceText.excerpts(of: file, at: locations))
    for location in locations {
      XCTAssertNotNil(windows.excerpt(at: location))
      XCTAssertEqual(windows.excerpt(at: location), whole.excerpt(at: location), "\(location)")
    }
    XCTAssertGreaterThan(file.tally.bytesRead, 8 << 20, "the line is read to its end")
    XCTAssertLessThan(file.tally.mostBytesHeld, 128 << 10, "but only its windows are held")
  }

  /// Windows of lines with wide characters, tabs, hidden characters and carriage returns give
  /// the excerpt of the whole line at every column, short or long lines alike, past the end too.
  func testAWindowShowsWhatTheWholeLineShowsAtEveryColumn() throws {
    let pieces = ["a", "é", "中", "😀", "\t", "\u{1B}", "\u{200B}", " ", "z\u{301}"]
    var generator = SystemRandomNumberGenerator()
    var lines: [String] = []
    for length in [0, 1, 59, 60, 61, 119, 120, 121, 122, 239, 240, 241, 481, 2_000] {
      var line = ""
      while line.unicodeScalars.count < length {
        line += pieces.randomElement(using: &generator)!
      }
      lines.append(String(String.UnicodeScalarView(line.unicodeScalars.prefix(length))))
    }
    let text = lines.joined(separator: "\r\n") + "\n"
    let path = write(text, "columns.yaml")
    let whole = SourceText(path: path, text: text)
    var locations: [SourceLocation] = []
    for (index, line) in lines.enumerated() {
      let count = line.unicodeScalars.count
      let columns = Set([
        1, 2, 60, 61, 62, 120, 121, 122, 241, 242, count - 1, count, count + 1, count + 2,
        count + 130, count + 300,
      ])
      for column in columns where column >= 0 {
        locations.append(SourceLocation(path: path, line: index + 1, column: column))
      }
    }
    locations.append(SourceLocation(path: path, line: lines.count + 1, column: 1))
    locations.append(SourceLocation(path: path, line: lines.count + 2, column: 1))
    let file = try XCTUnwrap(OpenedInput.openForExcerpts(path))
    let windows = try XCTUnwrap(SourceText.excerpts(of: file, at: locations))
    for location in locations {
      XCTAssertEqual(windows.excerpt(at: location), whole.excerpt(at: location), "\(location)")
    }
  }

  /// Writes `head`, then `filler` again and again up to `bytes`, a megabyte at a time.
  private static func writeLarge(_ path: String, head: String, filler: String, bytes: Int) throws
    -> Int
  {
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(head.utf8)))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    let block = Data(String(repeating: filler, count: max(1, (1 << 20) / filler.utf8.count)).utf8)
    var written = head.utf8.count
    while written < bytes {
      try handle.write(contentsOf: block)
      written += block.count
    }
    return written
  }
}
