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
  /// Reads `path` and checks it against the vocabulary of the loaded packs.
  ///
  /// A regular file is parsed as it is read, entry by entry, and never held whole; when it
  /// turns out not to be well-formed YAML it is read again whole, for diagnostics located
  /// exactly as for any other file.
  public static func load(path: String, vocabulary: Vocabulary) throws(Diagnostics) -> LoadedCase {
    let decoder = NodeDecoder(vocabulary: vocabulary)
    let cases = CaseDecoder(decoder: decoder, path: path)
    var audit: AuditCase?
    var input: InputFile?
    if let feed = ChunkedInput(path: path) {
      var assembly = CaseAssembly(cases: cases)
      if let digest = parseAlongside(feed, path: path, into: &assembly) {
        audit = assembly.finish()
        input = InputFile(path: path, sha256: digest, byteCount: feed.byteCount)
      } else {
        // Not well-formed: read again whole below, for the located diagnostics.
        decoder.bag = DiagnosticBag()
      }
    }
    if input == nil {
      let whole = try InputFile.read(path)
      decoder.references.removeAll()
      decoder.declared.removeAll()
      audit = cases.decodeCase(try whole.yaml())
      input = whole
    }
    if let audit { CaseValidator(decoder: decoder).validate(audit) }
    guard let audit, let input, !decoder.bag.hasErrors else {
      throw Diagnostics(decoder.bag.sorted + LoadErrors.truncation(decoder.bag))
    }
    return LoadedCase(audit: audit, input: input)
  }

  /// Parses `feed` on a thread of its own while this one decodes the parts it hands over, in
  /// file order (the same decoding, in the same order, as on one thread). The file's SHA-256,
  /// or nil when the file is not well-formed YAML.
  private static func parseAlongside(
    _ feed: ChunkedInput, path: String, into assembly: inout CaseAssembly
  ) -> String? {
    let queue = PartQueue(capacity: 64)
    let parsed = DispatchSemaphore(value: 0)
    let outcome = ParseOutcome()
    let parser = Thread {
      var batch: [TopLevelPart] = []
      batch.reserveCapacity(Self.batchSize)
      do {
        try YAMLReader().stream(feed, path: path, streamedLists: CaseDecoder.lists) { part in
          batch.append(part)
          if batch.count == Self.batchSize {
            _ = queue.push(batch)
            batch.removeAll(keepingCapacity: true)
          }
        }
        _ = queue.push(batch)
        outcome.succeeded = true
      } catch {
        outcome.succeeded = false
      }
      queue.close()
      parsed.signal()
    }
    parser.stackSize = 16 << 20
    parser.start()
    while let batch = queue.pop() {
      for part in batch { assembly.take(part) }
      queue.recycle(batch)
    }
    parsed.wait()
    return outcome.succeeded ? feed.digest() : nil
  }

  /// Parts handed over at a time between the threads.
  private static let batchSize = 24
}

/// Whether the parsing thread read the whole file; set before it signals, read after.
private final class ParseOutcome: @unchecked Sendable {
  var succeeded = false
}
