import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// New, empty folders for tests that write files, all inside one folder of the test process's
/// own under the temporary directory, which is removed when the process exits: a run of the
/// suite leaves nothing behind (it used to leave some 3,000 folders).
public enum TemporaryFolder {
  /// `audit-tests-PID-UUID` under the temporary directory, made on first use, with its removal
  /// at exit registered then.
  private static let parent: String = {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-tests-\(getpid())-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    atexit { TemporaryFolder.removeAll() }
    return path
  }()

  /// Creates `PREFIX-UUID` in this process's folder and returns its path.
  public static func make(_ prefix: String) throws -> String {
    let path = parent + "/\(prefix)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Removes this process's folder and everything in it (links are removed, not followed).
  private static func removeAll() {
    try? FileManager.default.removeItem(atPath: parent)
  }
}
