import AuditCore
import AuditEngine
import AuditLoading

/// The report of one case as JSON, schema `audit-report/1` (docs/report-schema.md).
///
/// The same content as the Markdown report, as data: keys in a fixed order, lists sorted as in
/// the Markdown report, strings exactly as in the case. Same context, same bytes.
public struct JSONReport: ReportRenderer {
  /// The value of the document's `schema` key.
  public static let schema = "audit-report/1"

  /// `json`.
  public var fileExtension: String { "json" }

  /// Creates the renderer.
  public init() {}

  /// The whole document, ending with a new line.
  public func render(_ context: ReportContext) -> String {
    let contents = ReportContents(context)
    let audit = contents.audit
    let markdown = MarkdownReport()
    let findings = contents.subjectFindings + contents.otherFindings
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
      "principles": .array(contents.glance.map(glance)),
      "findings": .array(findings.map { finding($0, contents) }),
      "rules": .array(rules(contents)),
      "rules_without_findings": .strings(contents.quietOutcomes.map(\.rule)),
      "actions": .array(contents.actions.map { action($0, contents) }),
      "unmatched_actions": .strings(contents.unmatchedActions.map(\.id)),
      "responses": .array(contents.responses.map { response($0, contents) }),
      "organizations": .array(audit.organizations.sorted { $0.id < $1.id }.map(organization)),
      "people": .array(audit.people.sorted { $0.id < $1.id }.map(person)),
      "sources": .array(contents.sources.map { source($0, contents) }),
      "references": .array(references(findings, context.catalog)),
      "packs": .array(
        context.catalog.packs.map {
          .object(["name": .string($0.name), "version": .string($0.version)])
        }),
      "inputs": .array(
        markdown.inputs(context).map {
          .object(["path": .string($0.path), "sha256": .string($0.sha256)])
        }),
      "tool_version": .string(context.toolVersion),
      "date": .string(context.date),
      "principle_filter": .strings(context.principles.sorted()),
      "reproduce": .string(markdown.reproduction(context)),
    ])
    return document.serialized()
  }

  private func glance(_ row: ReportContents.Glance) -> JSONValue {
    let counts = Strength.allCases.reversed().map { strength in
      JSONValue.Field(
        key: strength.rawValue, value: .int(row.strengths.first { $0.0 == strength }?.1 ?? 0))
    }
    return .object([
      "id": .string(row.principle.id), "name": .string(row.principle.name),
      "text": .string(row.principle.text), "source": .string(row.principle.source),
      "url": .string(row.principle.url), "rules": .int(row.rules), "findings": .int(row.findings),
      "highest_severity": .string(row.highest?.rawValue), "strengths": .object(counts),
    ])
  }

  private func finding(_ finding: Finding, _ contents: ReportContents) -> JSONValue {
    .object([
      "rule": .string(finding.rule), "title": .string(finding.title),
      "principle": .string(finding.principle), "severity": .string(finding.severity.rawValue),
      "organization": .string(finding.organization),
      "about_subject": .bool(finding.organization == contents.audit.subject),
      "actions": .strings(finding.actions), "person": .string(finding.person),
      "message": .string(finding.message), "strength": .string(finding.strength.rawValue),
      "strength_basis": .string(finding.strengthBasis),
      "conditions": .array(
        finding.conditions.map {
          .object(["text": .string($0.text), "values": .strings($0.values)])
        }),
      "evidence": .array(
        finding.evidence.map { item in
          .object([
            "action": .string(item.action.isEmpty ? nil : item.action),
            "source": .string(item.evidence.source), "quote": .string(item.evidence.quote),
            "locator": .string(item.evidence.locator),
            "reliability": .string(item.reliability.rawValue),
            "credibility": .int(item.evidence.credibility),
            "verified": Self.verified(item.verified ?? contents.verified(item.evidence)),
          ])
        }),
      "references": .strings(finding.references),
    ])
  }

  private func rules(_ contents: ReportContents) -> [JSONValue] {
    contents.rules.map { rule in
      let outcome = contents.context.evaluation.outcomes.first { $0.rule == rule.id }
      return .object([
        "rule": .string(rule.id), "title": .string(rule.title),
        "principle": .string(rule.basis.id),
        "severity": .string(rule.severity.rawValue), "scope": .string(rule.scope.rawValue),
        "evaluated": .bool(outcome != nil), "considered": .int(outcome?.considered ?? 0),
        "first": .string(outcome?.span?.first.description),
        "last": .string(outcome?.span?.last.description),
        "findings": .int(outcome?.findings ?? 0),
      ])
    }
  }

  private func action(_ action: Action, _ contents: ReportContents) -> JSONValue {
    .object([
      "id": .string(action.id), "date": .string(action.date.description),
      "actor": .string(action.actor),
      "on_behalf_of": .string(action.onBehalfOf), "type": .string(action.type),
      "channel": .string(action.channel), "summary": .string(action.summary),
      "quote": .string(action.quote),
      "targets": .strings(action.targets), "tags": .strings(action.tags),
      "evidence": .array(action.evidence.map { evidence($0, contents) }),
      "cited_by": .strings(contents.rules(citing: action.id)),
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
      "locator": .string(item.locator),
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
      "cited": .bool(contents.citedSources.contains(source.id)),
      "archive_checked": .bool(contents.context.verification.checkedSources.contains(source.id)),
      "quotes": .int(check.quotes), "verified_quotes": .int(check.verified),
      "unverified_quotes": .int(check.notFound),
    ])
  }

  /// The catalogue entries of every reference the findings cite (the principles are above).
  private func references(_ findings: [Finding], _ catalog: RuleCatalog) -> [JSONValue] {
    let ids = Set(findings.flatMap(\.references)).filter { !$0.hasPrefix("principle.") }.sorted()
    return ids.compactMap(catalog.reference).map { reference in
      .object([
        "id": .string(reference.id), "title": .string(reference.title),
        "text": .string(reference.text),
        "summary": .string(reference.summary), "url": .string(reference.url),
        "status": .string(reference.status.rawValue),
      ])
    }
  }

  private static func verified(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }
}
