import AuditLoading
import Foundation

/// The `# yaml-language-server: $schema=…` line a skeleton starts with, so that an editor
/// checks the file against `docs/schemas/` as it is filled in.
enum SchemaComment {
  /// The line for a file of kind `name` written at `path`, with a newline; empty when the
  /// current folder holds no `docs/schemas/` (the tool run outside the repository).
  static func line(_ name: String, forFileAt path: String) -> String {
    guard let document = FormatDocument.named(name) else { return "" }
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardized.path
    let schema = here + "/docs/schemas/" + document.fileName
    guard FileManager.default.fileExists(atPath: schema) else { return "" }
    let file = URL(fileURLWithPath: path).standardized.path
    if file.hasPrefix(here + "/") {
      return document.schemaComment(forFileAt: String(file.dropFirst(here.count + 1))) + "\n"
    }
    return FormatDocument.commentPrefix + schema + "\n"
  }
}
