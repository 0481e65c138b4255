import AuditCore

/// Diagnostics as data, format `audit-diagnostics/1` (docs/audit-diagnostics-1.schema.json):
/// what `audit check --format json` and `audit rules validate --format json` print, for editors
/// and CI. Ordered as the terminal prints them (file, line, column); strings escaped as in the
/// JSON report, so a message quoting a control character stays one valid JSON string.
public enum DiagnosticsDocument {
  /// The value of the document's `format` key.
  public static let format = "audit-diagnostics/1"

  /// The document, ending with a new line.
  public static func json(_ diagnostics: [Diagnostic]) -> String {
    ReportStream.collect { stream in
      var json = JSONWriter(stream)
      json.object { json in
        json.field("format", format)
        json.array("diagnostics") { json in
          for diagnostic in diagnostics.sorted() { item(diagnostic, &json) }
        }
      }
      stream = json.finish()
    }
  }

  private static func item(_ diagnostic: Diagnostic, _ json: inout JSONWriter) {
    let (message, suggestion) = split(diagnostic.message)
    json.object { json in
      json.field("file", diagnostic.location?.path)
      json.key("line")
      if let location = diagnostic.location { json.int(location.line) } else { json.null() }
      json.key("column")
      if let location = diagnostic.location { json.int(location.column) } else { json.null() }
      json.field("code", diagnostic.code.rawValue)
      json.field("severity", diagnostic.severity.rawValue)
      json.field("message", message)
      json.field("suggestion", suggestion)
    }
  }

  /// The hint every "did you mean" is written with (`Suggestion.hint`).
  static let hint = "; did you mean "

  /// A message and its suggestion: `unknown key 'sumary'; did you mean 'summary'?` gives
  /// `unknown key 'sumary'` and `did you mean 'summary'?`. A message without one is whole.
  static func split(_ message: String) -> (message: String, suggestion: String?) {
    guard let range = message.range(of: hint) else { return (message, nil) }
    return (
      String(message[..<range.lowerBound]),
      String(message[message.index(range.lowerBound, offsetBy: 2)...])
    )
  }
}
