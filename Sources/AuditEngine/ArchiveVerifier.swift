import AuditCore
import AuditDigest
import Foundation

/// Verifies the chain of custody of a case's sources: each archived copy's SHA-256, and that
/// every evidence quote from it occurs in it (white space and typographic quotes normalised);
/// a translated quote with its original is checked by the original, the words the source
/// printed.
public enum ArchiveVerifier {
  /// The verification, and its problems: a hash or quote mismatch, or a path outside the
  /// archive folder or not naming a regular file, is an error; a missing copy a warning.
  public static func verify(_ audit: AuditCase, caseFolder: String, archiveDirectory: String?)
    -> (QuoteVerification, [Diagnostic])
  {
    var verification = QuoteVerification()
    var problems: [Diagnostic] = []
    // The items of each archived source gathered in one pass over the evidence, not one pass
    // per source; none when no source is archived (a monitoring feed of a million acts).
    var items: [String: [Evidence]] = [:]
    let archived = Set(audit.sources.lazy.filter { $0.archive != nil }.map(\.id))
    if !archived.isEmpty {
      audit.forEachEvidence { item in
        if archived.contains(item.source) { items[item.source, default: []].append(item) }
      }
    }
    for source in audit.sources {
      guard let archive = source.archive else { continue }
      let folder = archiveDirectory ?? caseFolder
      let data: [UInt8]
      let path: String
      switch ArchiveLocation.load(archive.path, base: folder) {
      case .file(let found, let contents):
        (path, data) = (found, contents)
      case .missing(let missing, let reason):
        problems.append(
          .warning(
            .archiveMissing,
            "archived copy of source '\(source.id)' \(reason) at '\(missing)'; its quotes are not verified (see --archive-dir)",
            at: archive.location))
        continue
      case .tooLarge(let large, let limit):
        problems.append(
          .error(
            .inputSize,
            "archived copy '\(large)' of source '\(source.id)' holds more than \(InputKind.bytesInWords(limit)), the most an archived copy may hold (see docs/limits.md)",
            at: archive.location))
        continue
      case .refused(let reason):
        problems.append(
          .error(
            .archivePath,
            "archive path '\(archive.path)' of source '\(source.id)' \(reason)",
            at: archive.location))
        continue
      }
      let digest = SHA256.hex(data)
      guard digest == archive.sha256 else {
        problems.append(
          .error(
            .archiveHash,
            "archived copy '\(path)' of source '\(source.id)' has SHA-256 \(digest), not the recorded \(archive.sha256)",
            at: archive.location))
        continue
      }
      verification.markChecked(source.id, coverage: archive.coverage)
      let quoted = items[source.id] ?? []
      guard !quoted.isEmpty else { continue }
      // One linear search for all of the source's quotes (QuoteSearch), over the text in NFC
      // as the quotes are, so canonically equal text matches as `String.contains` had it.
      // Foundation's normaliser only for text not known to be in NFC already (CanonicalForm).
      let decoded = data.withUnsafeBufferPointer { CanonicalForm.nfc(decoding: $0) }
      var search = QuoteSearch(text: QuoteVerification.normalizedBytes(decoded))
      let found = search.find(quoted.map { QuoteVerification.normalizedBytes($0.verifiedText) })
      for (item, found) in zip(quoted, found) {
        verification.record(item, found: found)
        if !found {
          problems.append(
            .error(
              .archiveQuote,
              (item.original == nil ? "quote" : "original of the quote")
                + " does not occur word for word in the archived "
                + (archive.coverage == .excerpt ? "excerpt" : "copy")
                + " of source '\(source.id)'",
              at: item.location))
        }
      }
    }
    return (verification, problems.sorted())
  }
}
