import AuditCore
import Foundation

/// Where the default rule pack is: `$AUDIT_RULES` if set, else `./Rules` if present, else the
/// pack installed with the tool (`../share/audit/Rules` beside the executable).
struct DefaultPack {
  /// The environment variable that names the default pack's folder.
  static let variable = "AUDIT_RULES"

  /// The process's environment.
  var environment = ProcessInfo.processInfo.environment
  /// The running executable, symbolic links resolved.
  var executable = DefaultPack.runningExecutable()

  /// The pack installed with the tool: `<prefix>/share/audit/Rules` for `<prefix>/bin/audit`.
  var installed: String {
    executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/audit/Rules").path
  }

  /// The input formats' JSON Schemas installed with the tool: `<prefix>/share/audit/schemas`.
  var installedSchemas: String {
    executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/audit/schemas").path
  }

  /// The folder of the default pack, or an error saying where it was looked for and what to do.
  func locate() throws(Failure) -> String {
    if let named = environment[Self.variable], !named.isEmpty {
      guard Self.isFolder(named) else {
        throw Failure.input([
          .error(
            .ioRead,
            "\(Self.variable) is '\(named)', which is not a folder: set it to a rule pack's folder (one holding pack.yaml), or unset it",
            at: nil)
        ])
      }
      return named
    }
    if Self.isFolder("Rules") { return "Rules" }
    if Self.isFolder(installed) { return installed }
    throw Failure.input([
      .error(
        .ioRead,
        "no default rule pack: \(Self.variable) is not set, there is no ./Rules here and no pack is installed at \(installed). "
          + "Set \(Self.variable)=DIR to a pack's folder, install the tool with its pack (scripts/install.sh), "
          + "or load only your own packs with --no-default-rules --rules DIR",
        at: nil)
    ])
  }

  /// The executable as the system knows it (`/proc/self/exe` on Linux), not as it was typed:
  /// `audit` found through `PATH` has no folder in `argv[0]`.
  /// (`realpath` of `/proc/self/exe`, then of `argv[0]`: Foundation's `Bundle.main` found the
  /// same path at the cost of a tenth of a small case's run.)
  static func runningExecutable() -> URL {
    let typed = CommandLine.arguments.first ?? "audit"
    for candidate in ["/proc/self/exe", typed] {
      if let resolved = realpath(candidate, nil) {
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
      }
    }
    return URL(fileURLWithPath: typed)
  }

  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
