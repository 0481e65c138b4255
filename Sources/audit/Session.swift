import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// The shared work of the commands: finding and loading packs and cases, and reporting problems.
struct Session {
  /// Rule files read so far, so diagnostics can show the offending line without reading them
  /// again (`print` reads any other file it needs).
  var sources: [String: SourceText] = [:]
  /// When set (`--format json`), `print` collects the diagnostics here instead of writing them.
  var collector: DiagnosticCollector?

  /// The packs — the default (see `DefaultPack`) and each `--rules` — with their rules compiled; every problem of every file is reported at once.
  mutating func rules(_ options: RuleOptions) throws(Failure) -> (RuleCatalogue, [CompiledRule]) {
    var directories = options.directories
    if !options.noDefaultRules {
      directories.insert(try DefaultPack().locate(), at: 0)
    }
    guard !directories.isEmpty else {
      throw Failure.input([.error(.usage, "no rule pack to load: give --rules DIR", at: nil)])
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
      throw Failure.input(all)
    }
    print(all)
    return (loaded, compiled)
  }

  /// Loads a case, using a case-insensitive match of its path when the path does not exist.
  mutating func loadCase(_ path: String, vocabulary: Vocabulary) throws(Failure) -> LoadedCase {
    let resolved = path == InputFile.standardInputArgument ? path : PathResolver.resolve(path)
    if resolved != path {
      note(
        "note: '\(VisibleText.escaped(path))' does not exist; using '\(VisibleText.escaped(resolved))'"
      )
    }
    do {
      return try CaseLoader.load(path: resolved, vocabulary: vocabulary)
    } catch {
      throw Failure.input(error.all)
    }
  }

  /// The case at `path` with its quotes checked against the archived copies: the load and
  /// verify stages of every command that reads a case. The verification's problems (errors
  /// among them) come back beside it.
  mutating func loadVerified(
    _ path: String, vocabulary: Vocabulary, archive: ArchiveOptions, clock: StageClock
  ) throws(Failure) -> (LoadedCase, QuoteVerification, [Diagnostic]) {
    clock.begin("load")
    let loaded = try loadCase(path, vocabulary: vocabulary)
    clock.end(detail: "\(loaded.input.byteCount) bytes")
    let (verification, problems) = clock.measure("verify") { archive.verify(loaded) }
    return (loaded, verification, problems)
  }

  /// Prints diagnostics to stderr with their lines and carets; of a file not held in memory (a
  /// case parsed as it was read) only the lines shown are read again, up to the last of them,
  /// and of each only the part shown.
  func print(_ diagnostics: [Diagnostic]) {
    if let collector {
      collector.diagnostics += diagnostics
      return
    }
    var sources = sources
    let located = Dictionary(grouping: diagnostics.compactMap(\.location), by: \.path)
    for (path, locations) in located where sources[path] == nil {
      // Only a regular file is read again: a pipe is gone, a device has no end.
      sources[path] = SourceText.excerpts(of: path, at: locations)
    }
    for diagnostic in diagnostics.sorted() {
      note(diagnostic.rendered(with: sources))
    }
  }

  func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}

/// Why a command stops: bad input (exit 2, diagnostics already collected).
enum Failure: Error {
  case input([Diagnostic])
}
