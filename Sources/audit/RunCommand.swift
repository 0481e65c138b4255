import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import AuditReport
import Foundation

/// `audit CASE...`: evaluates the rules on each case and writes its report.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract:
      "Evaluate the rules on each case and write reports/<case id>.md, .json or .html (the default command)."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, html
  }

  @Argument(help: ArgumentHelp("Case files to audit.", valueName: "CASE"))
  var cases: [String]

  @OptionGroup var rules: RuleOptions

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "Write the report to PATH, or '-' for standard output (one case only).", valueName: "PATH"))
  var output: String?

  @Option(help: "Report format: markdown, json, or html (one self-contained page).")
  var format: Format = .markdown

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp("Exit 1 when a finding is at or above this severity.", valueName: "SEVERITY")
  )
  var failOn: Severity?

  @Option(
    name: .customLong("principle"),
    help: ArgumentHelp("Only evaluate the rules of this principle (repeatable).", valueName: "NAME")
  )
  var principles: [String] = []

  @Option(
    help: ArgumentHelp(
      "Date printed in the report (YYYY-MM-DD); reports carry no clock otherwise.",
      valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var archive: ArchiveOptions

  @Flag(help: "Show in the Markdown report why each rule fired, condition by condition.")
  var explain = false

  @Flag(help: ArgumentHelp("Print each stage's time on stderr (for bench/).", visibility: .hidden))
  var timings = false

  /// What the report's reproduce command must repeat.
  private var invocation: ReportContext.Invocation {
    ReportContext.Invocation(
      ruleDirectories: rules.directories, noDefaultRules: rules.noDefaultRules,
      archiveDirectory: archive.directory, format: format == .markdown ? nil : format.rawValue,
      explain: explain)
  }

  func validate() throws {
    guard !cases.isEmpty else { throw ValidationError("give at least one case file") }
    if let date, PartialDate(parsing: date)?.isExact != true {
      throw ValidationError(
        "--date must be a real date written YYYY-MM-DD, not '\(VisibleText.escaped(date))'")
    }
    if output != nil, cases.count > 1 {
      throw ValidationError("-o/--output takes one case; with several, reports go to reports/")
    }
  }

  func run() throws {
    var session = Session()
    let clock = StageClock(timings: timings)
    defer { clock.finish() }
    do {
      let (contexts, problems) = try evaluate(&session, clock)
      if !problems.isEmpty { clock.stopProgress() }
      session.print(problems)
      try write(contexts, session, clock)
      if let threshold = failOn,
        contexts.contains(where: { $0.evaluation.findings.contains { $0.severity >= threshold } })
      {
        throw ExitCode(1)
      }
    } catch Failure.input(let diagnostics) {
      clock.stopProgress()
      session.print(diagnostics)
      throw ExitCode(2)
    }
  }

  /// Loads and evaluates every case; throws, writing nothing, when any input is bad.
  private func evaluate(_ session: inout Session, _ clock: StageClock) throws(Failure)
    -> ([ReportContext], [Diagnostic])
  {
    clock.begin("rules")
    var (catalog, compiled) = try session.rules(rules)
    let known = catalog.principles.map(\.id)
    for name in principles where !known.contains(name) {
      throw Failure.input([
        .error(
          "E-USAGE",
          "unknown principle '\(name)' for --principle" + Suggestion.hint(for: name, in: known),
          at: nil)
      ])
    }
    if !principles.isEmpty { compiled = compiled.filter { principles.contains($0.spec.basis.id) } }
    let evaluator = Evaluator(rules: compiled, thresholds: catalog.strength)
    var contexts: [ReportContext] = []
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var seenIDs: [String: String] = [:]
    for path in cases {
      let loaded: LoadedCase
      clock.begin("load")
      do {
        loaded = try session.loadCase(path, vocabulary: catalog.vocabulary)
        clock.end(detail: "\(loaded.input.byteCount) bytes")
      } catch {
        if case .input(let diagnostics) = error { errors += diagnostics }
        continue
      }
      if let other = seenIDs[loaded.audit.id] {
        errors.append(
          .error(
            "E-CASE-DUPLICATE",
            "case id '\(loaded.audit.id)' is also the id of \(other): their reports would overwrite each other",
            at: nil))
      }
      seenIDs[loaded.audit.id] = loaded.input.path
      let (verification, problems) = clock.measure("verify") { archive.verify(loaded) }
      errors += problems.filter { $0.severity == .error }
      warnings += problems.filter { $0.severity != .error }
      clock.begin("evaluate")
      let evaluation = evaluator.evaluate(loaded.audit, verified: verification)
      clock.end(detail: "\(evaluation.outcomes.reduce(0) { $0 + $1.considered }) rule evaluations")
      warnings += evaluation.warnings
      contexts.append(
        ReportContext(
          evaluation: evaluation, catalog: catalog,
          caseInput: loaded.input, verification: verification, toolVersion: AuditCommand.version,
          date: date, principles: principles, invocation: invocation))
    }
    guard errors.isEmpty else { throw Failure.input(errors + warnings) }
    return (contexts, warnings)
  }

  /// Builds every report's model, then writes them all or none (exit 3, naming the path, when
  /// one cannot be written); each document is rendered as it is written, never held whole.
  private func write(_ contexts: [ReportContext], _ session: Session, _ clock: StageClock) throws {
    let renderer: any ReportRenderer =
      switch format {
      case .markdown: MarkdownReport()
      case .json: JSONReport()
      case .html: HTMLReport()
      }
    let color = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    clock.begin("report")
    // Each case's model is built once, for its document, the index and the summary.
    let reports = contexts.map(PreparedReport.init)
    var outputs = reports.map { report in
      ReportWriter.Output(
        path: output ?? defaultReportPath(report.context.audit.id, renderer.fileExtension)
      ) { renderer.write(report, to: &$0) }
    }
    if contexts.count > 1, output == nil {
      outputs.append(
        .init(path: defaultReportPath("index", "md"), text: IndexReport().render(reports: reports)))
    }
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
