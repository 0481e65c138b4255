import AuditCore

/// The mapping of the configuration file `.audit.yaml` (docs/commands.md, "Configuration file").
extension FormatSchema {
  /// The report formats a configuration may name, as `--format` does.
  public static let reportFormats = ["markdown", "json", "html"]

  /// `.audit.yaml`: settings for `audit run` (and the rules and archive of `check` and
  /// `explain`) that the command line overrides.
  public static let config = FormatSchema(
    "config", what: ".audit.yaml",
    "Settings read from .audit.yaml, found upward from the current folder; command-line options override them.",
    keys: [
      Key(
        "rules", .list(.text),
        "rule packs' folders, relative to this file's folder, loaded on top of the default pack (as --rules; --rules on the command line replaces them)"
      ),
      Key(
        "default_rules", .boolean,
        "false leaves the default pack out (as --no-default-rules); true by default"),
      Key(
        "fail_on", .choice(Severity.allCases.map(\.rawValue)),
        "exit 1 when a finding is at or above this severity (as --fail-on)"),
      Key(
        "archive_dir", .text,
        "folder of the sources' archived copies, relative to this file's folder (as --archive-dir)"
      ),
      Key("format", .choice(reportFormats), "report format (as --format); markdown by default"),
    ])
}
