/// One problem found in an input, located and with a stable code.
public struct Diagnostic: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Comparable {
    case note, warning, error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// Where the problem is; nil for problems of a whole run (a missing folder).
  public var location: SourceLocation?
  /// Error, warning or note.
  public var severity: Severity
  /// What is wrong, in one sentence, lower case, no final period.
  public var message: String
  /// A stable code such as `E-YAML-DUPLICATE-KEY`, listed in docs/error-codes.md.
  public var code: DiagnosticCode

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation?
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
  }

  /// Creates an error.
  public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?)
    -> Diagnostic
  {
    Diagnostic(.error, code, message, at: location)
  }

  /// Creates a warning.
  public static func warning(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation?
  )
    -> Diagnostic
  {
    Diagnostic(.warning, code, message, at: location)
  }

  /// The most characters of a message shown; a longer one (quoting a huge value) is cut in
  /// the middle, so one diagnostic stays one readable line.
  public static let shownMessageLimit = 400

  /// `path:line:col: error: message [code]`, on one line: control characters in the message
  /// (which may quote a case) are shown as `⟨U+001B⟩`, so it cannot drive the terminal or
  /// forge a second diagnostic.
  public var description: String {
    let prefix = location.map { "\(VisibleText.escaped($0.description)): " } ?? "audit: "
    return "\(prefix)\(severity.rawValue): \(Self.shown(message)) [\(code)]"
  }

  private static func shown(_ message: String) -> String {
    let scalars = message.unicodeScalars
    guard scalars.count > shownMessageLimit else { return VisibleText.escaped(message) }
    let half = shownMessageLimit / 2
    let head = String(String.UnicodeScalarView(scalars.prefix(half)))
    let tail = String(String.UnicodeScalarView(scalars.suffix(half)))
    let omitted = scalars.count - 2 * half
    return VisibleText.escaped(head) + " … (\(omitted) characters not shown) … "
      + VisibleText.escaped(tail)
  }

  /// The one-line form followed, when the file is known, by its line and a caret.
  public func rendered(with sources: [String: SourceText]) -> String {
    guard let location, let source = sources[location.path],
      let excerpt = source.excerpt(at: location)
    else { return description }
    return description + "\n" + excerpt
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    switch (lhs.location, rhs.location) {
    case (nil, nil): return (lhs.code, lhs.message) < (rhs.code, rhs.message)
    case (nil, _): return true
    case (_, nil): return false
    case (let l?, let r?):
      return l == r ? (lhs.code, lhs.message) < (rhs.code, rhs.message) : l < r
    }
  }
}
