import AuditCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output that could not be written (exit 3): the path the user gave and the reason in plain
/// words, as the system states it.
struct OutputFailure: Error, Equatable {
  /// The target as given (`reports/arcs.md`, `-` for standard output).
  var path: String
  /// Why, e.g. "Permission denied", "Is a directory".
  var reason: String

  /// The failure with the system's words for `code` (an `errno` value), after `context` if any.
  init(path: String, errno code: Int32, context: String? = nil) {
    let words = String(cString: strerror(code))
    self.path = path
    self.reason = context.map { "\($0): \(words)" } ?? words
  }

  /// `path: error: cannot write the report: reason [E-IO-WRITE]`.
  func rendered(_ what: String = "the report") -> String {
    "\(path): error: cannot write \(what): \(reason) [\(DiagnosticCode.ioWrite)]"
  }
}
