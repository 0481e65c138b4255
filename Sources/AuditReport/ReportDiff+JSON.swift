import AuditCore

/// The diff as data, format `audit-diff/1` (docs/audit-diff-1.schema.json): keys in a fixed
/// order, every key always present (null when it does not apply), strings escaped as in the
/// report.
extension ReportDiff {
  /// The value of the document's `format` key.
  public static let format = "audit-diff/1"

  /// The JSON diff, ending with a new line.
  public func json() -> String {
    ReportStream.collect { stream in
      var json = JSONWriter(stream)
      json.object { json in document(&json) }
      stream = json.finish()
    }
  }

  private func document(_ json: inout JSONWriter) {
    json.field("format", Self.format)
    json.object("case") { json in
      json.field("id", new.caseID)
      json.field("title", new.caseTitle)
    }
    for (name, report) in [("old", old), ("new", new)] {
      json.key(named: name)
      json.object { json in
        json.field("path", report.path)
        json.field("schema", report.schema)
        json.field("case", report.caseID)
        json.field("findings", report.findings.count)
      }
    }
    json.object("counts") { json in
      for status in Status.allCases {
        json.key(named: status.rawValue)
        json.int(count(status))
      }
      json.field("unchanged", unchanged.count)
    }
    json.array("findings") { json in
      for entry in entries { self.entry(entry, &json) }
    }
    json.array("unchanged") { json in
      for pair in unchanged {
        json.object { json in
          json.field("number", pair.number)
          json.field("old_number", pair.oldNumber)
          json.field("id", pair.id)
        }
      }
    }
  }

  private func entry(_ entry: Entry, _ json: inout JSONWriter) {
    let finding = entry.finding
    json.object { json in
      json.field("status", entry.status.rawValue)
      json.key("number")
      if let after = entry.after { json.int(after.number) } else { json.null() }
      json.key("old_number")
      if let before = entry.before { json.int(before.number) } else { json.null() }
      json.field("id", finding.id)
      json.field("old_id", entry.before?.id)
      json.field("title", finding.title)
      json.field("severity", finding.severity)
      json.field("strength", finding.strength)
      json.field("fingerprint", entry.after?.fingerprint)
      json.field("old_fingerprint", entry.before?.fingerprint)
      json.array("changes") { json in
        for change in entry.changes {
          json.object { json in
            json.field("subject", change.subject.rawValue)
            json.field("text", change.text)
          }
        }
      }
    }
  }
}
