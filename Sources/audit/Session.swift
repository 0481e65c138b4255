import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// The shared work of the commands: finding and loading packs and cases, and reporting problems.
struct Session {
  /// Files read so far, so diagnostics can show the offending line.
  var sources: [String: SourceText] = [:]

  /// The packs — the default (`./Rules`, else the one installed beside the tool) and
  /// `--rules` — with their rules compiled; every problem of every file is reported at once.
  mutating func rules(_ options: RuleOptions) throws(Failure) -> (RuleCatalog, [CompiledRule]) {
    var directories = options.directories
    if !options.noDefaultRules {
      guard let defaultPack = Self.defaultPack() else {
        throw Failure.input([
          .error(
            "E-IO-READ",
            "no default rule pack: neither ./Rules nor an installed pack exists (use --rules DIR)",
            at: nil)
        ])
      }
      directories.insert(defaultPack, at: 0)
    }
    guard !directories.isEmpty else {
      throw Failure.input([.error("E-USAGE", "no rule pack to load: give --rules DIR", at: nil)])
    }
    let (loaded, problems) = PackLoader.loadCollecting(directories)
    var all = problems
    var compiled: [CompiledRule] = []
    if let loaded {
      for input in loaded.inputs { sources[input.path] = input.source }
      do {
        compiled = try CompiledRule.compileAll(loaded)
      } catch {
        all += error.all
      }
    }
    guard let loaded, !all.contains(where: { $0.severity == .error }) else {
      throw Failure.input(remember(Diagnostics(all)))
    }
    return (loaded, compiled)
  }

  /// Loads a case, using a case-insensitive match of its path when the path does not exist.
  mutating func loadCase(_ path: String, vocabulary: Vocabulary) throws(Failure) -> LoadedCase {
    let resolved = PathResolver.resolve(path)
    if resolved != path {
      note("note: '\(path)' does not exist; using '\(resolved)'")
    }
    do {
      let loaded = try CaseLoader.load(path: resolved, vocabulary: vocabulary)
      sources[resolved] = loaded.input.source
      return loaded
    } catch {
      throw Failure.input(remember(error))
    }
  }

  private mutating func remember(_ error: Diagnostics) -> [Diagnostic] {
    for path in Set(error.all.compactMap(\.location?.path)) where sources[path] == nil {
      if let text = try? String(contentsOfFile: path, encoding: .utf8) {
        sources[path] = SourceText(path: path, text: text)
      }
    }
    return error.all
  }

  /// Prints diagnostics to stderr with their lines and carets.
  func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics.sorted() {
      note(diagnostic.rendered(with: sources))
    }
  }

  func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// `./Rules`, else a pack installed beside the executable (`../share/audit/Rules`).
  static func defaultPack() -> String? {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: "Rules", isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "Rules"
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/audit/Rules").path
    if FileManager.default.fileExists(atPath: installed, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return installed
    }
    return nil
  }
}

/// Why a command stops: bad input (exit 2, diagnostics already collected).
enum Failure: Error {
  case input([Diagnostic])
}
