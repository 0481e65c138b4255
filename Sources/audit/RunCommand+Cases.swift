import AuditCore
import AuditEngine
import AuditLoading
import AuditReport
import Foundation

/// Many cases in one run: each case loaded, evaluated, assessed and its report rendered into a
/// temporary file beside its target, on every core (two cases at a time on two), its model then
/// dropped; what the index and the summaries need is kept (`AuditedCase`). The reports are put
/// in place at the end, all of them or, when any case has an error, none.
extension RunCommand {
  /// The shared state of the cases' workers: the batch of reports, and the first case (in
  /// the order given) known to have failed. The cases after it are still read, for their
  /// errors, but not rendered; only a failure of an earlier case stops one, so that what a
  /// run reports does not depend on which worker got there first (`settled`).
  final class CaseWork: @unchecked Sendable {
    let batch = ReportWriter.Batch()
    private let lock = NSLock()
    private var firstFailed: Int?

    /// Whether a case given before the one at `position` has failed.
    func hasFailed(before position: Int) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      return firstFailed.map { $0 < position } ?? false
    }

    /// Notes that the case at `position` has failed.
    func fail(at position: Int) {
      lock.lock()
      firstFailed = min(firstFailed ?? position, position)
      lock.unlock()
    }
  }

  /// The cases as one core leaves them: those after the first that failed keep only the
  /// errors of their own reading. On several cores such a case may have been prepared (and
  /// failed) before the earlier case's failure was known; its later errors are dropped here,
  /// so that the same cases give the same errors, in the same order, however many workers.
  static func settled(_ audited: [AuditedCase]) -> [AuditedCase] {
    guard
      let first = audited.firstIndex(where: { !$0.errors.isEmpty || $0.writeFailure != nil })
    else { return audited }
    return audited.enumerated().map { position, audited in
      position > first ? audited.unrendered : audited
    }
  }

  /// How many cases are worked on at once: every core, or `--workers`.
  var parallelCases: Bool {
    cases.count > 1 && (workers ?? ProcessInfo.processInfo.activeProcessorCount) > 1
  }

  /// Every case audited and its report staged in `work.batch`, in the order given; the same
  /// results, byte for byte, on one core as on several.
  func auditCases(
    _ pipeline: AuditPipeline, since baseline: ReportSnapshot?, _ clock: StageClock
  ) -> (CaseWork, [AuditedCase]) {
    let work = CaseWork()
    let parallel = parallelCases
    // Stages from two threads at once would cut into each other: a parallel run times them all
    // as one stage.
    let caseClock = parallel ? StageClock(timings: false, terminal: false) : clock
    if parallel { clock.begin("cases") }
    let cases = self.cases
    let audited = Parallel.map(cases.count, parallel: parallel) { position in
      // Each case its own session: loading a case only notes on stderr, and the diagnostics
      // are printed from the run's session once every case is done.
      var session = Session()
      return auditCase(
        cases[position], at: position, pipeline, baseline, &session, caseClock, work)
    }
    if parallel { clock.end(detail: "\(cases.count) cases") }
    return (work, Self.settled(audited))
  }

  /// One case, from its file to its report in a temporary file; nothing of its model is kept.
  private func auditCase(
    _ argument: String, at position: Int, _ pipeline: AuditPipeline,
    _ baseline: ReportSnapshot?, _ session: inout Session, _ clock: StageClock, _ work: CaseWork
  ) -> AuditedCase {
    var audited = AuditedCase(argument: argument)
    var intake = Intake()
    auditCase(
      argument, at: position, pipeline, baseline, &session, clock, work, &audited, &intake)
    audited.errors = intake.errors
    audited.warnings = intake.warnings
    if !intake.errors.isEmpty || audited.writeFailure != nil { work.fail(at: position) }
    return audited
  }

  /// The work of `auditCase`, filling in `audited` and `intake` as far as the case goes.
  private func auditCase(
    _ argument: String, at position: Int, _ pipeline: AuditPipeline,
    _ baseline: ReportSnapshot?, _ session: inout Session, _ clock: StageClock, _ work: CaseWork,
    _ audited: inout AuditedCase, _ intake: inout Intake
  ) {
    guard
      let (loaded, verification) = load(
        argument, pipeline.catalogue.vocabulary, &session, &intake, clock)
    else { return }
    audited.path = loaded.input.path
    audited.caseID = loaded.audit.id
    let reviewed = loadReview(loaded, pipeline.catalogue.vocabulary, &intake)
    clock.begin("evaluate")
    let evaluation = pipeline.evaluate(loaded.audit, verification: verification)
    clock.end(detail: "\(evaluation.outcomes.reduce(0) { $0 + $1.considered }) rule evaluations")
    intake.warnings += evaluation.warnings
    let result = clock.measure("assess") {
      pipeline.assess(evaluation, verification: verification, review: reviewed?.record)
    }
    intake.warnings += result.reviewWarnings
    // An earlier case's error means nothing will be written: this one is read for its own
    // errors.
    audited.readingErrorCount = intake.errors.count
    guard intake.errors.isEmpty, !work.hasFailed(before: position) else { return }
    let context = ReportContext(
      result: result, catalogue: pipeline.catalogue, caseInput: loaded.input,
      toolVersion: AuditCommand.version, date: date, invocation: invocation,
      reviewInput: reviewed?.input)
    // The model is built once, for the document, the index row and the summary.
    let report = clock.measure("report") { PreparedReport(context) }
    let renderer = reportRenderer
    let path = output ?? defaultReportPath(loaded.audit.id, renderer.fileExtension)
    audited.reportPath = path
    if path != "-" {
      intake.errors += ReportTarget.conflicts(
        [ReportTarget(path: path, casePath: loaded.input.path, caseID: loaded.audit.id)],
        force: force)
      audited.isNew = !FileManager.default.fileExists(atPath: path)
      audited.summary = TerminalSummary().render(
        report, reportPath: path, color: TerminalColor.isWanted(on: STDOUT_FILENO))
    }
    if baseline != nil {
      do {
        audited.snapshot = try snapshotSince(baseline, report)
      } catch {
        if case .input(let diagnostics) = error { intake.errors += diagnostics }
      }
    }
    guard intake.errors.isEmpty else { return }
    audited.index = IndexEntry(report)
    if let threshold = failOn {
      let counts = result.count(atOrAbove: threshold)
      audited.failing = (counts.findings, counts.patterns)
    }
    clock.begin("write")
    do {
      try work.batch.stage(
        ReportWriter.Output(path: path) { renderer.write(report, to: &$0) }, at: position)
    } catch {
      audited.writeFailure = error
    }
    // The stage goes on into the renames (`write`), on a run that times each case's stages.
    // One case's model is left for the process's exit to reclaim: freeing a million acts'
    // strings one by one took longer than writing their report. Several cases' models are
    // freed one by one, so the run holds no more than the cases being worked on.
    if cases.count == 1 { LeftForExit.keep(report) }
  }

  /// The renderer of the run's format.
  var reportRenderer: any ReportRenderer {
    switch reportFormat {
    case .markdown: MarkdownReport()
    case .json: JSONReport()
    case .html: HTMLReport()
    }
  }
}
