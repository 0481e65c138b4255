import AuditCore

extension QuoteVerification {
  /// `items` as a hit or a finding cites them: each with the act it supports, its source's
  /// reliability (F when the case lacks the source) and whether its quote was found in the
  /// archived copy, and whether that copy is the whole source or an excerpt. The one place
  /// evidence is cited, for rule hits and findings alike.
  func cite(_ items: [Evidence], action: String, in index: CaseIndex) -> [RuleHit.CitedEvidence] {
    items.map { item in
      RuleHit.CitedEvidence(
        action: action, evidence: item, reliability: index.source(item.source)?.reliability ?? .F,
        verified: status(of: item), checkedAgainst: coverage(of: item))
    }
  }
}
