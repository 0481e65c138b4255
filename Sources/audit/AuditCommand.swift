import ArgumentParser
import AuditCore
import Foundation

/// The `audit` command: audits National Societies' recorded conduct against the Fundamental Principles.
@main
struct AuditCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Audit a National Society's recorded acts against the Fundamental Principles.",
    discussion: """
      Exit status: 0 done, with no finding at or above --fail-on; 1 findings or patterns about \
      the subject at or above it (one line on stderr says how many), a failing rule test, or \
      (audit diff) a new finding at or above --fail-on-new;
      2 bad input or usage; 3 an output could not be written (nothing is written).

      Environment: AUDIT_RULES names the default rule pack's folder (else ./Rules, else the \
      pack installed beside the tool); NO_COLOR turns colour off. Settings: .audit.yaml, \
      found from the current folder upward to the checkout's root (or --config FILE; \
      --no-config), under the command line's options. Shell completion: \
      audit --generate-completion-script bash|zsh|fish.
      """,
    version: version,
    subcommands: [
      RunCommand.self, CheckCommand.self, RulesCommand.self, ExplainCommand.self, NewCommand.self,
      SchemaCommand.self, VocabularyCommand.self, DiffCommand.self,
    ],
    defaultSubcommand: RunCommand.self)

  /// Runs the command line, mapping every usage error to exit status 2.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // Help, the version, or a completion script: the scripts complete `run`, the default
        // subcommand, at the top level too (`audit CASE --fail-on <TAB>`).
        let message = fullMessage(for: error)
        let amended = DefaultCommandCompletion.amended(
          message, command: configuration.commandName ?? "audit")
        guard amended != message else { exit(withError: error) }
        print(amended)
        Foundation.exit(0)
      }
      if let exit = error as? ExitCode {
        Foundation.exit(exit.rawValue)
      }
      // Escaped like every other diagnostic, line by line (a usage text has several): an
      // argument quoted back, such as `audit new case $'abc\e[2J'`, cannot drive the terminal
      // or forge a line.
      let message = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
        .map { VisibleText.escaped($0, keeping: ["\t"]) }.joined(separator: "\n")
      if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
      Foundation.exit(2)
    }
  }
}
