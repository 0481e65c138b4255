/// The committee's decision on one finding, recorded against the basis it was taken on: the
/// finding's id and fingerprint (`Finding.fingerprint`) when it was decided.
public struct ReviewDecision: Sendable, Hashable {
  /// What was decided.
  public enum Verdict: String, Sendable, CaseIterable {
    /// Not yet decided.
    case open
    /// The finding stands.
    case upheld
    /// The finding is set aside, for the reason given.
    case dismissed
    /// The finding is sent on to another body (the reason says which and why).
    case referred
  }

  /// The finding's id as in the JSON report: the episode's, the act's or the person's id.
  public var finding: String
  /// The fingerprint of the finding's basis when it was decided: 16 hexadecimal digits.
  public var fingerprint: String
  /// What was decided.
  public var verdict: Verdict
  /// Why; required to dismiss or refer.
  public var reason: String?
  /// Who decided; required unless open.
  public var decidedBy: String?
  /// When; required unless open.
  public var date: PartialDate?
  /// Where the entry is written in the record, for warnings.
  public var location: SourceLocation?

  /// Creates a decision.
  public init(
    finding: String, fingerprint: String, verdict: Verdict, reason: String? = nil,
    decidedBy: String? = nil, date: PartialDate? = nil, location: SourceLocation? = nil
  ) {
    self.finding = finding
    self.fingerprint = fingerprint
    self.verdict = verdict
    self.reason = reason
    self.decidedBy = decidedBy
    self.date = date
    self.location = location
  }
}
