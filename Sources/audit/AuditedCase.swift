import AuditCore
import AuditReport

/// What a run keeps of one case once its report is rendered (into a temporary file, renamed
/// into place when every case has succeeded) and its model dropped: enough for the index, the
/// terminal summary, `--fail-on` and `--since`, whatever the size of the case.
struct AuditedCase: Sendable {
  /// The case file, as the run names it (`-` for standard input), before it was resolved.
  var argument: String
  /// The case file as read, for the message about a case id given twice.
  var path: String?
  /// The case id; nil when the case could not be read.
  var caseID: String?
  /// The case's errors (nothing is written when any case has one) and warnings.
  var errors: [Diagnostic] = []
  /// The case's warnings, printed before the summaries.
  var warnings: [Diagnostic] = []
  /// Where its report goes, as given (`-` is standard output).
  var reportPath: String?
  /// Whether no file was at `reportPath` before the run (for the note about git).
  var isNew = false
  /// The summary printed on standard output once the reports are in place.
  var summary: String?
  /// The case's row in `reports/index.md`.
  var index: IndexEntry?
  /// Findings and patterns at or above `--fail-on`'s severity.
  var failing: (findings: Int, patterns: Int) = (0, 0)
  /// The report as a snapshot, for `--since`.
  var snapshot: ReportSnapshot?
  /// Why its report could not be rendered into its temporary file (exit 3).
  var writeFailure: OutputFailure?
  /// How many of `errors` were found before the report was prepared: those of the case's
  /// own reading, which do not depend on any other case; nil when the case was not read far
  /// enough to prepare it (every error is then of its reading).
  var readingErrorCount: Int?

  /// A case not yet read.
  init(argument: String) {
    self.argument = argument
  }

  /// The case as a run on one core leaves it when an earlier case has failed: read for its
  /// own errors, its report neither prepared nor written.
  var unrendered: AuditedCase {
    var copy = self
    copy.errors = Array(errors.prefix(readingErrorCount ?? errors.count))
    copy.writeFailure = nil
    return copy
  }
}
