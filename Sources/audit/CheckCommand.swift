import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// `audit check CASE...`: validates cases, archive hashes and quotes, writing nothing.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Validate case files (and the review record beside each), their sources' archive hashes and every evidence quote."
  )

  @Argument(help: ArgumentHelp("Case files to check.", valueName: "CASE"))
  var cases: [String]

  @OptionGroup var rules: RuleOptions

  @OptionGroup var archive: ArchiveOptions

  @OptionGroup var settings: ConfigOptions

  @OptionGroup var review: ReviewOptions

  @Flag(
    help: ArgumentHelp(
      "Also read the coding a second time: note acts whose quoted words hold an indicator phrase of a tag they lack, and tags none of whose indicator phrases is in the act's quotes. Suggestions only: the exit status is unchanged."
    ))
  var coding = false

  @Option(
    help:
      "Diagnostics as text (on stderr, with a line per case on stdout) or json (audit-diagnostics/1 on stdout)."
  )
  var format: DiagnosticFormat = .text

  func validate() throws { try review.validate(cases: cases.count) }

  func run() throws {
    var session = Session()
    session.collector = format.collector()
    var problems: [Diagnostic] = []
    let clock = StageClock(timings: false)
    do {
      // `.audit.yaml` gives the packs and the archive folder not given here.
      let config = try settings.load(session)
      let archive = archive.filled(from: config)
      clock.begin("rules")
      let (catalogue, _) = try session.rules(rules.filled(from: config))
      let codingCheck = coding ? CodingCheck(vocabulary: catalogue.vocabulary) : nil
      for path in cases {
        do {
          let (loaded, verification, found) = try session.loadVerified(
            path, vocabulary: catalogue.vocabulary, archive: archive, clock: clock)
          problems += found
          // The review record beside the case is checked too; the tags it declines for an act
          // are not suggested again.
          var record: ReviewRecord?
          do {
            record = try review.load(for: loaded, vocabulary: catalogue.vocabulary)?.record
          } catch {
            if case .input(let diagnostics) = error { problems += diagnostics }
          }
          if let codingCheck { problems += codingCheck.notes(loaded.audit, review: record) }
          clock.stopProgress()
          var quotes = 0
          var verified = 0
          loaded.audit.forEachEvidence { item in
            quotes += 1
            if verification.status(of: item) == true { verified += 1 }
          }
          // One case's model is left for the exit to reclaim, as a run leaves it
          // (`LeftForExit`); several cases' are freed one by one.
          if cases.count == 1 { LeftForExit.keep(loaded) }
          guard session.collector == nil else { continue }
          print(
            "\(VisibleText.escaped(loaded.input.path)): "
              + Counted.phrase(loaded.audit.actions.count, "act") + ", "
              + Counted.phrase(quotes, "quote") + ", \(verified) verified against archived copies"
          )
        } catch {
          if case .input(let diagnostics) = error { problems += diagnostics }
        }
      }
    } catch {
      if case .input(let diagnostics) = error { problems += diagnostics }
    }
    clock.finish()
    session.print(problems)
    session.collector?.write()
    if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
  }
}
