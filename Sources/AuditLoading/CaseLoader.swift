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
  /// A regular file is parsed as it is read, entry by entry, and never held whole; when it
  /// turns out not to be well-formed YAML it is read again whole, for diagnostics located
  /// exactly as for any other file.
  public static func load(path: String, vocabulary: Vocabulary) throws(Diagnostics) -> LoadedCase {
    // Opened once and read only through that descriptor: a pipe's writer meets this one open.
    let file = try OpenedInput.open(path, as: .caseFile)
    // `-` is read as standard input, named `<stdin>` from here on.
    let path = file.path
    if !file.isPipe {
      let feed = ChunkedInput(file)
      let decoder = NodeDecoder(vocabulary: vocabulary)
      var assembly = CaseAssembly(cases: CaseDecoder(decoder: decoder, path: path))
      if let digest = parseAlongside(feed, path: path, into: &assembly) {
        let input = InputFile(path: path, sha256: digest, byteCount: feed.byteCount)
        return try validated(assembly.finish(), decoder, input)
      }
      if feed.exceededLimit {
        throw Diagnostics([LoadErrors.tooLarge(path, limit: file.limit, as: .caseFile)])
      }
      // Not well-formed: read again whole below, from the start of the same open file, with a
      // fresh decoder, for the located diagnostics.
      guard lseek(file.descriptor, 0, SEEK_SET) == 0 else {
        throw Diagnostics([LoadErrors.unreadable(path, reason: "it could not be read again")])
      }
    }
    let whole = try InputFile.read(file)
    let decoder = NodeDecoder(vocabulary: vocabulary)
    let audit = CaseDecoder(decoder: decoder, path: path).decodeCase(try whole.yaml())
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
  /// thread). The file's SHA-256, or nil when the file is not well-formed YAML.
  private static func parseAlongside(
    _ feed: ChunkedInput, path: String, into assembly: inout CaseAssembly
  ) -> String? {
    var taking = assembly
    defer { assembly = taking }
    do {
      let whole = try EventQueue.parseAlongside(
        feed, capacity: 16, batchSize: Self.batchSize
      ) { events throws(Diagnostics) in
        try YAMLReader().stream(events, path: path, streamedLists: CaseDecoder.lists) {
          taking.take($0)
        }
      }
      return whole ? feed.digest() : nil
    } catch {
      return nil
    }
  }

  /// Events handed over at a time between the threads.
  private static let batchSize = 512
}
