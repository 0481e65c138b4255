import AuditCore

/// Decodes the sections of a case file (and of the small cases rule tests build).
struct CaseDecoder {
  let decoder: NodeDecoder
  let path: String

  /// Defaults a rule test fills in for what it leaves out.
  struct ActionDefaults {
    var id: String
    var date: DateRange
    var evidence: Evidence
  }

  /// The sections of a case file that are lists, which a streamed read hands over item by item.
  static let lists: Set<String> = [
    "organizations", "people", "sources", "actions", "episodes", "responses",
  ]

  /// A case read whole (a small file, a test); a large one is read part by part through
  /// `CaseAssembly`, which this uses too.
  func decodeCase(_ root: YAMLNode) -> AuditCase? {
    var assembly = CaseAssembly(cases: self)
    assembly.take(.document(root))
    return assembly.finish()
  }

  /// The `case:` header and the parts read before it, made into a case.
  func decodeCase(
    header: YAMLNode, organizations: [Organization], people: [Person], sources: [Source],
    actions: [Action], episodes: [Episode], responses: [(Response, by: SourceLocation)]
  ) -> AuditCase? {
    guard let info = decoder.mapping(header, .caseHeader) else { return nil }
    let id = info.id("id")
    let title = info.string("title")
    let subject = info.reference("subject", .organization)
    let summary = info.string("summary")
    var period: (PartialDate, PartialDate)?
    if let node = info.required("period"),
      let fields = decoder.mapping(node, .period),
      let from = fields.date("from"), let to = fields.date("to")
    {
      if from.firstDay > to.lastDay { decoder.report(LoadErrors.periodOrder(at: node.location)) }
      period = (from, to)
    }
    // Only the case's subject can reply.
    for (response, location) in responses {
      if let subject, !response.by.isEmpty, response.by != subject {
        decoder.report(LoadErrors.responseNotBySubject(response.by, subject: subject, at: location))
      }
    }
    guard let id, let title, let subject, let summary, let period else { return nil }
    // A reply that names no one is the subject's.
    let replies = responses.map { response, _ in
      var response = response
      if response.by.isEmpty { response.by = subject }
      return response
    }
    return AuditCase(
      id: id, title: title, subject: subject, period: period, summary: summary,
      organizations: organizations, people: people, sources: sources, actions: actions,
      episodes: episodes, responses: replies, path: path)
  }

  /// Records the id of an entry as soon as it is read.
  func declare(_ node: YAMLNode, _ referent: NodeDecoder.Referent) {
    if case .mapping(let pairs) = node.content,
      let id = pairs.first(where: { $0.key.scalar == "id" })?.value.scalar
    {
      decoder.declared.insert(id, as: referent)
    }
  }

  func organization(_ node: YAMLNode) -> Organization? {
    declare(node, .organization)
    guard
      let f = decoder.mapping(node, .organization),
      let id = f.id("id"), let name = f.string("name"),
      let type = f.term("type", .organizationTypes)
    else { return nil }
    let country = f.string("country")
    if let country, !ISOCodes.isCountry(country) {
      let shape = country.count == 2 && country.allSatisfy({ $0.isASCII && $0.isUppercase })
      decoder.report(
        .error(
          .schemaValue,
          "'\(country)' is not an ISO 3166-1 alpha-2 country code"
            + (shape ? " (no country is assigned it)" : " (two capital letters)"),
          at: f["country"]!.location))
    }
    return Organization(id: id, name: name, type: type, country: country, location: node.location)
  }

  func person(_ node: YAMLNode) -> Person? {
    declare(node, .person)
    guard let f = decoder.mapping(node, .person),
      let id = f.id("id"), let name = f.string("name")
    else { return nil }
    let positions = f.list("positions").compactMap { item -> Person.Position? in
      guard
        let p = decoder.mapping(item, .position),
        let organization = p.reference("organization", .organization),
        let role = p.term("role", .roles)
      else { return nil }
      return Person.Position(
        organization: organization, role: role, from: p.date("from"), to: p.date("to"),
        evidence: p.list("evidence").compactMap(evidence), note: p.string("note"),
        location: item.location)
    }
    return Person(id: id, name: name, positions: positions, location: node.location)
  }

