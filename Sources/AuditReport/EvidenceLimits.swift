import AuditCore
import AuditEngine

/// What the case's evidence can and cannot bear, computed from the case: the report states it
/// where a reader decides, before the findings.
struct EvidenceLimits: Sendable {
  /// Sources that some evidence item cites, by id.
  let citedSources: [Source]
  /// Of those, one for each independent body of reporting (SourceIndependence).
  let independentSources: [Source]
  /// Sources whose archived copy is a republication.
  let republished: [Source]
  /// Evidence items marked as translations, with their act (empty for a position or reply).
  let translated: [(action: String, evidence: Evidence)]
  /// Acts whose capacity is the analyst's reading.
  let inferredCapacities: [Action]
  /// Findings resting on analysis alone in every act.
  let analysisOnlyFindings: [Finding]
  /// Distinct quotes not verified against an archived copy (not found, or not checked).
  let unverifiedQuotes: Int
  /// Distinct quotes in all.
  let quotes: Int
  /// Distinct quotes found in an archived excerpt, not in a whole copy of their source.
  let verifiedInExcerpts: Int
  /// Acts dated only to a month, a year or a range.
  let approximateDates: Int
  /// Acts with an evidence item graded below what a finding may rest on: a source of
  /// reliability D–F or an item of credibility 4–6 (what a source could not confirm).
  let weaklyGraded: [Action]

  init(
    _ audit: AuditCase, index: CaseIndex, findings: [Finding],
    verification: QuoteVerification
  ) {
    let evidence = audit.allEvidence
    let citedIDs = Set(evidence.map(\.source))
    citedSources = audit.sources.filter { citedIDs.contains($0.id) }.sorted { $0.id < $1.id }
    independentSources = SourceIndependence.independent(citedSources, in: index)
    republished = citedSources.filter { $0.republishedFrom != nil }
    translated = audit.actions.flatMap { action in
      action.evidence.filter(\.translated).map { (action.id, $0) }
    }
    inferredCapacities = audit.actions.filter { $0.capacity == .inferred }.sorted {
      $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id
    }
    analysisOnlyFindings = findings.filter { finding in
      !finding.actions.isEmpty
        && finding.actions.allSatisfy { id in
          index.action(id).map { !$0.evidence.contains { $0.kind.countsTowardStrength } } ?? false
        }
    }
    var seen: Set<String> = []
    var (quotes, unverified, excerpts) = (0, 0, 0)
    for item in evidence where seen.insert(item.source + "\u{0}" + item.quote).inserted {
      quotes += 1
      if verification.status(of: item) != true {
        unverified += 1
      } else if verification.coverage(of: item) == .excerpt {
        excerpts += 1
      }
    }
    verifiedInExcerpts = excerpts
    self.quotes = quotes
    unverifiedQuotes = unverified
    approximateDates = audit.actions.filter { !$0.date.isExact }.count
    weaklyGraded = audit.actions.filter { action in
      action.evidence.contains { item in
        item.credibility >= 4 || (index.source(item.source)?.reliability ?? .F) >= .D
      }
    }
    .sorted { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }
  }
}
