import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// `audit check CASE...`: validates cases, archive hashes and quotes, writing nothing.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate case files, their sources' archive hashes and every evidence quote.")

  @Argument(help: ArgumentHelp("Case files to check.", valueName: "CASE"))
  var cases: [String]

  @OptionGroup var rules: RuleOptions

  @OptionGroup var archive: ArchiveOptions

  func run() throws {
    var session = Session()
    var problems: [Diagnostic] = []
    let clock = StageClock(timings: false)
    do {
      clock.begin("rules")
      let (catalogue, _) = try session.rules(rules)
      for path in cases {
        do {
          let (loaded, verification, found) = try session.loadVerified(
            path, vocabulary: catalogue.vocabulary, archive: archive, clock: clock)
          problems += found
          clock.stopProgress()
          var quotes = 0
          var verified = 0
          loaded.audit.forEachEvidence { item in
            quotes += 1
            if verification.status(of: item) == true { verified += 1 }
          }
          print(
            "\(VisibleText.escaped(loaded.input.path)): \(loaded.audit.actions.count) actions, \(quotes) quotes, \(verified) verified against archived copies"
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
