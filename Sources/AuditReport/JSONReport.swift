import AuditCore
import AuditEngine

/// The report of one case as JSON, schema `audit-report/3` (docs/report-schema.md).
///
/// The same content as the Markdown report, as data: the rule hits with their conditions, the
/// findings (episodes) that group them, patterns, context hits, undecided evaluations, and the
/// inputs with their digests. Keys in a fixed order, lists sorted as in the Markdown report,
/// strings exactly as in the case. Same context, same bytes.
public struct JSONReport: ReportRenderer {
  /// The value of the document's `schema` key.
  public static let schema = "audit-report/3"

  /// `json`.
  public var fileExtension: String { "json" }

  /// How many acts or people a thread renders at a time, past two such blocks (a test makes it
  /// small to check the blocks give the bytes of one thread).
  let block: Int

  /// Creates the renderer.
  public init() { block = 2048 }

  /// A renderer cutting long lists into blocks of `block` rows.
  init(block: Int) { self.block = max(1, block) }

  /// The whole document, ending with a new line, written as it goes: no part of it is held.
  public func write(_ report: PreparedReport, to stream: inout ReportStream) {
    var json = JSONWriter(stream)
    json.object { json in document(report, &json) }
    stream = json.finish()
  }

  private func document(_ report: PreparedReport, _ json: inout JSONWriter) {
    let contents = report.contents
    let context = report.context
    let audit = contents.audit
    json.field("schema", Self.schema)
    json.object("case") { json in
      json.field("id", audit.id)
      json.field("title", audit.title)
      json.field("subject", audit.subject)
      json.field("subject_name", contents.name(of: audit.subject))
      json.object("period") { json in
        json.field("from", audit.period.from.description)
        json.field("to", audit.period.to.description)
      }
      json.field("summary", audit.summary)
      json.field("path", context.caseInput.path)
    }
    front(contents, &json)
    review(contents, &json)
    counts(contents.counts, &json)
    json.array("hits") { json in
      for finding in contents.findings {
        for item in finding.hits { hit(item, &json) }
      }
      for pattern in contents.assessment.patterns { hit(pattern.hit, &json) }
    }
    json.array("findings") { json in
      for item in contents.findings { finding(item, contents, &json) }
    }
    json.array("background") { json in
      for item in contents.assessment.background { finding(item, contents, &json) }
    }
    json.array("patterns") { json in
      for pattern in contents.assessment.patterns {
        json.object { json in
          json.field("rule", pattern.hit.rule)
          json.field("principle", pattern.hit.principle)
          json.field("severity", pattern.hit.severity.rawValue)
          json.field("actions", strings: pattern.hit.actions)
          json.field("findings", strings: pattern.findings)
        }
      }
    }
    json.array("context") { json in
      for item in contents.assessment.context { contextHit(item, contents, &json) }
    }
    json.array("undecided") { json in
      for item in contents.undecided {
        json.object { json in
          json.field("rule", item.rule)
          json.field("action", item.action)
          json.field("person", item.person)
          json.field("missing", strings: item.missing)
        }
      }
    }
    json.array("rules") { json in rules(contents, &json) }
    json.array("actions") { json in
      let actions = contents.actions
      json.elements(actions.count, block: block) { position, json in
        action(actions.all, at: actions.casePosition(position), contents, &json)
      }
    }
    json.array("episodes") { json in
      for episode in audit.episodes.sorted(by: { $0.id < $1.id }) {
        json.object { json in
          json.field("id", episode.id)
          json.field("title", episode.title)
          json.field("summary", episode.summary)
          json.field("actions", strings: episode.actions)
        }
      }
    }
    json.array("unmatched_actions") { json in
      let unmatched = contents.unmatchedActions
      for position in unmatched.indices { json.string(unmatched.id(at: position)) }
    }
    json.array("responses") { json in
      for item in audit.responses { response(item, contents, &json) }
    }
    json.array("organizations") { json in
      for item in audit.organizations.sorted(by: { $0.id < $1.id }) { organization(item, &json) }
    }
    json.array("people") { json in
      let people = audit.people
      let order = people.indices.sorted { people[$0].id < people[$1].id }
      json.elements(order.count, block: block) { position, json in
        person(people[order[position]], &json)
      }
    }
    json.array("sources") { json in
      for item in contents.sources { source(item, contents, &json) }
    }
    json.array("principles") { json in
      for principle in contents.engagedPrinciples {
        json.object { json in
          json.field("id", principle.id)
          json.field("name", principle.name)
          json.field("text", principle.text)
          json.field("source", principle.source)
          json.field("url", principle.url)
        }
      }
    }
    json.array("standards") { json in standards(contents, &json) }
    json.array("references") { json in references(contents, &json) }
    json.array("packs") { json in
      for pack in context.catalogue.packs {
        json.object { json in
          json.field("name", pack.name)
          json.field("version", pack.version)
        }
      }
    }
    json.array("inputs") { json in
      for input in contents.inputs {
        json.object { json in
          json.field("path", input.path)
          json.field("sha256", input.sha256)
        }
      }
    }
    json.field("tool_version", context.toolVersion)
    json.field("date", context.date)
    json.field("principle_filter", strings: context.principles.sorted())
    json.field("reproduce", ReportLayout.reproduction(context))
  }

  private func counts(_ counts: ReportCounts, _ json: inout JSONWriter) {
    json.object("counts") { json in
      json.field("findings", counts.findings)
      json.field("patterns", counts.patterns)
      json.field("hits", counts.hits)
      json.field("context", counts.context)
      json.field("rules", counts.rules)
      json.field("rules_without_match", counts.quietRules)
      json.field("undecided", counts.undecided)
      json.field("unmatched_actions", counts.unmatchedActions)
      json.object("by_severity") { json in
        for (severity, n) in counts.bySeverity {
          json.key(named: severity.rawValue)
          json.int(n)
        }
      }
      json.object("by_principle") { json in
        for principle in counts.byPrinciple {
          json.key(named: principle.id)
          json.int(principle.findings)
        }
      }
    }
  }
}
