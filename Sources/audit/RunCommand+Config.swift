import ArgumentParser
import AuditCore
import AuditLoading

/// The run's options completed from the configuration file (`ConfigOptions`): what the
/// command line leaves out, `.audit.yaml` gives.
extension RunCommand {
  /// The report format: `--format`, else the configuration's, else Markdown.
  var reportFormat: Format { format ?? .markdown }

  /// This command with the configuration's settings where no option is given.
  func configured(_ session: Session) throws(Failure) -> RunCommand {
    guard let config = try settings.load(session) else { return self }
    var command = self
    command.rules = rules.filled(from: config)
    command.archive = archive.filled(from: config)
    if command.failOn == nil { command.failOn = config.failOn }
    if command.format == nil { command.format = config.format.flatMap(Format.init(rawValue:)) }
    return command
  }
}
