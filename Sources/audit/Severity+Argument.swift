import ArgumentParser
import AuditCore

/// `--fail-on SEVERITY` parses into a severity: its values are listed in `--help`, offered by
/// shell completion and checked by the parser.
extension Severity: ExpressibleByArgument {}
