import Foundation

/// A new, empty folder under the temporary directory, for tests that write files.
public enum TemporaryFolder {
  /// Creates `audit-PREFIX-UUID` under the temporary directory and returns its path.
  public static func make(_ prefix: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-\(prefix)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
