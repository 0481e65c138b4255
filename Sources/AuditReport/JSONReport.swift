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

  /// The whole document, ending with a new line.
  public func render(_ report: PreparedReport) -> String {
    let contents = report.contents
    let context = report.context
    let audit = contents.audit
    let counts = contents.counts
    let findings = contents.findings
    let document: JSONValue = .object([
      "schema": .string(Self.schema),
      "case": .object([
        "id": .string(audit.id), "title": .string(audit.title), "subject": .string(audit.subject),
        "subject_name": .string(contents.name(of: audit.subject)),
        "period": .object([
          "from": .string(audit.period.from.description),
          "to": .string(audit.period.to.description),
        ]),
        "summary": .string(audit.summary), "path": .string(context.caseInput.path),
      ]),
      "counts": .object([
        "findings": .int(counts.findings), "patterns": .int(counts.patterns),
        "hits": .int(counts.hits), "context": .int(counts.context), "rules": .int(counts.rules),
        "rules_without_match": .int(counts.quietRules), "undecided": .int(counts.undecided),
        "unmatched_actions": .int(counts.unmatchedActions),
        "by_severity": .object(
          counts.bySeverity.map { .init(key: $0.0.rawValue, value: .int($0.1)) }),
        "by_principle": .object(
          counts.byPrinciple.map { .init(key: $0.id, value: .int($0.findings)) }),
      ]),
      "hits": .array(
        (findings.flatMap(\.hits) + contents.assessment.patterns.map(\.hit)).map {
          hit($0, contents)
        }),
      "findings": .array(findings.map { finding($0, contents) }),
      "patterns": .array(
        contents.assessment.patterns.map { pattern in
          .object([
            "rule": .string(pattern.hit.rule), "principle": .string(pattern.hit.principle),
            "severity": .string(pattern.hit.severity.rawValue),
            "actions": .strings(pattern.hit.actions), "findings": .strings(pattern.findings),
          ])
        }),
      "context": .array(contents.assessment.context.map { contextHit($0, contents) }),
      "undecided": .array(
        contents.undecided.map { item in
          .object([
            "rule": .string(item.rule), "action": .string(item.action),
            "person": .string(item.person), "missing": .strings(item.missing),
          ])
        }),
      "rules": .array(rules(contents)),
      "actions": .array(contents.actions.map { action($0, contents) }),
      "episodes": .array(
        audit.episodes.sorted { $0.id < $1.id }.map { episode in
          .object([
            "id": .string(episode.id), "title": .string(episode.title),
            "summary": .string(episode.summary), "actions": .strings(episode.actions),
          ])
        }),
      "unmatched_actions": .strings(contents.unmatchedActions.map(\.id)),
      "responses": .array(audit.responses.map { response($0, contents) }),
      "organizations": .array(audit.organizations.sorted { $0.id < $1.id }.map(organization)),
      "people": .array(audit.people.sorted { $0.id < $1.id }.map(person)),
      "sources": .array(contents.sources.map { source($0, contents) }),
      "principles": .array(
        contents.engagedPrinciples.map { principle in
          .object([
            "id": .string(principle.id), "name": .string(principle.name),
            "text": .string(principle.text), "source": .string(principle.source),
            "url": .string(principle.url),
          ])
        }),
      "standards": .array(standards(contents)),
      "references": .array(references(contents)),
      "packs": .array(
        context.catalog.packs.map {
          .object(["name": .string($0.name), "version": .string($0.version)])
        }),
      "inputs": .array(
        contents.inputs.map {
          .object(["path": .string($0.path), "sha256": .string($0.sha256)])
        }),
      "tool_version": .string(context.toolVersion),
      "date": .string(context.date),
      "principle_filter": .strings(context.principles.sorted()),
      "reproduce": .string(MarkdownReport().reproduction(context)),
    ])
    return document.serialized()
  }

  private func hit(_ hit: Finding, _ contents: ReportContents) -> JSONValue {
    .object([
      "rule": .string(hit.rule), "title": .string(hit.title),
      "principle": .string(hit.principle), "severity": .string(hit.severity.rawValue),
      "organization": .string(hit.organization), "actions": .strings(hit.actions),
      "person": .string(hit.person), "message": .string(hit.message),
      "strength": .string(hit.strength.rawValue), "strength_basis": .string(hit.strengthBasis),
      "conditions": .array(
        hit.conditions.map { .object(["text": .string($0.text), "values": .strings($0.values)]) }
      ),
    ])
  }

  private func finding(_ finding: EpisodeFinding, _ contents: ReportContents) -> JSONValue {
    .object([
      "number": .int(contents.number(of: finding.id) ?? 0), "id": .string(finding.id),
      "episode": .string({ if case .episode(let id) = finding.origin { id } else { nil } }()),
      "title": .string(finding.title), "actions": .strings(finding.actions),
      "other_actions": .strings(finding.otherActions), "person": .string(finding.person),
      "from": .string(finding.span.map { $0.from.description }),
      "to": .string(finding.span.map { $0.to.description }),
      "principles": .object(
        finding.engagements.map { .init(key: $0.principle, value: .strings($0.rules)) }),
      "engagements": .array(
        finding.engagements.map { engagement in
          .object([
            "principle": .string(engagement.principle), "rules": .strings(engagement.rules),
            "severity": .string(engagement.severity.rawValue),
            "strength": .string(engagement.strength.rawValue),
          ])
        }),
      "severity": .string(finding.severity.rawValue),
      "strength": .string(finding.strength.rawValue),
      "strength_basis": .string(finding.strengthBasis),
      "to_verify": .array(
        finding.toVerify.map { point in
          .object([
            "kind": .string(point.code), "action": .string(point.action),
            "text": .string(MarkdownReport().pointToVerifyPlain(point, contents)),
          ])
        }),
      "evidence": .array(
        finding.evidence.map { item in
          .object([
            "action": .string(item.action.isEmpty ? nil : item.action),
            "source": .string(item.evidence.source), "quote": .string(item.evidence.quote),
            "locator": .string(item.evidence.locator), "kind": .string(item.evidence.kind.rawValue),
            "translated": .bool(item.evidence.translated),
            "reliability": .string(item.reliability.rawValue),
            "credibility": .int(item.evidence.credibility),
            "verified": Self.verified(item.verified),
          ])
        }),
    ])
  }

  private func contextHit(_ hit: Finding, _ contents: ReportContents) -> JSONValue {
    let basis = contents.rule(hit.rule)?.basis
    let standard: String? = if case .standard(let id)? = basis { id } else { nil }
    return .object([
      "rule": .string(hit.rule), "title": .string(hit.title), "standard": .string(standard),
      "principle": .string(standard == nil ? hit.principle : nil),
      "severity": .string(hit.severity.rawValue), "organization": .string(hit.organization),
      "actions": .strings(hit.actions), "message": .string(hit.message),
      "strength": .string(hit.strength.rawValue),
    ])
  }

  private func rules(_ contents: ReportContents) -> [JSONValue] {
    contents.rules.map { rule in
      let outcome = contents.context.evaluation.outcomes.first { $0.rule == rule.id }
      return .object([
        "rule": .string(rule.id), "title": .string(rule.title),
        "principle": .string({ if case .principle(let id) = rule.basis { id } else { nil } }()),
        "standard": .string({ if case .standard(let id) = rule.basis { id } else { nil } }()),
        "severity": .string(rule.severity.rawValue), "scope": .string(rule.scope.rawValue),
        "evaluated": .bool(outcome != nil), "considered": .int(outcome?.considered ?? 0),
        "first": .string(outcome?.span?.first.description),
        "last": .string(outcome?.span?.last.description),
        "hits": .int(outcome?.findings ?? 0), "undecided": .int(outcome?.undecided ?? 0),
      ])
    }
  }

  private func action(_ action: Action, _ contents: ReportContents) -> JSONValue {
    .object([
      "id": .string(action.id), "date": .string(action.date.description),
      "date_note": .string(action.dateNote), "actor": .string(action.actor),
      "on_behalf_of": .string(action.onBehalfOf),
      "capacity": .string(action.capacity?.rawValue), "type": .string(action.type),
      "channel": .string(action.channel), "summary": .string(action.summary),
      "quote": .string(action.quote),
      "targets": .strings(action.targets), "tags": .strings(action.tags),
      "evidence": .array(action.evidence.map { evidence($0, contents) }),
      "findings": .array(contents.citations(of: action.id).findings.map(JSONValue.int)),
      "context": .bool(contents.citations(of: action.id).context),
    ])
  }

  private func response(_ response: Response, _ contents: ReportContents) -> JSONValue {
    .object([
      "to": .string(response.to), "requested": .string(response.requested?.description),
      "outcome": .string(response.outcome.rawValue), "text": .string(response.text),
      "evidence": .array(response.evidence.map { evidence($0, contents) }),
    ])
  }

  private func evidence(_ item: Evidence, _ contents: ReportContents) -> JSONValue {
    .object([
      "source": .string(item.source), "quote": .string(item.quote),
      "locator": .string(item.locator), "kind": .string(item.kind.rawValue),
      "translated": .bool(item.translated),
      "credibility": .int(item.credibility), "verified": Self.verified(contents.verified(item)),
    ])
  }

  private func organization(_ organization: Organization) -> JSONValue {
    .object([
      "id": .string(organization.id), "name": .string(organization.name),
      "type": .string(organization.type), "country": .string(organization.country),
    ])
  }

  private func person(_ person: Person) -> JSONValue {
    .object([
      "id": .string(person.id), "name": .string(person.name),
      "positions": .array(
        person.positions.map { position in
          .object([
            "organization": .string(position.organization), "role": .string(position.role),
            "from": .string(position.from?.description), "to": .string(position.to?.description),
          ])
        }),
    ])
  }

  private func source(_ source: Source, _ contents: ReportContents) -> JSONValue {
    let check = contents.quoteCheck(source.id)
    return .object([
      "id": .string(source.id), "title": .string(source.title),
      "publisher": .string(source.publisher),
      "author": .string(source.author), "type": .string(source.type),
      "reliability": .string(source.reliability.rawValue),
      "reliability_meaning": .string(source.reliability.meaning),
      "published": .string(source.published?.description), "url": .string(source.url),
      "url_linked": .bool(source.url.flatMap(ReportText.linkDestination) != nil),
      "archive": source.archive.map {
        .object(["path": .string($0.path), "sha256": .string($0.sha256)])
      } ?? .null,
      "by": .string(source.by), "derived_from": .strings(source.derivedFrom),
      "language": .string(source.language),
      "republished_from": source.republishedFrom.map {
        .object(["publisher": .string($0.publisher), "url": .string($0.url)])
      } ?? .null,
      "cited": .bool(contents.isCited(source.id)),
      "archive_checked": .bool(contents.context.verification.checkedSources.contains(source.id)),
      "quotes": .int(check.quotes), "verified_quotes": .int(check.verified),
      "unverified_quotes": .int(check.notFound),
    ])
  }

  /// The catalogue entries of every reference the shown rules cite (the principles are above).
  private func references(_ contents: ReportContents) -> [JSONValue] {
    let ids = Set(contents.rules.flatMap(\.references)).sorted()
    return ids.compactMap(contents.context.catalog.reference).map { reference in
      .object([
        "id": .string(reference.id), "title": .string(reference.title),
        "text": .string(reference.status == .notRead ? nil : reference.text),
        "summary": .string(reference.summary), "url": .string(reference.url),
        "status": .string(reference.status.rawValue),
      ])
    }
  }

  /// The standards of the context rules shown.
  private func standards(_ contents: ReportContents) -> [JSONValue] {
    let ids = Set(
      contents.rules.compactMap { rule -> String? in
        if case .standard(let id) = rule.basis { id } else { nil }
      }
    ).sorted()
    return ids.compactMap(contents.context.catalog.standard).map { standard in
      .object([
        "id": .string(standard.id), "title": .string(standard.title),
        "text": .string(standard.status == .notRead ? nil : standard.text),
        "summary": .string(standard.summary), "url": .string(standard.url),
        "status": .string(standard.status.rawValue), "references": .strings(standard.references),
      ])
    }
  }

  private static func verified(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }
}