  func source(_ node: YAMLNode) -> Source? {
    declare(node, .source)
    guard
      let f = decoder.mapping(node, .source),
      let id = f.id("id"), let title = f.string("title"),
      let type = f.term("type", .sourceTypes),
      let gradeNode = f.required("reliability"),
      let reliability = decoder.choice(gradeNode, "reliability", as: Reliability.self)
    else { return nil }
    var archive: Source.Archive?
    if let node = f["archive"], let a = decoder.mapping(node, .archive) {
      // Each key read, so that every one missing or wrong is reported at once.
      let path = a.string("path")
      let hash = a.string("sha256")
      let coverage = a.required("coverage").flatMap {
        decoder.choice($0, "coverage", as: Source.Archive.Coverage.self)
      }
      archive = self.archive(a, path: path, hash: hash, coverage: coverage, at: node.location)
    }
    return Source(
      id: id, title: title, publisher: f.string("publisher"), author: f.string("author"),
      type: type,
      reliability: reliability, published: f.date("published"),
      url: f["url"].flatMap { decoder.url($0, "'url'") }, archive: archive,
      by: f.reference("by", .party),
      derivedFrom: f.references("derived_from", .source), story: f.string("story"),
      language: language(f["language"]),
      republishedFrom: f["republished_from"].flatMap(republication), location: node.location)
  }

