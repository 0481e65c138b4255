import AuditCore
import AuditEngine

/// The case itself in the JSON report: acts, replies, evidence, organisations, people, sources
/// and the catalogue entries the rules cite.
extension JSONReport {
  /// The act at `position` of `acts`: each field read through the list, alone, since a copy
  /// of the act would count references to all of them; written with `beginObject`, not
  /// closures, which would capture (and copy) what they write.
  func action(
    _ acts: [Action], at position: Int, _ contents: ReportContents, _ json: inout JSONWriter
  ) {
    let id = acts[position].id
    let citations = contents.citations(of: id)
    json.beginObject()
    json.field("id", id)
    json.field("date", acts[position].date.description)
    json.field("date_note", acts[position].dateNote)
    json.field("actor", acts[position].actor)
    json.field("on_behalf_of", acts[position].onBehalfOf)
    json.field("capacity", acts[position].capacity?.rawValue)
    json.field("type", acts[position].type)
    json.field("channel", acts[position].channel)
    json.field("summary", acts[position].summary)
    json.field("quote", acts[position].quote)
    json.field("targets", strings: acts[position].targets)
    json.field("tags", strings: acts[position].tags)
    json.key("evidence")
    json.beginArray()
    let evidence = acts[position].evidence
    for index in evidence.indices { self.evidence(evidence, at: index, contents, &json) }
    json.end()
    json.field("findings", ints: citations.findings)
    json.field("context", citations.context)
    json.end()
  }

  func response(_ response: Response, _ contents: ReportContents, _ json: inout JSONWriter) {
    json.object { json in
      json.field("by", response.by)
      json.field("to", response.by)
      json.object("answers", ifPresent: response.to) { json, answered in
        json.field("actions", strings: answered.actions)
        json.field("episodes", strings: answered.episodes)
      }
      json.field("requested", response.requested?.description)
      json.field("date", response.date?.description)
      json.field("channel", response.channel)
      json.field("outcome", response.outcome.rawValue)
      json.field("text", response.text)
      json.array("evidence") { json in
        let evidence = response.evidence
        for index in evidence.indices { self.evidence(evidence, at: index, contents, &json) }
      }
    }
  }

  /// The item at `index` of `items`, each field read through the list: a copy of the item
  /// would count references to all of them.
  func evidence(
    _ items: [Evidence], at index: Int, _ contents: ReportContents, _ json: inout JSONWriter
  ) {
    let (source, quote) = (items[index].source, items[index].quote)
    let verification = contents.context.verification
    json.beginObject()
    json.field("source", source)
    json.field("quote", quote)
    json.field("locator", items[index].locator)
    json.field("kind", items[index].kind.rawValue)
    json.field("translated", items[index].translated)
    json.field("original", items[index].original)
    json.field("translated_by", items[index].translatedBy)
    json.field("credibility", items[index].credibility)
    json.field("verified", verification.status(source: source, quote: quote))
    json.field("checked_against", verification.coverage(ofSource: source)?.rawValue)
    json.end()
  }

  func organization(_ organization: Organization, _ json: inout JSONWriter) {
    json.object { json in
      json.field("id", organization.id)
      json.field("name", organization.name)
      json.field("type", organization.type)
      json.field("country", organization.country)
    }
  }

  func person(_ person: Person, _ json: inout JSONWriter) {
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
      json.field("note", position.note)
      json.end()
    }
    json.end()
    json.end()
  }

  func source(_ source: Source, _ contents: ReportContents, _ json: inout JSONWriter) {
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
      json.object("archive", ifPresent: source.archive) { json, archive in
        json.field("path", archive.path)
        json.field("sha256", archive.sha256)
        json.field("coverage", archive.coverage.rawValue)
      }
      json.field("by", source.by)
      json.field("derived_from", strings: source.derivedFrom)
      json.field("story", source.story)
      json.field("language", source.language)
      json.object("republished_from", ifPresent: source.republishedFrom) { json, original in
        json.field("publisher", original.publisher)
        json.field("url", original.url)
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
  func references(_ contents: ReportContents, _ json: inout JSONWriter) {
    // The texts the rules cite and breach, and those the recommended measures rest on.
    let ids = Set(
      contents.rules.flatMap { $0.references + $0.breaches }
        + contents.recommendedMeasures.flatMap(\.measure.restsOn)
    ).sorted()
    for reference in ids.compactMap(contents.context.catalogue.reference) {
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
  func standards(_ contents: ReportContents, _ json: inout JSONWriter) {
    let ids = Set(
      contents.rules.compactMap { rule -> String? in
        if case .standard(let id) = rule.basis { id } else { nil }
      }
    ).sorted()
    for standard in ids.compactMap(contents.context.catalogue.standard) {
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
