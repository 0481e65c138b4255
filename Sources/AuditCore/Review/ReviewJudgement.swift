/// An analyst's recorded judgement on the coding of one act: a tag considered and declined
/// (or applied), with why, so that a second reader (`audit check --coding`) does not suggest
/// it again and a reviewer can see the choice made.
public struct ReviewJudgement: Sendable, Hashable {
  /// What the analyst decided about the tag.
  public enum Kind: String, Sendable, CaseIterable {
    /// The tag was considered and not applied.
    case declined
    /// The tag was considered and applied.
    case applied
  }

  /// The act's id.
  public var action: String
  /// The tag considered.
  public var tag: String
  /// Whether it was declined or applied.
  public var judgement: Kind
  /// Why.
  public var reason: String
  /// Where the entry is written in the record, for warnings.
  public var location: SourceLocation?

  /// Creates a judgement.
  public init(
    action: String, tag: String, judgement: Kind, reason: String,
    location: SourceLocation? = nil
  ) {
    self.action = action
    self.tag = tag
    self.judgement = judgement
    self.reason = reason
    self.location = location
  }
}
