import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// `audit explain CASE --rule ID [--action ID]`: why a rule did or did not fire.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Trace one rule over a case, with the value of every sub-expression.")

  @Argument(help: ArgumentHelp("The case file.", valueName: "CASE"))
  var casePath: String

  @Option(help: ArgumentHelp("The rule to trace.", valueName: "ID"))
  var rule: String

  @Option(help: ArgumentHelp("Only this action.", valueName: "ID"))
  var action: String?

  @OptionGroup var rules: RuleOptions

  @OptionGroup var settings: ConfigOptions

  func run() throws {
    var session = Session()
    do {
      // `.audit.yaml` gives the packs not given here.
      let (catalogue, compiled) = try session.rules(rules.filled(from: settings.load(session)))
      let pipeline = AuditPipeline(catalogue: catalogue, compiled: compiled)
      guard let selected = pipeline.compiledRule(rule) else {
        throw Failure.input([
          .error(
            .usage,
            "no loaded rule has id '\(rule)' (load the pack of another rule with --rules DIR)"
              + Suggestion.hint(for: rule, in: compiled.map(\.spec.id)), at: nil)
        ])
      }
      let loaded = try session.loadCase(casePath, vocabulary: catalogue.vocabulary)
      if let action, !loaded.audit.actions.contains(where: { $0.id == action }) {
        throw Failure.input([
          .error(
            .usage,
            "case has no action '\(action)'"
              + Suggestion.hint(for: action, in: loaded.audit.actions.map(\.id)), at: nil)
        ])
      }
      if action != nil && selected.spec.scope == .person {
        throw Failure.input([
          .error(
            .usage, "rule \(rule) is a person rule: it examines people, not actions", at: nil)
        ])
      }
      print(pipeline.explain(selected, on: loaded.audit, action: action), terminator: "")
    } catch let failure as Failure {
      if case .input(let diagnostics) = failure { session.print(diagnostics) }
      throw ExitCode(2)
    }
  }
}
