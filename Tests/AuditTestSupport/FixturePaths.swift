import Foundation

/// Where the repository's fixtures are, from this file's own path.
public enum FixturePaths {
  /// The repository's root folder.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  /// `Tests/Fixtures`.
  public static let fixtures = root + "/Tests/Fixtures"
  /// The fixture rule pack.
  public static let pack = fixtures + "/pack"
  /// The fixture cases.
  public static let cases = fixtures + "/cases"

  /// Diagnostics mention absolute paths; goldens hold them relative to the repository.
  public static func relative(_ text: String) -> String {
    text.replacingOccurrences(of: root + "/", with: "")
  }
}
