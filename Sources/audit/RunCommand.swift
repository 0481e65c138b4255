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

  @Argument(
    help: ArgumentHelp(
      "Case files to audit ('-': read one from standard input).", valueName: "CASE"),
    completion: .file(extensions: ["yaml", "yml"]))
  var cases: [String]

  @OptionGroup var rules: RuleOptions

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "Write the report to PATH, or '-' for standard output (one case only).", valueName: "PATH"))
  var output: String?

  @Option(
    help: "Report format: markdown (the default), json, or html (one self-contained page).")
  var format: Format?

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp("Exit 1 when a finding is at or above this severity.", valueName: "SEVERITY")
  )
  var failOn: Severity?

  @Option(
    name: .customLong("principle"),
    help: ArgumentHelp(
      "Only evaluate the rules of this principle (repeatable; `instruments`: the rules that rest on the Movement's instruments alone).",
      valueName: "NAME")
  )
  var principles: [String] = []

  @Option(
    help: ArgumentHelp(
      "Date printed in the report (YYYY-MM-DD); reports carry no clock otherwise.",
      valueName: "YYYY-MM-DD"))
  var date: String?

  @OptionGroup var archive: ArchiveOptions

  @OptionGroup var settings: ConfigOptions

  @Flag(
    help:
      "Replace a report that was made from another case file (a copied case keeps its id); refused otherwise."
  )
  var force = false

  @Option(
    help: ArgumentHelp(
      "Also print what changed since an older JSON report of the case (`audit diff`).",
      valueName: "OLD.json"))
  var since: String?

  @OptionGroup var review: ReviewOptions

  @Flag(help: "Show in the Markdown report why each rule fired, condition by condition.")
  var explain = false

  @Flag(
    help: """
      Show in the Markdown and HTML reports how rules read others' acts (authorities') against \
      the standards that bind them; the JSON report always holds it.
      """)
  var gradeOthers = false

  @Flag(help: ArgumentHelp("Print each stage's time on stderr (for bench/).", visibility: .hidden))
  var timings = false

  @Option(
    help: ArgumentHelp(
      "1: work on one case at a time, as on one core (the tests compare the two); otherwise, and by default, one case per core.",
      valueName: "N", visibility: .hidden))
  var workers: Int?

  func validate() throws {
    guard !cases.isEmpty else { throw ValidationError("give at least one case file") }
    if cases.filter({ $0 == InputFile.standardInputArgument }).count > 1 {
      throw ValidationError("'-' (standard input) can be given once")
    }
    if let date, PartialDate(parsing: date)?.isExact != true {
      throw ValidationError(
        "--date must be a real date written YYYY-MM-DD, not '\(VisibleText.escaped(date))'")
    }
    if since != nil, cases.count > 1 {
      throw ValidationError("--since takes one case")
    }
    try review.validate(cases: cases.count)
    if let workers, workers < 1 {
      throw ValidationError("--workers must be at least 1")
    }
    if output != nil, cases.count > 1 {
      throw ValidationError("-o/--output takes one case; with several, reports go to reports/")
    }
  }

  /// The pipeline, top to bottom: rules, then each case loaded, evaluated, assessed and its
  /// report rendered (cases in parallel), then every report put in place, or none when any case
  /// has an error; `--fail-on` asks the assessments.
  func run() throws {
    var session = Session()
    let clock = StageClock(timings: timings)
    defer { clock.finish() }
    do {
      // `.audit.yaml` fills in the options not given.
      try configured(session).audit(&session, clock)
    } catch Failure.input(let diagnostics) {
      clock.stopProgress()
      session.print(diagnostics)
      throw ExitCode(2)
    }
  }

  /// The run itself, its options complete.
  private func audit(_ session: inout Session, _ clock: StageClock) throws {
    let baseline = try readBaseline()
    let pipeline = try loadRules(&session, clock)
    let (work, audited) = auditCases(pipeline, since: baseline, clock)
    let warnings = audited.flatMap(\.warnings)
    let errors = audited.flatMap(\.errors) + duplicateIDs(audited)
    guard errors.isEmpty else {
      work.batch.discard()
      throw Failure.input(errors + warnings)
    }
    if !warnings.isEmpty { clock.stopProgress() }
    session.print(warnings)
    try write(audited, work.batch, session, clock)
    printChanges(from: baseline, to: audited.first?.snapshot)
    if let threshold = failOn {
      try failIfAny(atOrAbove: threshold, in: audited.map(\.failing), session)
    }
  }
}
