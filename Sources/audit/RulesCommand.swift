import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import AuditReport
import Foundation

/// `audit rules …`: list, validate, test and document the loaded rule packs.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List, validate, test or document the loaded rules.",
    subcommands: [List.self, Validate.self, Test.self, Docs.self])

  /// Loads and compiles the packs — those of the options, else of the configuration file
  /// (`settings`) — printing problems and exiting 2 on bad input.
  static func load(_ options: RuleOptions, _ settings: ConfigOptions) throws -> (
    RuleCatalogue, [CompiledRule]
  ) {
    var session = Session()
    return try load(options, settings, &session)
  }

  /// `load(_:_:)` reporting through `session` (which may collect the diagnostics as JSON).
  static func load(
    _ options: RuleOptions, _ settings: ConfigOptions, _ session: inout Session
  ) throws -> (RuleCatalogue, [CompiledRule]) {
    do {
      return try session.rules(options.filled(from: settings.load(session)))
    } catch {
      if case .input(let diagnostics) = error { session.print(diagnostics) }
      throw ExitCode(2)
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List every loaded rule: id, principle, severity, title.")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions

    /// A line a rule, or one JSON document.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Option(
      help: "Output: text (a tab-separated line a rule) or json (audit-rule-list/1).")
    var format: Format = .text

    func run() throws {
      let (_, compiled) = try RulesCommand.load(rules, settings)
      if format == .json {
        FileHandle.standardOutput.write(Data(RuleListDocument.json(compiled.map(\.spec)).utf8))
        return
      }
      for rule in compiled {
        let spec = rule.spec
        print(
          VisibleText.escaped(
            "\(spec.id)\t\(spec.basis.id)\t\(spec.severity.rawValue)\t\(spec.title)\t\(spec.path)",
            keeping: ["\t"]))
      }
    }
  }

  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Load and type-check every rule; report every problem.")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions

    @Option(
      help: "Diagnostics as text (on stderr) or json (audit-diagnostics/1 on stdout)."
    )
    var format: DiagnosticFormat = .text

    func run() throws {
      var session = Session()
      session.collector = format.collector()
      // Written on every way out, a failed load (exit 2) included.
      defer { session.collector?.write() }
      let (catalogue, compiled) = try RulesCommand.load(rules, settings, &session)
      for input in catalogue.inputs { session.sources[input.path] = input.source }
      session.print(compiled.flatMap { $0.condition.warnings })
      guard session.collector == nil else { return }
      print("\(compiled.count) rules in \(catalogue.packs.count) packs are valid")
    }
  }

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test",
      abstract: "Run the tests embedded in every loaded rule, or in one (--rule ID).")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions

    @Option(help: ArgumentHelp("Run only this rule's tests.", valueName: "ID"))
    var rule: String?

    func run() throws {
      let (catalogue, loaded) = try RulesCommand.load(rules, settings)
      var compiled = loaded
      if let rule {
        compiled = loaded.filter { $0.spec.id == rule }
        guard !compiled.isEmpty else {
          Session().print([
            .error(
              .usage,
              "unknown rule '\(rule)' for --rule"
                + Suggestion.hint(for: rule, in: loaded.map(\.spec.id)), at: nil)
          ])
          throw ExitCode(2)
        }
      }
      let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(compiled)
      Session().print(failures)
      print("\(count - failures.count) passed, \(failures.count) failed")
      if !failures.isEmpty { throw ExitCode(1) }
    }
  }

  struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "docs",
      abstract: "Write a Markdown catalogue of every loaded rule.")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions
    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp(
        "Write to PATH instead of standard output ('-').", valueName: "PATH"))
    var output: String?

    func run() throws {
      let (catalogue, _) = try RulesCommand.load(rules, settings)
      let document = RuleCatalogueDocument().render(catalogue)
      do {
        try ReportWriter.write(document, to: output ?? "-")
      } catch {
        Session().note(error.rendered("the rule catalogue"))
        throw ExitCode(3)
      }
    }
  }
}
