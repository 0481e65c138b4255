/// Acts that form one incident (a vote and the speeches around it), reported as one finding.
public struct Episode: Hashable, Sendable {
  /// The case-local id.
  public var id: String
  /// What the incident was, in a line.
  public var title: String
  /// The analyst's account of it, if any.
  public var summary: String?
  /// The ids of its acts, as written.
  public var actions: [String]
  /// Where it is declared.
  public var location: SourceLocation?

  /// Creates an episode.
  public init(
    id: String, title: String, summary: String? = nil, actions: [String],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.actions = actions
    self.location = location
  }
}
