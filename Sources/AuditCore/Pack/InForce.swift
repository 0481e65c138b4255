/// When a text of the catalogues took effect and which text, if any, replaced it: a finding
/// cites the text in force on the act's date, and an act before every norm its rule rests on
/// took effect is background, never a finding.
public struct InForce: Hashable, Sendable {
  /// When the text took effect (a year, a month or a day).
  public var from: PartialDate
  /// The id of the text that replaced it, in the same catalogues; it ceased to apply when that
  /// one took effect.
  public var supersededBy: String?

  /// Creates an in-force record.
  public init(from: PartialDate, supersededBy: String? = nil) {
    self.from = from
    self.supersededBy = supersededBy
  }
}
