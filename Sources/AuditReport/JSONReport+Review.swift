import AuditCore
import AuditEngine

/// The review record in the JSON report: where the case stands, each finding's decision, the
/// decisions no finding matches and the analyst's recorded judgements (docs/report-schema.md).
extension JSONReport {
  /// The top-level `review`: a draft with no file when the case has no review record.
  func review(_ contents: ReportContents, _ json: inout JSONWriter) {
    let review = contents.review
    json.object("review") { json in
      json.field("status", review.status.rawValue)
      json.field("status_date", review.record?.statusDate?.description)
      json.field("file", review.record?.path)
      json.array("orphaned_decisions") { json in
        for decision in review.orphanedDecisions {
          json.object { json in
            json.field("finding", decision.finding)
            json.field("fingerprint", decision.fingerprint)
            decisionFields(decision, &json)
          }
        }
      }
      let contradicted = Set(review.contradictedJudgements)
      json.array("judgements") { json in
        for judgement in review.record?.judgements ?? [] {
          json.object { json in
            json.field("action", judgement.action)
            json.field("tag", judgement.tag)
            json.field("judgement", judgement.judgement.rawValue)
            json.field("reason", judgement.reason)
            json.field("contradicted", contradicted.contains(judgement))
          }
        }
      }
    }
  }

  /// A finding's `review`: its decision, and whether its basis changed since.
  func standing(_ standing: ReviewAssessment.Standing, _ json: inout JSONWriter) {
    json.object("review") { json in
      if let decision = standing.decision {
        decisionFields(decision, &json)
      } else {
        json.field("decision", ReviewDecision.Verdict.open.rawValue)
        json.field("reason", nil as String?)
        json.field("decided_by", nil as String?)
        json.field("date", nil as String?)
      }
      json.field("changed_since_decided", standing.isChanged)
      json.field("fingerprint_decided", standing.decision?.fingerprint)
      json.field("recorded", standing.decision != nil)
    }
  }

  private func decisionFields(_ decision: ReviewDecision, _ json: inout JSONWriter) {
    json.field("decision", decision.verdict.rawValue)
    json.field("reason", decision.reason)
    json.field("decided_by", decision.decidedBy)
    json.field("date", decision.date?.description)
  }
}
