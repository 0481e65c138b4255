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
    do {
      return try session.rules(options.filled(from: settings.load(session)))
    } catch {
      if case .input(let diagnostics) = error { session.print(diagnostics) }
      throw ExitCode(2)
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every loaded rule: id, principle, severity, title.")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions

    func run() throws {
      let (_, compiled) = try RulesCommand.load(rules, settings)
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
      abstract: "Load and type-check every rule; report every problem.")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions

    func run() throws {
      let (catalogue, compiled) = try RulesCommand.load(rules, settings)
      var session = Session()
      for input in catalogue.inputs { session.sources[input.path] = input.source }
      session.print(compiled.flatMap { $0.condition.warnings })
      print("\(compiled.count) rules in \(catalogue.packs.count) packs are valid")
    }
  }

  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the tests embedded in every loaded rule.")
    @OptionGroup var rules: RuleOptions
    @OptionGroup var settings: ConfigOptions

    func run() throws {
      let (catalogue, compiled) = try RulesCommand.load(rules, settings)
      let (count, failures) = RuleTestRunner(thresholds: catalogue.strength).run(compiled)
      Session().print(failures)
      print("\(count - failures.count) passed, \(failures.count) failed")
      if !failures.isEmpty { throw ExitCode(1) }
    }
  }

  struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
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
