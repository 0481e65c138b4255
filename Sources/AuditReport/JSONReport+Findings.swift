import AuditCore
import AuditEngine

/// The hits, findings, context and rules of the JSON report.
extension JSONReport {
  func hit(_ hit: RuleHit, _ json: inout JSONWriter) {
    json.object { json in
      json.field("rule", hit.rule)
      json.field("title", hit.title)
      json.field("principle", hit.principle)
      json.field("breaches", strings: hit.breaches)
      json.field("in_force", strings: hit.inForce)
      json.field("background", hit.background.map(Self.backgroundWord))
      json.field("severity", hit.severity.rawValue)
      json.field("severity_because", hit.severityBecause)
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

  func finding(
    _ finding: Finding, _ contents: ReportContents, _ json: inout JSONWriter
  ) {
    json.object { json in
      json.field("number", contents.number(of: finding.id) ?? 0)
      json.field("id", finding.id)
      json.field("fingerprint", finding.fingerprint)
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
            json.field("text", ReportLayout.pointToVerifyPlain(point, contents))
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
            json.field("original", item.evidence.original)
            json.field("translated_by", item.evidence.translatedBy)
            json.field("reliability", item.reliability.rawValue)
            json.field("credibility", item.evidence.credibility)
            json.field("verified", item.verified)
            json.field("checked_against", item.checkedAgainst?.rawValue)
          }
        }
      }
      json.field("independent_sources", strings: finding.independentSources)
      json.array("replies") { json in
        for reply in finding.replies { response(reply, contents, &json) }
      }
      standing(contents.review.standing(of: finding.id), &json)
    }
  }

  func contextHit(_ hit: RuleHit, _ contents: ReportContents, _ json: inout JSONWriter) {
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

  func rules(_ contents: ReportContents, _ json: inout JSONWriter) {
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
        json.field("hits", outcome?.hits ?? 0)
        json.field("undecided", outcome?.undecided ?? 0)
      }
    }
  }
}
