import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import AuditReport
import Foundation

/// The stages of `audit run` that take more than a call: reading the rules, loading a case,
/// writing the reports.
extension RunCommand {
  /// What a run collects from a case as it reads it: its problems (errors stop the run
  /// before anything is written).
  struct Intake {
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
  }

  /// What the report's reproduce command must repeat.
  var invocation: ReportContext.Invocation {
    ReportContext.Invocation(
      ruleDirectories: rules.directories, noDefaultRules: rules.noDefaultRules,
      archiveDirectory: archive.directory,
      format: reportFormat == .markdown ? nil : reportFormat.rawValue,
      explain: explain, gradeOthers: gradeOthers, review: review.file, noReview: review.ignored)
  }

  /// The packs, compiled, as a pipeline restricted to `--principle`; an unknown principle is
  /// a usage error.
  func loadRules(_ session: inout Session, _ clock: StageClock) throws(Failure) -> AuditPipeline {
    clock.begin("rules")
    let (catalogue, compiled) = try session.rules(rules)
    // `instruments` selects the rules that rest on the Movement's instruments alone.
    let known = catalogue.principles.map(\.id) + [RuleBasis.instrumentsID]
    for name in principles where !known.contains(name) {
      throw Failure.input([
        .error(
          .usage,
          "unknown principle '\(name)' for --principle" + Suggestion.hint(for: name, in: known),
          at: nil)
      ])
    }
    return AuditPipeline(catalogue: catalogue, compiled: compiled, principles: principles)
  }

  /// The case at `path` and its quotes checked against the archived copies, or nil (its
  /// errors noted) when it cannot be read.
  func load(
    _ path: String, _ vocabulary: Vocabulary, _ session: inout Session, _ intake: inout Intake,
    _ clock: StageClock
  ) -> (LoadedCase, QuoteVerification)? {
    let (loaded, verification, found): (LoadedCase, QuoteVerification, [Diagnostic])
    do {
      (loaded, verification, found) = try session.loadVerified(
        path, vocabulary: vocabulary, archive: archive, clock: clock)
    } catch {
      if case .input(let diagnostics) = error { intake.errors += diagnostics }
      return nil
    }
    intake.errors += found.filter { $0.severity == .error }
    intake.warnings += found.filter { $0.severity != .error }
    return (loaded, verification)
  }

  /// The review record of `loaded` (beside it, or `--review FILE`), or nil when there is
  /// none; its errors stop the run with the case's.
  func loadReview(_ loaded: LoadedCase, _ vocabulary: Vocabulary, _ intake: inout Intake)
    -> LoadedReview?
  {
    do {
      return try review.load(for: loaded, vocabulary: vocabulary)
    } catch {
      if case .input(let diagnostics) = error { intake.errors += diagnostics }
      return nil
    }
  }

  /// A case whose id an earlier case has is an error: their reports would overwrite each
  /// other. Judged in the order the cases were given, whatever order they were read in.
  func duplicateIDs(_ audited: [AuditedCase]) -> [Diagnostic] {
    var caseFiles: [String: String] = [:]
    var errors: [Diagnostic] = []
    for audited in audited {
      guard let id = audited.caseID, let path = audited.path else { continue }
      if let other = caseFiles[id] {
        errors.append(
          .error(
            .caseDuplicate,
            "\(path) and \(other) have the same case id '\(id)': their reports would overwrite "
              + "each other; give one of them its own id",
            at: nil))
      }
      caseFiles[id] = path
    }
    return errors
  }

  /// Puts every staged report in place, with the index when there are several cases (exit 3,
  /// naming the path, when one cannot be written, and then none is); then prints each summary.
  func write(
    _ audited: [AuditedCase], _ batch: ReportWriter.Batch, _ session: Session,
    _ clock: StageClock
  ) throws {
    // A run on one core is in its last case's `write` stage already.
    if parallelCases { clock.begin("write") }
    var targets = audited.compactMap(\.reportPath).filter { $0 != "-" }
    var created = audited.filter { $0.isNew && $0.reportPath != nil }.compactMap(\.reportPath)
    do throws(OutputFailure) {
      if let failure = audited.lazy.compactMap(\.writeFailure).first { throw failure }
      if audited.count > 1, output == nil {
        let path = defaultReportPath("index", "md")
        let index = IndexReport().render(entries: audited.compactMap(\.index))
        if !FileManager.default.fileExists(atPath: path) { created.append(path) }
        targets.append(path)
        try batch.stage(.init(path: path, text: index), at: audited.count)
      }
      try batch.commit()
    } catch {
      batch.discard()
      clock.stopProgress()
      session.note(error.rendered())
      throw ExitCode(3)
    }
    noteCustomReports(targets, session)
    clock.begin("summary")
    clock.stopProgress()
    for summary in audited.compactMap(\.summary) {
      FileHandle.standardOutput.write(Data(summary.utf8))
    }
    // Last, under the summaries, where it is seen.
    noteNewReports(created, session)
  }
}

extension RunCommand {
  /// Exit 1, with one line on stderr saying why, when a finding or pattern about a subject is
  /// at or above `threshold` ("audit: 2 findings and 1 pattern at or above high").
  func failIfAny(
    atOrAbove threshold: Severity, in counts: [(findings: Int, patterns: Int)],
    _ session: Session
  ) throws {
    let findings = counts.reduce(0) { $0 + $1.findings }
    let patterns = counts.reduce(0) { $0 + $1.patterns }
    guard findings + patterns > 0 else { return }
    var parts: [String] = []
    if findings > 0 { parts.append(Counted.phrase(findings, "finding")) }
    if patterns > 0 { parts.append(Counted.phrase(patterns, "pattern")) }
    session.note(
      "audit: " + parts.joined(separator: " and ") + " about the subject at or above "
        + threshold.rawValue + " (--fail-on): exit 1")
    throw ExitCode(1)
  }
}
