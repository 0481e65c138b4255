import AuditCore
import AuditEngine
import AuditLoading

/// The report of one case as JSON, schema `audit-report/2` (docs/report-schema.md).
///
/// The same content as the Markdown report, as data: the rule hits with their conditions, the
/// findings (episodes) that group them, patterns, context hits, undecided evaluations, and the
/// inputs with their digests. Keys in a fixed order, lists sorted as in the Markdown report,
/// strings exactly as in the case. Same context, same bytes.
public struct JSONReport: ReportRenderer {
  /// The value of the document's `schema` key.
  public static let schema = "audit-report/2"

  /// `json`.
  public var fileExtension: String { "json" }

  /// Creates the renderer.
  public init() {}

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
      contents.actions.forEach { action($0, contents, &json) }
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
      contents.unmatchedActions.forEach { json.string($0.id) }
    }
    json.array("responses") { json in
      for item in audit.responses { response(item, contents, &json) }
    }
    json.array("organizations") { json in
      for item in audit.organizations.sorted(by: { $0.id < $1.id }) { organization(item, &json) }
    }
    json.array("people") { json in
      let people = audit.people.sorted { $0.id < $1.id }
      for index in people.indices { person(people[index], &json) }
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
      for pack in context.catalog.packs {
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
    json.field("reproduce", MarkdownReport().reproduction(context))
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

  private func hit(_ hit: Finding, _ json: inout JSONWriter) {
    json.object { json in
      json.field("rule", hit.rule)
      json.field("title", hit.title)
      json.field("principle", hit.principle)
      json.field("severity", hit.severity.rawValue)
      json.field("organization", hit.organization)
      json.field("actions", strings: hit.actions)
      json.field("person", hit.person)
      json.field("message", hit.message)
      json.field("strength", hit.strength.rawValue)
      json.field("strength_basis", hit.strengthBasis)
      json.array("conditions") { json in
        for condition in hit.conditions {
          json.object { json in
            json.field("text", condition.text)
            json.field("values", strings: condition.values)
          }
        }
      }
    }
  }

  private func finding(
    _ finding: EpisodeFinding, _ contents: ReportContents, _ json: inout JSONWriter
  ) {
    json.object { json in
      json.field("number", contents.number(of: finding.id) ?? 0)
      json.field("id", finding.id)
      json.field("episode", { if case .episode(let id) = finding.origin { id } else { nil } }())
      json.field("title", finding.title)
      json.field("actions", strings: finding.actions)
      json.field("other_actions", strings: finding.otherActions)
      json.field("person", finding.person)
      json.field("from", finding.span.map { $0.from.description })
      json.field("to", finding.span.map { $0.to.description })
      json.object("principles") { json in
        for engagement in finding.engagements {
          json.key(named: engagement.principle)
          json.array { json in for rule in engagement.rules { json.string(rule) } }
        }
      }
      json.array("engagements") { json in
        for engagement in finding.engagements {
          json.object { json in
            json.field("principle", engagement.principle)
            json.field("rules", strings: engagement.rules)
            json.field("severity", engagement.severity.rawValue)
            json.field("strength", engagement.strength.rawValue)
          }
        }
      }
      json.field("severity", finding.severity.rawValue)
      json.field("strength", finding.strength.rawValue)
      json.field("strength_basis", finding.strengthBasis)
      json.array("to_verify") { json in
        for point in finding.toVerify {
          json.object { json in
            json.field("kind", point.code)
            json.field("action", point.action)
            json.field("text", MarkdownReport().pointToVerifyPlain(point, contents))
          }
        }
      }
      json.array("evidence") { json in
        for item in finding.evidence {
          json.object { json in
            json.field("action", item.action.isEmpty ? nil : item.action)
            json.field("source", item.evidence.source)
            json.field("quote", item.evidence.quote)
            json.field("locator", item.evidence.locator)
            json.field("kind", item.evidence.kind.rawValue)
            json.field("translated", item.evidence.translated)
            json.field("reliability", item.reliability.rawValue)
            json.field("credibility", item.evidence.credibility)
            json.field("verified", item.verified)
          }
        }
      }
    }
  }

  private func contextHit(_ hit: Finding, _ contents: ReportContents, _ json: inout JSONWriter) {
    let basis = contents.rule(hit.rule)?.basis
    let standard: String? = if case .standard(let id)? = basis { id } else { nil }
    json.object { json in
      json.field("rule", hit.rule)
      json.field("title", hit.title)
      json.field("standard", standard)
      json.field("principle", standard == nil ? hit.principle : nil)
      json.field("severity", hit.severity.rawValue)
      json.field("organization", hit.organization)
      json.field("actions", strings: hit.actions)
      json.field("message", hit.message)
      json.field("strength", hit.strength.rawValue)
    }
  }

  private func rules(_ contents: ReportContents, _ json: inout JSONWriter) {
    var outcomes: [String: RuleOutcome] = [:]
    for outcome in contents.context.evaluation.outcomes where outcomes[outcome.rule] == nil {
      outcomes[outcome.rule] = outcome
    }
    for rule in contents.rules {
      let outcome = outcomes[rule.id]
      json.object { json in
        json.field("rule", rule.id)
        json.field("title", rule.title)
        json.field("principle", { if case .principle(let id) = rule.basis { id } else { nil } }())
        json.field("standard", { if case .standard(let id) = rule.basis { id } else { nil } }())
        json.field("severity", rule.severity.rawValue)
        json.field("scope", rule.scope.rawValue)
        json.field("evaluated", outcome != nil)
        json.field("considered", outcome?.considered ?? 0)
        json.field("first", outcome?.span?.first.description)
        json.field("last", outcome?.span?.last.description)
        json.field("hits", outcome?.findings ?? 0)
        json.field("undecided", outcome?.undecided ?? 0)
      }
    }
  }

  /// One act: written with `beginObject`, not closures, which would copy the act for each.
  private func action(_ action: Action, _ contents: ReportContents, _ json: inout JSONWriter) {
    let citations = contents.citations(of: action.id)
    json.beginObject()
    json.field("id", action.id)
    json.field("date", action.date.description)
    json.field("date_note", action.dateNote)
    json.field("actor", action.actor)
    json.field("on_behalf_of", action.onBehalfOf)
    json.field("capacity", action.capacity?.rawValue)
    json.field("type", action.type)
    json.field("channel", action.channel)
    json.field("summary", action.summary)
    json.field("quote", action.quote)
    json.field("targets", strings: action.targets)
    json.field("tags", strings: action.tags)
    json.key("evidence")
    json.beginArray()
    for index in action.evidence.indices { evidence(action.evidence[index], contents, &json) }
    json.end()
    json.field("findings", ints: citations.findings)
    json.field("context", citations.context)
    json.end()
  }

  private func response(_ response: Response, _ contents: ReportContents, _ json: inout JSONWriter)
  {
    json.object { json in
      json.field("to", response.to)
      json.field("requested", response.requested?.description)
      json.field("outcome", response.outcome.rawValue)
      json.field("text", response.text)
      json.array("evidence") { json in
        for item in response.evidence { evidence(item, contents, &json) }
      }
    }
  }

  private func evidence(_ item: Evidence, _ contents: ReportContents, _ json: inout JSONWriter) {
    json.beginObject()
    json.field("source", item.source)
    json.field("quote", item.quote)
    json.field("locator", item.locator)
    json.field("kind", item.kind.rawValue)
    json.field("translated", item.translated)
    json.field("credibility", item.credibility)
    json.field("verified", contents.verified(item))
    json.end()
  }

  private func organization(_ organization: Organization, _ json: inout JSONWriter) {
    json.object { json in
      json.field("id", organization.id)
      json.field("name", organization.name)
      json.field("type", organization.type)
      json.field("country", organization.country)
    }
  }

  private func person(_ person: Person, _ json: inout JSONWriter) {
    json.beginObject()
    json.field("id", person.id)
    json.field("name", person.name)
    json.key("positions")
    json.beginArray()
    for position in person.positions {
      json.beginObject()
      json.field("organization", position.organization)
      json.field("role", position.role)
      json.field("from", position.from?.description)
      json.field("to", position.to?.description)
      json.end()
    }
    json.end()
    json.end()
  }

  private func source(_ source: Source, _ contents: ReportContents, _ json: inout JSONWriter) {
    let check = contents.quoteCheck(source.id)
    json.object { json in
      json.field("id", source.id)
      json.field("title", source.title)
      json.field("publisher", source.publisher)
      json.field("author", source.author)
      json.field("type", source.type)
      json.field("reliability", source.reliability.rawValue)
      json.field("reliability_meaning", source.reliability.meaning)
      json.field("published", source.published?.description)
      json.field("url", source.url)
      json.field("url_linked", source.url.flatMap(ReportText.linkDestination) != nil)
      json.key("archive")
      if let archive = source.archive {
        json.object { json in
          json.field("path", archive.path)
          json.field("sha256", archive.sha256)
        }
      } else {
        json.null()
      }
      json.field("by", source.by)
      json.field("derived_from", strings: source.derivedFrom)
      json.field("language", source.language)
      json.key("republished_from")
      if let original = source.republishedFrom {
        json.object { json in
          json.field("publisher", original.publisher)
          json.field("url", original.url)
        }
      } else {
        json.null()
      }
      json.field("cited", contents.isCited(source.id))
      json.field(
        "archive_checked", contents.context.verification.checkedSources.contains(source.id))
      json.field("quotes", check.quotes)
      json.field("verified_quotes", check.verified)
      json.field("unverified_quotes", check.notFound)
    }
  }

  /// The catalogue entries of every reference the shown rules cite (the principles are above).
  private func references(_ contents: ReportContents, _ json: inout JSONWriter) {
    let ids = Set(contents.rules.flatMap(\.references)).sorted()
    for reference in ids.compactMap(contents.context.catalog.reference) {
      json.object { json in
        json.field("id", reference.id)
        json.field("title", reference.title)
        json.field("text", reference.status == .notRead ? nil : reference.text)
        json.field("summary", reference.summary)
        json.field("url", reference.url)
        json.field("status", reference.status.rawValue)
      }
    }
  }

  /// The standards of the context rules shown.
  private func standards(_ contents: ReportContents, _ json: inout JSONWriter) {
    let ids = Set(
      contents.rules.compactMap { rule -> String? in
        if case .standard(let id) = rule.basis { id } else { nil }
      }
    ).sorted()
    for standard in ids.compactMap(contents.context.catalog.standard) {
      json.object { json in
        json.field("id", standard.id)
        json.field("title", standard.title)
        json.field("text", standard.status == .notRead ? nil : standard.text)
        json.field("summary", standard.summary)
        json.field("url", standard.url)
        json.field("status", standard.status.rawValue)
        json.field("references", strings: standard.references)
      }
    }
  }
}
