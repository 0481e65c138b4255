import AuditCore
import CYAML

/// Why and where libyaml stopped, copied out of its parser: a value that can cross from the
/// thread that parses a streamed case to the one that reports it, so that both readings
/// (whole and streamed) word and locate the error alike.
struct ParseFailure: Sendable {
  /// Where the problem is.
  enum Place: Sendable {
    /// A mark: 0-based line and column, as libyaml counts.
    case mark(line: Int, column: Int)
    /// The byte offset of a reader error (a control character, a byte that is not UTF-8, a
    /// failed read), which has no mark.
    case offset(Int)
    /// Nowhere: the parser could not start.
    case none
  }

  /// What libyaml says went wrong ("found character that cannot start any token").
  let problem: String
  /// What it was reading when it happened ("while scanning a quoted scalar"), with where that
  /// started (0-based), if anything.
  let context: (text: String, line: Int, column: Int)?
  /// Where the problem is.
  let place: Place

  /// The failure `parser` reports.
  init(_ parser: yaml_parser_t) {
    problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
    context = parser.context.map {
      (String(cString: $0), Int(parser.context_mark.line), Int(parser.context_mark.column))
    }
    place =
      parser.error == YAML_READER_ERROR
      ? .offset(parser.problem_offset)
      : .mark(line: Int(parser.problem_mark.line), column: Int(parser.problem_mark.column))
  }

  /// A parser that could not start.
  init(unstarted problem: String) {
    self.problem = problem
    context = nil
    place = .none
  }
}
