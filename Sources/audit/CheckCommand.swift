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

  @OptionGroup var review: ReviewOptions

  @Flag(
    help: ArgumentHelp(
      "Also read the coding a second time: note acts whose quoted words hold an indicator phrase of a tag they lack, and tags none of whose indicator phrases is in the act's quotes. Suggestions only: the exit status is unchanged."
    ))
  var coding = false

  func validate() throws { try review.validate(cases: cases.count) }

  func run() throws {
    var session = Session()
    var problems: [Diagnostic] = []
    let clock = StageClock(timings: false)
    do {
      clock.begin("rules")
      let (catalogue, _) = try session.rules(rules)
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
    if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
  }
}
