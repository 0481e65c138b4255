/// One item of evidence: a source's exact words, where they are, and how credible they are.
public struct Evidence: Hashable, Sendable {
  /// The source's id.
  public var source: String
  /// The source's exact words.
  public var quote: String
  /// Where in the source (a section, a page).
  public var locator: String?
  /// Admiralty credibility, 1–6.
  public var credibility: Int
  /// What the item shows: the actor's words, a stated fact, the source's analysis, context.
  public var kind: EvidenceKind
  /// True when the quote is a translation of what was said or written.
  public var translated: Bool
  /// Where the quote stands in the case file.
  public var location: SourceLocation?

  /// Creates an evidence item.
  public init(
    source: String, quote: String, locator: String? = nil, credibility: Int, kind: EvidenceKind,
    translated: Bool = false, location: SourceLocation? = nil
  ) {
    self.source = source
    self.quote = quote
    self.locator = locator
    self.credibility = credibility
    self.kind = kind
    self.translated = translated
    self.location = location
  }
}
