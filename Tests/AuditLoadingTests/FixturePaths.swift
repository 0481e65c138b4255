import Foundation

/// Where the repository's fixtures are, from this file's own path.
enum FixturePaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let fixtures = root + "/Tests/Fixtures"
  static let pack = fixtures + "/pack"
  static let cases = fixtures + "/cases"

  /// Diagnostics mention absolute paths; goldens hold them relative to the repository.
  static func relative(_ text: String) -> String {
    text.replacingOccurrences(of: root + "/", with: "")
  }
}
