import AuditCore

extension JSONReport {
  /// Why a hit is background, as one word of the report's schema.
  static func backgroundWord(_ background: RuleHit.Background) -> String {
    switch background {
    case .outsidePeriod: "outside_period"
    case .beforeNorms: "before_norms"
    }
  }
}
