/// One of the Fundamental Principles, with its official text.
public struct Principle: Hashable, Sendable {
  public var id: String
  public var name: String
  /// The official wording.
  public var text: String
  /// Where the wording comes from.
  public var source: String?
  public var url: String?
  /// When the wording took effect and what replaced it.
  public var inForce: InForce?
  /// Creates a principle.
  public init(
    id: String, name: String, text: String, source: String? = nil, url: String? = nil,
    inForce: InForce? = nil
  ) {
    self.inForce = inForce
    self.id = id
    self.name = name
    self.text = text
    self.source = source
    self.url = url
  }
}
