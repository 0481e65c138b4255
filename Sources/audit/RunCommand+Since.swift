import AuditCore
import AuditReport
import Foundation

/// `audit CASE --since OLD.json`: the run as usual, then what changed since the older report.
extension RunCommand {
  /// The older report, read before anything else so that a bad one stops the run (exit 2)
  /// with nothing written; nil without `--since`.
  func readBaseline() throws(Failure) -> ReportSnapshot? {
    guard let since else { return nil }
    return try ReportReading.read(since)
  }

  /// This run's report as a snapshot, checked to be of the older report's case; nil without
  /// `--since`.
  func snapshotSince(_ baseline: ReportSnapshot?, _ report: PreparedReport) throws(Failure)
    -> ReportSnapshot?
  {
    guard let baseline else { return nil }
    var snapshot: ReportSnapshot
    do {
      snapshot = try ReportSnapshot(report, path: "this run of \(report.context.caseInput.path)")
    } catch {
      throw Failure.input(error.all)
    }
    snapshot.caseLocation = nil  // this run has no file to point at; the old report has
    try ReportReading.checkSameCase(baseline, snapshot)
    return snapshot
  }

  /// Prints the diff as text: on standard output, or on standard error when the report itself
  /// went there (`-o -`).
  func printChanges(from baseline: ReportSnapshot?, to snapshot: ReportSnapshot?) {
    guard let baseline, let snapshot else { return }
    let text = ReportDiff(old: baseline, new: snapshot).text()
    let handle = output == "-" ? FileHandle.standardError : FileHandle.standardOutput
    handle.write(Data(text.utf8))
  }
}
