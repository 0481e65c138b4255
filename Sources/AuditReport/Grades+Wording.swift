import AuditCore

extension Severity {
  /// The severity as a word starting with a capital: `High`.
  var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

extension Strength {
  /// What the strength means, in a phrase a reader needs no glossary for.
  var meaning: String {
    switch self {
    case .established:
      "shown by the actor's own words in a primary source or by independent sources"
    case .reported: "reported by one reliable, credible source"
    case .alleged: "alleged: the evidence falls below the threshold for one reliable source"
    }
  }
}

/// The words reports use for grades and checks.
enum GradeWording {
  /// `B2 — usually reliable source; probably true`.
  static func grade(_ reliability: Reliability, _ credibility: Int) -> String {
    let source =
      reliability == .F ? "source reliability cannot be judged" : reliability.meaning + " source"
    return "\(reliability.rawValue)\(credibility) — \(source); \(Credibility.meaning(credibility))"
  }

  /// `B — usually reliable`.
  static func reliability(_ reliability: Reliability) -> String {
    "\(reliability.rawValue) — \(reliability.meaning)"
  }

  /// Whether a quote was found in its source's archived copy.
  static func verification(_ verified: Bool?) -> String {
    switch verified {
    case true?: "✓ verified against the archived copy"
    case false?: "✗ not verified: not found in the archived copy"
    case nil: "not checked (no archived copy was read)"
    }
  }
}
