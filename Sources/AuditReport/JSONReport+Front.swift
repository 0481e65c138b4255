import AuditCore
import AuditEngine

/// The front of the decision paper, as data: the status, what was examined, the measures
/// recommended and the questions per finding, as the Markdown and HTML front say them.
extension JSONReport {
  func front(_ contents: ReportContents, _ json: inout JSONWriter) {
    let layout = ReportLayout(contents)
    json.object("status") { json in
      json.field("state", contents.review.status.rawValue)
      json.field("line", ReportStatus.line(contents))
    }
    json.object("front") { json in
      json.field("examined", layout.examined)
      json.array("measures") { json in
        for entry in contents.recommendedMeasures {
          json.object { json in
            json.field("id", entry.measure.id)
            json.field("title", entry.measure.title)
            json.field("description", entry.measure.description)
            json.array("findings") { json in for number in entry.findings { json.int(number) } }
            json.field("rests_on", strings: entry.measure.restsOn)
          }
        }
      }
      json.array("measures_taken") { json in
        for entry in contents.takenMeasures {
          json.object { json in
            json.field("id", entry.measure.id)
            json.field("title", entry.measure.title)
            json.field("actions", strings: entry.actions.map(\.id))
          }
        }
      }
      json.array("questions") { json in
        for finding in contents.shownFindings {
          let questions = layout.questions(for: finding)
          guard !questions.isEmpty else { continue }
          json.object { json in
            json.field("finding", contents.number(of: finding.id) ?? 0)
            json.field("questions", strings: questions)
          }
        }
      }
    }
  }
}
