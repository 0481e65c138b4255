/// A string read from a file together with where each of its characters stands.
public struct LocatedText: Hashable, Sendable {
  /// The text.
  public var text: String
  /// Where it came from.
  public var origin: TextOrigin
  /// Creates located text.
  public init(_ text: String, origin: TextOrigin) {
    self.text = text
    self.origin = origin
  }
  /// Where the text starts.
  public var location: SourceLocation { origin.location(ofOffset: 0) }
}
