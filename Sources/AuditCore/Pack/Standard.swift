/// A norm that binds parties other than the Movement's components (a rule of customary
/// international humanitarian law, States' duties under the Movement's Statutes): what a
/// context rule judges an authority's act by.
public struct Standard: Hashable, Sendable {
  public var id: String
  public var title: String
  /// The standard's exact words, only when they were read.
  public var text: String?
  /// What it says, in the pack author's words.
  public var summary: String?
  public var url: String?
  /// How firmly its words are known.
  public var status: Reference.Status
  /// Ids of references (from `references.yaml`) it rests on.
  public var references: [String]
  /// When it took effect and what replaced it.
  public var inForce: InForce?

  /// Creates a standard.
  public init(
    id: String, title: String, text: String? = nil, summary: String? = nil, url: String? = nil,
    status: Reference.Status, references: [String] = [], inForce: InForce? = nil
  ) {
    self.inForce = inForce
    self.id = id
    self.title = title
    self.text = text
    self.summary = summary
    self.url = url
    self.status = status
    self.references = references
  }
}
