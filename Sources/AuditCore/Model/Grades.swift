/// Source reliability on the Admiralty scale: A completely reliable … E unreliable, F cannot be judged.
public enum Reliability: String, CaseIterable, Comparable, Sendable {
  case A, B, C, D, E, F

  /// The grade's meaning in words.
  public var meaning: String {
    switch self {
    case .A: "completely reliable"
    case .B: "usually reliable"
    case .C: "fairly reliable"
    case .D: "not usually reliable"
    case .E: "unreliable"
    case .F: "reliability cannot be judged"
    }
  }

  public static func < (lhs: Reliability, rhs: Reliability) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Information credibility on the Admiralty scale, 1 (confirmed) … 6 (cannot be judged).
public enum Credibility {
  /// The valid grades.
  public static let range = 1...6

  /// The grade's meaning in words.
  public static func meaning(_ grade: Int) -> String {
    switch grade {
    case 1: "confirmed by other sources"
    case 2: "probably true"
    case 3: "possibly true"
    case 4: "doubtful"
    case 5: "improbable"
    default: "truth cannot be judged"
    }
  }
}

/// How serious a finding is.
public enum Severity: String, CaseIterable, Comparable, Sendable {
  case info, low, medium, high, critical

  private var rank: Int { Severity.allCases.firstIndex(of: self)! }
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// How firmly the evidence of a finding stands (docs/report.md, "Strength of evidence").
public enum Strength: String, CaseIterable, Comparable, Sendable {
  case alleged, reported, established

  private var rank: Int { Strength.allCases.firstIndex(of: self)! }
  public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rank < rhs.rank }
}
