import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// Where the sources' archived copies are, for verifying hashes and quotes.
struct ArchiveOptions: ParsableArguments {
  @Option(
    name: .customLong("archive-dir"),
    help: ArgumentHelp(
      "Folder holding the sources' archived copies (default: the case file's folder).",
      valueName: "DIR"),
    completion: .directory)
  var directory: String?

  /// Verifies a loaded case's archived sources: hashes and every quote.
  /// A case read from standard input has no folder: its archive paths are relative to the
  /// current folder.
  func verify(_ loaded: LoadedCase) -> (QuoteVerification, [AuditCore.Diagnostic]) {
    let folder =
      loaded.input.path == InputFile.standardInputName
      ? "." : URL(fileURLWithPath: loaded.input.path).deletingLastPathComponent().path
    return ArchiveVerifier.verify(loaded.audit, caseFolder: folder, archiveDirectory: directory)
  }
}
