/// A clause a rule cites: an article of the Statutes, of the Seville Agreement …
public struct Reference: Hashable, Sendable {
  /// How firmly its words are known: read in the original, in a reproduction, or not at all.
  public enum Status: String, CaseIterable, Sendable {
    case read, secondary
    case notRead = "not_read"
  }

  public var id: String
  public var title: String
  /// The clause's exact words, when they were read.
  public var text: String?
  /// What the clause is about, in the pack author's words.
  public var summary: String?
  public var url: String?
  public var status: Status
  /// When it took effect and what replaced it; nil for a text that is not a norm in force
  /// (a commentary is given its date of publication).
  public var inForce: InForce?
  /// Creates a reference.
  public init(
    id: String, title: String, text: String? = nil, summary: String? = nil, url: String? = nil,
    status: Status, inForce: InForce? = nil
  ) {
    self.inForce = inForce
    self.id = id
    self.title = title
    self.text = text
    self.summary = summary
    self.url = url
    self.status = status
  }
}
