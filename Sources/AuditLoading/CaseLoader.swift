import AuditCore
import Foundation

/// A case read and validated, with the file it came from.
public struct LoadedCase: Sendable {
  /// The case.
  public let audit: AuditCase
  /// The file, for diagnostics and the report's method section.
  public let input: InputFile
}

/// Loads case files (docs/case-format.md), strictly: every problem is reported at once.
public enum CaseLoader {
  /// Reads `path` (`-`: standard input) and checks it against the vocabulary of the loaded
  /// packs.
  ///
  /// A regular file is parsed as it is read, entry by entry, and never held whole, well-formed
  /// or not: a file that is not well-formed YAML is reported from that one reading, located
  /// and worded exactly as for a file read whole, having been read only as far as its error.
  public static func load(path: String, vocabulary: Vocabulary) throws(Diagnostics) -> LoadedCase {
    // Opened once and read only through that descriptor: a pipe's writer meets this one open.
    try load(OpenedInput.open(path, as: .caseFile), vocabulary: vocabulary)
  }

  /// Loads the opened `file`; its tally says what the reading cost.
  static func load(_ file: OpenedInput, vocabulary: Vocabulary) throws(Diagnostics) -> LoadedCase {
    guard !file.isPipe else { return try loadWhole(file, vocabulary: vocabulary) }
    // `-` is read as standard input, named `<stdin>` from here on.
    let path = file.path
    let feed = ChunkedInput(file)
    let decoder = NodeDecoder(vocabulary: vocabulary)
    var assembly = CaseAssembly(cases: CaseDecoder(decoder: decoder, path: path))
    let digest = parseAlongside(feed, path: path, into: &assembly)
    if feed.exceededLimit {
      throw Diagnostics([LoadErrors.tooLarge(path, limit: file.limit, as: .caseFile)])
    }
    if feed.readFailed {
      throw Diagnostics([LoadErrors.unreadable(path, reason: "it could not be read")])
    }
    // Not well-formed: the diagnostics of the YAML alone, as for a file read whole (what was
    // decoded before the error is not reported).
    let sha256 = try digest.get()
    let input = InputFile(path: path, sha256: sha256, byteCount: feed.byteCount)
    return try validated(assembly.finish(), decoder, input)
  }

  /// Loads the case at `path` read whole into one tree of nodes, as a pipe is read: the
  /// reference a streamed load (`load(path:vocabulary:)`) must agree with, model or
  /// diagnostics, which the case decoder's fuzz target checks on every input.
  public static func loadWhole(path: String, vocabulary: Vocabulary) throws(Diagnostics)
    -> LoadedCase
  {
    try loadWhole(OpenedInput.open(path, as: .caseFile), vocabulary: vocabulary)
  }

  /// Reads `file` whole from its current offset, then parses and decodes it: a pipe, which
  /// cannot be read twice and is bounded by `InputKind.pipeLimit`.
  static func loadWhole(_ file: OpenedInput, vocabulary: Vocabulary) throws(Diagnostics)
    -> LoadedCase
  {
    let whole = try InputFile.read(file)
    let decoder = NodeDecoder(vocabulary: vocabulary)
    let audit = CaseDecoder(decoder: decoder, path: file.path).decodeCase(try whole.yaml())
    return try validated(audit, decoder, whole)
  }

  /// The case once validated, or every problem `decoder` met.
  private static func validated(_ audit: AuditCase?, _ decoder: NodeDecoder, _ input: InputFile)
    throws(Diagnostics) -> LoadedCase
  {
    if let audit { CaseValidator(decoder: decoder).validate(audit) }
    guard let audit, !decoder.bag.hasErrors else {
      throw Diagnostics(decoder.bag.sorted + LoadErrors.truncation(decoder.bag))
    }
    return LoadedCase(audit: audit, input: input)
  }

  /// Parses `feed` on a thread of its own (libyaml's events) while this one builds the nodes
  /// and decodes them, in file order (the same decoding, in the same order, as on one
  /// thread). The file's SHA-256, or the diagnostics of the YAML when it is not well-formed.
  private static func parseAlongside(
    _ feed: ChunkedInput, path: String, into assembly: inout CaseAssembly
  ) -> Result<String, Diagnostics> {
    var taking = assembly
    defer { assembly = taking }
    do {
      let whole = try EventQueue.parseAlongside(
        feed, capacity: 16, batchSize: Self.batchSize
      ) { events throws(Diagnostics) in
        try YAMLReader().stream(
          events, path: path, streamedLists: CaseDecoder.lists,
          readerProblem: { readerProblem($0, at: $1, in: feed) },
          plainItem: { taking.take(plainItem: $0) }
        ) {
          taking.take($0)
        }
      }
      guard whole else {
        return .failure(Diagnostics([LoadErrors.yamlSyntax("malformed YAML", at: nil)]))
      }
      return .success(feed.digest())
    } catch {
      return .failure(error)
    }
  }

  /// A reader error of the streamed file, located as the whole-file reading locates it: a
  /// byte that is not UTF-8 is E-IO-ENCODING at that byte (counting a byte-order mark as a
  /// character, as the check of the whole file's bytes does); any other problem (a control
  /// character) is located in the text the file decodes to, without its byte-order mark.
  /// Reads the file again up to `offset` only, a buffer at a time.
  private static func readerProblem(_ problem: String, at offset: Int, in feed: ChunkedInput)
    -> Diagnostic
  {
    let file = feed.file
    // Reported as too large or unreadable by the caller.
    if feed.exceededLimit || feed.readFailed { return LoadErrors.yamlSyntax(problem, at: nil) }
    if let first = feed.foreignByteOrderMark {
      return LoadErrors.notUTF8(at: SourceLocation(path: file.path, line: 1, column: first + 1))
    }
    if let invalid = file.invalidSequence(near: offset) {
      return LoadErrors.notUTF8(
        at: file.location(ofByte: invalid) ?? SourceLocation(path: file.path, line: 1, column: 1))
    }
    let mark = file.startsWithByteOrderMark ? 3 : 0
    return LoadErrors.yamlSyntax(
      problem, at: file.location(ofByte: offset, countingFrom: mark))
  }

  /// Events handed over at a time between the threads.
  private static let batchSize = 512
}
