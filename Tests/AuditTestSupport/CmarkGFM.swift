import Foundation

/// GitHub's own Markdown engine, cmark-gfm, run as a program when it is installed (Debian
/// package `cmark-gfm`; `.ci/run` installs it), so tests can check the HTML a reader would see.
public enum CmarkGFM {
  /// The program's path, or nil when it is not installed.
  public static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { $0 + "/cmark-gfm" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// The HTML of `markdown` with GitHub's extensions (tables, footnotes, strikethrough,
  /// autolinks), or nil when cmark-gfm is not installed or fails.
  public static func html(_ markdown: String) throws -> String? {
    guard let executable else { return nil }
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-report-\(UUID().uuidString).md")
    try Data(markdown.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "--extension", "table", "--extension", "footnotes", "--extension", "strikethrough",
      "--extension", "autolink", file.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
  }
}
