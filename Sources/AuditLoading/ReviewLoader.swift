import AuditCore

/// A review record read and checked against its case, with the file it came from.
public struct LoadedReview: Sendable {
  /// The record.
  public let record: ReviewRecord
  /// The file, for the report (its path and SHA-256).
  public let input: InputFile
}

/// Loads review records (docs/review-format.md), strictly, with every problem located: read
/// with the same YAML reader and declarations as a case, then checked against the case it
/// reviews and the pack's vocabulary.
///
/// What is an error here is what the record itself gets wrong: a finding id that names nothing
/// in the case, a decision without what it needs, a date after `today`. Whether a decision
/// still matches a finding of this run is not known here: the engine says so
/// (`ReviewAssessment`), as a warning and in the report, never as an error.
public enum ReviewLoader {
  /// Reads the record at `path` for `audit`. `today` is the day no date may pass: the
  /// command line reads it from the clock, so that nothing below it does.
  public static func load(
    path: String, for audit: AuditCase, vocabulary: Vocabulary, today: PartialDate
  ) throws(Diagnostics) -> LoadedReview {
    let input = try InputFile.read(path, as: .reviewRecord)
    let root = try input.yaml()
    let decoder = NodeDecoder(vocabulary: vocabulary)
    let reader = ReviewDecoder(decoder: decoder, audit: audit, today: today, path: path)
    let record = reader.record(root)
    guard let record, !decoder.bag.hasErrors else {
      throw Diagnostics(decoder.bag.sorted + LoadErrors.truncation(decoder.bag))
    }
    return LoadedReview(record: record, input: input)
  }
}
