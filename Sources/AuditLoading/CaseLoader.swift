import AuditCore

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
  public static func load(path: String, vocabulary: Vocabulary) throws(Diagnostics) -> LoadedCase {
    let input = try InputFile.read(path)
    let root = try input.yaml()
    let decoder = NodeDecoder(vocabulary: vocabulary)
    let audit = CaseDecoder(decoder: decoder, path: path).decodeCase(root)
    if let audit { CaseValidator(decoder: decoder).validate(audit) }
    guard let audit, !decoder.bag.hasErrors else {
      throw Diagnostics(decoder.bag.sorted + LoadErrors.truncation(decoder.bag))
    }
    return LoadedCase(audit: audit, input: input)
  }
}
