import ArgumentParser
import AuditCore
import AuditReport
import Foundation

/// The diagnostics of a command run with `--format json`, gathered from every stage (a
/// `Session` writes them here instead of to stderr) and printed once, as one
/// `audit-diagnostics/1` document on standard output.
final class DiagnosticCollector {
  /// What the stages reported, in the order reported.
  var diagnostics: [Diagnostic] = []

  /// Prints the document.
  func write() {
    FileHandle.standardOutput.write(Data(DiagnosticsDocument.json(diagnostics).utf8))
  }
}

/// How a checking command prints its diagnostics: `text` (on stderr, with the line and a
/// caret) or `json` (`audit-diagnostics/1` on stdout, for editors and CI).
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json

  /// A collector for `json`, none for `text`.
  func collector() -> DiagnosticCollector? { self == .json ? DiagnosticCollector() : nil }
}
