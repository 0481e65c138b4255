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

  @Option(
    name: .customLong("archive-dir"),
    help: ArgumentHelp(
      "Folder holding the sources' archived copies (default: the case file's folder).",
      valueName: "DIR"))
  var archiveDirectory: String?

  func run() throws {
    var session = Session()
    var problems: [Diagnostic] = []
    do {
      let (catalog, _) = try session.rules(rules)
      for path in cases {
        do {
          let loaded = try session.loadCase(path, vocabulary: catalog.vocabulary)
          let folder = URL(fileURLWithPath: loaded.input.path).deletingLastPathComponent().path
          let (verification, found) = ArchiveVerifier.verify(
            loaded.audit, caseFolder: folder, archiveDirectory: archiveDirectory)
          problems += found
          let quotes =
            loaded.audit.actions.flatMap(\.evidence) + loaded.audit.responses.flatMap(\.evidence)
            + loaded.audit.people.flatMap { $0.positions.flatMap(\.evidence) }
          let verified = quotes.filter { verification.status(of: $0) == true }.count
          print(
            "\(loaded.input.path): \(loaded.audit.actions.count) actions, \(quotes.count) quotes, \(verified) verified against archived copies"
          )
        } catch {
          if case .input(let diagnostics) = error { problems += diagnostics }
        }
      }
    } catch {
      if case .input(let diagnostics) = error { problems += diagnostics }
    }
    session.print(problems)
    if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
  }
}
