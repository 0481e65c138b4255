import ArgumentParser
import AuditCore
import AuditLoading
import Foundation

/// Which configuration file a command reads: the nearest `.audit.yaml` from the current folder
/// upward (to the checkout's root), the file `--config` names, or none with `--no-config`.
///
/// Every command that loads rules takes these options; an option given on the command line
/// wins over the file, and the file wins over the defaults.
/// `AUDIT_RULES` still names the default pack, which the file's `rules` add to (docs/commands.md).
struct ConfigOptions: ParsableArguments {
  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "Read settings from FILE instead of the nearest .audit.yaml upward.", valueName: "FILE"),
    completion: .file(extensions: ["yaml", "yml"]))
  var file: String?

  @Flag(name: .customLong("no-config"), help: "Read no configuration file.")
  var ignored = false

  func validate() throws {
    if file != nil, ignored { throw ValidationError("give either --config FILE or --no-config") }
  }

  /// The configuration in effect, named in one line on stderr; nil when there is none. A
  /// file with problems is an input error (every problem located).
  func load(_ session: Session) throws(Failure) -> AuditConfig? {
    guard !ignored,
      let path = file ?? AuditConfig.find(from: FileManager.default.currentDirectoryPath)
    else { return nil }
    let config: AuditConfig
    do {
      config = try AuditConfig.read(path: path)
    } catch {
      throw Failure.input(error.all)
    }
    let keys = config.keysSet
    session.note(
      "note: settings from \(VisibleText.escaped(path))"
        + (keys.isEmpty ? " (none set)" : " (" + keys.joined(separator: ", ") + ")")
        + "; options given on the command line win")
    return config
  }
}

extension RuleOptions {
  /// These options with the configuration's packs where none is given (`rules`) and the
  /// default pack left out when it says so (`default_rules: false`).
  func filled(from config: AuditConfig?) -> RuleOptions {
    var options = self
    if options.directories.isEmpty, let rules = config?.rules { options.directories = rules }
    if config?.defaultRules == false { options.noDefaultRules = true }
    return options
  }
}

extension ArchiveOptions {
  /// These options with the configuration's `archive_dir` when `--archive-dir` is not given.
  func filled(from config: AuditConfig?) -> ArchiveOptions {
    var options = self
    if options.directory == nil { options.directory = config?.archiveDirectory }
    return options
  }
}
