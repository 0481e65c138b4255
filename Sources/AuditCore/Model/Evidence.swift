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
  /// The words in their original language, as the source prints them, when the quote is a
  /// translation of them: what verification looks for in the source's archived copy.
  public var original: String?
  /// Who translated the quote (the analyst, the outlet), when it is a translation.
  public var translatedBy: String?
  /// Where the quote stands in the case file.
  public var location: SourceLocation?

  /// Creates an evidence item.
  public init(
    source: String, quote: String, locator: String? = nil, credibility: Int, kind: EvidenceKind,
    translated: Bool = false, original: String? = nil, translatedBy: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.source = source
    self.quote = quote
    self.locator = locator
    self.credibility = credibility
    self.kind = kind
    self.translated = translated
    self.original = original
    self.translatedBy = translatedBy
    self.location = location
  }
}

extension Evidence {
  /// The words to look for in the source's archived copy: the original when the source prints
  /// the words in their own language, otherwise the quote.
  public var verifiedText: String { original ?? quote }
}