  /// A source's archived copy from its keys read, its hash checked.
  private func archive(
    _ a: Fields, path: String?, hash: String?, coverage: Source.Archive.Coverage?,
    at location: SourceLocation
  ) -> Source.Archive? {
    guard let path, let hash, let coverage else { return nil }
    if hash.count != 64 || !hash.allSatisfy({ $0.isHexDigit }) {
      decoder.report(
        .error(
          .schemaValue, "'sha256' must be 64 hexadecimal digits", at: a["sha256"]!.location))
    }
    return Source.Archive(
      path: path, sha256: hash.lowercased(), coverage: coverage, location: location)
  }
  /// A language code such as `en`, `az` or `pt-BR`.
  private func language(_ node: YAMLNode?) -> String? {
    guard let node, let text = decoder.string(node, "'language'") else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let base = parts.first, ISOCodes.isLanguage(base),
      parts.dropFirst().allSatisfy({
        (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      })
    else {
      decoder.report(LoadErrors.badLanguage(text, at: node.location))
      return nil
    }
    return text
  }

  /// Where an archived copy was first published: a publisher, a URL, or both.
  private func republication(_ node: YAMLNode) -> Source.Republication? {
    guard let f = decoder.mapping(node, .republication)
    else { return nil }
    let publisher = f.string("publisher")
    let url = f["url"].flatMap { decoder.url($0, "'url'") }
    if f["publisher"] == nil, f["url"] == nil {
      decoder.report(LoadErrors.emptyRepublication(at: node.location))
    }
    return Source.Republication(publisher: publisher, url: url)
  }

  /// An evidence item; `kind` is required, with no default, so that what the item shows
  /// (the actor's words, a fact, the source's analysis, context) is always a choice made.
  func evidence(_ node: YAMLNode) -> Evidence? {
    guard
      let f = decoder.mapping(node, .evidence)
    else { return nil }
    let source = f.reference("source", .source)
    let quote = f.string("quote")
    let credibility = f.required("credibility").flatMap {
      decoder.int($0, "credibility", range: Credibility.range)
    }
    var kind: EvidenceKind?
    if let kindNode = f["kind"] {
      kind = decoder.choice(kindNode, "evidence kind", as: EvidenceKind.self)
    } else {
      decoder.report(
        LoadErrors.missingEvidenceKind(at: f.entry("kind")?.key.location ?? node.location))
    }
    let translated = f.bool("translated")
    let original = f.string("original")
    let translatedBy = f.string("translated_by")
    // An original or a translator says the quote is a translation: `translated: false` beside
    // either contradicts it.
    if translated == false, let key = f.entry("original") ?? f.entry("translated_by") {
      decoder.report(
        LoadErrors.untranslatedOriginal(key.key.scalar ?? "original", at: key.key.location))
    }
    guard let source, let quote, let credibility, let kind else { return nil }
    return Evidence(
      source: source, quote: quote, locator: f.string("locator"), credibility: credibility,
      kind: kind, translated: translated ?? (original != nil || translatedBy != nil),
      original: original, translatedBy: translatedBy,
      location: f["quote"]?.location ?? node.location)
  }

  /// An action; in a rule test (`defaults` given) id, date, summary and evidence may be left out.
  func action(_ node: YAMLNode, defaults: ActionDefaults?) -> Action? {
    let testing = defaults != nil
    declare(node, .action)
    guard let f = decoder.mapping(node, testing ? .testAction : .action) else { return nil }
    let id = f.id("id") ?? defaults?.id
    let date = f.dateRange("date") ?? defaults?.date
    let capacity = f["capacity"].flatMap { decoder.choice($0, "capacity", as: Capacity.self) }
    let actor = f.reference("actor", .party)
    let type = f.term("type", .actionTypes)
    let summary = f.string("summary") ?? (testing ? "(test action)" : nil)
    let items = f.list("evidence")
    var evidence = items.compactMap(evidence)
    // Two items of one act often quote the same words (two outlets reporting them): the later
    // shares the earlier's storage.
    for later in evidence.indices.dropFirst() {
      if let earlier = evidence[..<later].first(where: { $0.quote == evidence[later].quote }) {
        evidence[later].quote = earlier.quote
      }
    }
    if let defaults, evidence.isEmpty {
      evidence = [defaults.evidence]
    } else if items.isEmpty, let node = f["evidence"] {
      decoder.report(LoadErrors.noEvidence(id ?? "?", at: node.location))
    }
    guard let id, let date, let actor, let type, let summary else { return nil }
    return Action(
      id: id, date: date, dateNote: f.string("date_note"), actor: actor,
      onBehalfOf: f.reference("on_behalf_of", .organization), capacity: capacity, type: type,
      channel: f.string("channel"), summary: summary, quote: f.string("quote"),
      targets: f.references("targets", .party),
      tags: f.terms("tags", .tags), evidence: evidence, location: node.location)
  }

  /// A reply, with where its `by` is written (or the entry, without one): only the case's
  /// `subject` can give one, which is checked once the header is read. A reply that names no one (`by`
  /// left out) is the subject's, filled in then.
  func response(_ node: YAMLNode) -> (Response, by: SourceLocation)? {
    guard
      let f = decoder.mapping(node, .response),
      let outcomeNode = f.required("outcome"),
      let outcome = decoder.choice(outcomeNode, "outcome", as: Response.Outcome.self)
    else { return nil }
    let byNode = f["by"]
    var by = ""
    if let byNode {
      guard let id = decoder.reference(byNode, .party) else { return nil }
      by = id
    }
    var answered: Response.Answered?
    if let toNode = f["to"], let t = decoder.mapping(toNode, .responseTo) {
      if t["actions"] == nil, t["episodes"] == nil {
        decoder.report(LoadErrors.emptyReplyTarget(at: toNode.location))
      }
      answered = Response.Answered(
        actions: t.references("actions", .action), episodes: t.references("episodes", .episode))
    }
    let response = Response(
      by: by, to: answered, requested: f.date("requested"), date: f.date("date"),
      channel: f.string("channel"), outcome: outcome, text: f.string("text"),
      evidence: f.list("evidence").compactMap(evidence), location: node.location)
    return (response, byNode?.location ?? node.location)
  }
}
