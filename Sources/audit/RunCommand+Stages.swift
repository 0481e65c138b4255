import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import AuditReport
import Foundation

/// The stages of `audit run` that take more than a call: reading the rules, loading a case,
/// writing the reports.
extension RunCommand {
  /// What a run collects from its inputs as it reads them: their problems (errors stop it
  /// before anything is written) and the file of each case id read.
  struct Intake {
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var caseFiles: [String: String] = [:]
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
  /// errors noted) when it cannot be read. A case whose id another case has is an error: their
  /// reports would overwrite each other.
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
    if let other = intake.caseFiles[loaded.audit.id] {
      intake.errors.append(
        .error(
          .caseDuplicate,
          "\(loaded.input.path) and \(other) have the same case id '\(loaded.audit.id)': their "
            + "reports would overwrite each other; give one of them its own id",
          at: nil))
    }
    intake.caseFiles[loaded.audit.id] = loaded.input.path
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

  /// Writes every report or none (exit 3, naming the path, when one cannot be written); each
  /// document is rendered as it is written, never held whole. Then prints each summary.
  func write(_ reports: [PreparedReport], _ session: Session, _ clock: StageClock) throws {
    let renderer: any ReportRenderer =
      switch reportFormat {
      case .markdown: MarkdownReport()
      case .json: JSONReport()
      case .html: HTMLReport()
      }
    let color = TerminalColor.isWanted(on: STDOUT_FILENO)
    var outputs = reports.map { report in
      ReportWriter.Output(
        path: output ?? defaultReportPath(report.context.audit.id, renderer.fileExtension)
      ) { renderer.write(report, to: &$0) }
    }
    if reports.count > 1, output == nil {
      outputs.append(
        .init(path: defaultReportPath("index", "md"), text: IndexReport().render(reports: reports)))
    }
    let created = try checkTargets(reports, outputs)
    clock.begin("write")
    do {
      try ReportWriter.write(outputs)
    } catch {
      clock.stopProgress()
      session.note(error.rendered())
      throw ExitCode(3)
    }
    noteCustomReports(outputs.map(\.path).filter { $0 != "-" }, session)
    clock.begin("summary")
    clock.stopProgress()
    for (report, written) in zip(reports, outputs) where written.path != "-" {
      let summary = TerminalSummary().render(report, reportPath: written.path, color: color)
      FileHandle.standardOutput.write(Data(summary.utf8))
    }
    // Last, under the summaries, where it is seen.
    noteNewReports(created, session)
    Self.leaveForExit(reports)
  }

  /// Leaves the run's models (and the cases they hold) for the process's exit to reclaim: the
  /// run ends next, and freeing a million acts' strings one by one took longer than writing
  /// their report.
  private static func leaveForExit(_ reports: [PreparedReport]) {
    final class Kept {
      let reports: [PreparedReport]
      init(_ reports: [PreparedReport]) { self.reports = reports }
    }
    _ = Unmanaged.passRetained(Kept(reports))
  }
}

extension RunCommand {
  /// Exit 1, with one line on stderr saying why, when a finding or pattern about a subject is
  /// at or above `threshold` ("audit: 2 findings and 1 pattern at or above high").
  func failIfAny(atOrAbove threshold: Severity, in results: [CaseResult], _ session: Session)
    throws
  {
    let counts = results.map { $0.count(atOrAbove: threshold) }
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
