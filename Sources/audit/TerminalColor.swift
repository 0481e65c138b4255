import Foundation

/// Whether the terminal summary is coloured: only on a terminal, and never when `NO_COLOR` is
/// set to something (no-color.org: an empty value does not count) or `TERM` is `dumb`.
enum TerminalColor {
  /// True when output to `descriptor` may carry colour, given `environment`.
  static func isWanted(
    on descriptor: Int32,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    guard isatty(descriptor) == 1 else { return false }
    return isWanted(environment: environment)
  }

  /// The environment's part of the decision, for a terminal.
  static func isWanted(environment: [String: String]) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }
}
