import AuditLoading
import Foundation

/// The `# yaml-language-server: $schema=…` line a skeleton starts with, so that an editor
/// checks the file against `docs/schemas/` as it is filled in.
enum SchemaComment {
  /// The line for a file of kind `name` written at `path`, with a newline. The schema is the
  /// current folder's `docs/schemas/` (a checkout), else the one installed beside the tool
  /// (`share/audit/schemas`); the line is empty when there is neither.
  static func line(
    _ name: String, forFileAt path: String, installed: String = DefaultPack().installedSchemas
  ) -> String {
    guard let document = FormatDocument.named(name) else { return "" }
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardized.path
    let schema = here + "/docs/schemas/" + document.fileName
    guard FileManager.default.fileExists(atPath: schema) else {
      let beside = installed + "/" + document.fileName
      guard FileManager.default.fileExists(atPath: beside) else { return "" }
      return FormatDocument.commentPrefix + beside + "\n"
    }
    let file = URL(fileURLWithPath: path).standardized.path
    if file.hasPrefix(here + "/") {
      return document.schemaComment(forFileAt: String(file.dropFirst(here.count + 1))) + "\n"
    }
    return FormatDocument.commentPrefix + schema + "\n"
  }
}
