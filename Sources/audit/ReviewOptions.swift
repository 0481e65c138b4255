import ArgumentParser
import AuditCore
import AuditLoading
import Foundation

/// Which review record a command reads with a case: the one beside it
/// (`Cases/arcs.review.yaml` for `Cases/arcs.yaml`) when there is one, `--review FILE`, or
/// none with `--no-review`.
struct ReviewOptions: ParsableArguments {
  @Option(
    name: .customLong("review"),
    help: ArgumentHelp(
      "Read the review record FILE (one case only) instead of the one beside the case (CASE-STEM.review.yaml).",
      valueName: "FILE"),
    completion: .file(extensions: ["yaml"]))
  var file: String?

  @Flag(
    name: .customLong("no-review"),
    help: "Ignore any review record: the report is a draft with every finding open.")
  var ignored = false

  /// Checks the options against the number of cases given.
  func validate(cases: Int) throws {
    if file != nil, ignored { throw ValidationError("give --review FILE or --no-review, not both") }
    if file != nil, cases > 1 { throw ValidationError("--review FILE takes one case") }
  }

  /// The review record of `loaded`, or nil when there is none (or `--no-review`); its problems
  /// are located errors. Today's date, which no date in the record may pass, is read here,
  /// from the clock: the loader and the engine read none.
  func load(for loaded: LoadedCase, vocabulary: Vocabulary) throws(Failure) -> LoadedReview? {
    guard !ignored else { return nil }
    let path: String
    if let file {
      path = file
    } else {
      path = ReviewRecord.path(besideCase: loaded.input.path)
      var info = stat()
      guard loaded.input.path != "-", stat(path, &info) == 0 else { return nil }
    }
    do {
      return try ReviewLoader.load(
        path: path, for: loaded.audit, vocabulary: vocabulary, today: Self.today())
    } catch {
      throw Failure.input(error.all)
    }
  }

  /// Today's date in UTC, from the system clock.
  static func today() -> PartialDate {
    PartialDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
