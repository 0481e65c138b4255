import AuditCore

/// The loaded rules as data, format `audit-rule-list/1`: what `audit rules list --format json`
/// prints — each rule's id, principle or standard, severity, scope, title and file, in load
/// order.
public enum RuleListDocument {
  /// The value of the document's `format` key.
  public static let format = "audit-rule-list/1"

  /// The document, ending with a new line.
  public static func json(_ rules: [RuleSpec]) -> String {
    ReportStream.collect { stream in
      var json = JSONWriter(stream)
      json.object { json in
        json.field("format", format)
        json.array("rules") { json in
          for rule in rules {
            json.object { json in
              json.field("id", rule.id)
              json.field("principle", rule.basis.standard == nil ? rule.basis.id : nil)
              json.field("standard", rule.basis.standard)
              json.field("severity", rule.severity.rawValue)
              json.field("scope", rule.scope.rawValue)
              json.field("title", rule.title)
              json.field("path", rule.path)
              json.field("pack", rule.pack)
              json.field("tests", rule.tests.count)
            }
          }
        }
      }
      stream = json.finish()
    }
  }
}
