/// One of the Fundamental Principles, with its official text.
public struct Principle: Hashable, Sendable {
  public var id: String
  public var name: String
  /// The official wording.
  public var text: String
  /// Where the wording comes from.
  public var source: String?
  public var url: String?
  /// Creates a principle.
  public init(id: String, name: String, text: String, source: String? = nil, url: String? = nil) {
    self.id = id
    self.name = name
    self.text = text
    self.source = source
    self.url = url
  }
}
