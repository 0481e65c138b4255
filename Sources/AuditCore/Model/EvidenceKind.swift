/// What an evidence item shows: the actor's words, a fact the source states, the source's
/// own reading, or background.
///
/// Only `words` and `fact` count toward the strength of a finding.
public enum EvidenceKind: String, CaseIterable, Sendable {
  /// The actor's own words, relayed or original.
  case words
  /// The source states that the act happened.
  case fact
  /// The source's reading or characterisation of the act.
  case analysis
  /// Background, not the act itself.
  case context

  /// True for the kinds that count toward a finding's strength.
  public var countsTowardStrength: Bool { self == .words || self == .fact }
}
