import AuditCore
import AuditLoading
import AuditReport

/// Reading JSON reports back for `audit diff` and `--since`: within their bound
/// (docs/limits.md), then as a report this version can compare, decoding only what it keeps.
enum ReportReading {
  /// The report at `path`, or its located problems as bad input.
  static func read(_ path: String) throws(Failure) -> ReportSnapshot {
    do {
      return try ReportSnapshot.read(bytes: InputFile.bytes(path, as: .report), path: path)
    } catch {
      throw Failure.input(error.all)
    }
  }

  /// Refuses two reports of different cases: their findings' ids mean different things. With
  /// `force` (a case renamed) they are compared all the same.
  static func checkSameCase(_ old: ReportSnapshot, _ new: ReportSnapshot, force: Bool = false)
    throws(Failure)
  {
    guard old.caseID != new.caseID, !force else { return }
    throw Failure.input([
      .error(
        .reportCase,
        "the reports are of different cases: '\(old.caseID)' in \(old.path), "
          + "'\(new.caseID)' in \(new.path)"
          + (force ? "" : " (--force compares them all the same)"),
        at: new.caseLocation ?? old.caseLocation)
    ])
  }
}
