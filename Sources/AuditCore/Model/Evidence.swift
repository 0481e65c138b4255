/// One item of evidence: a source's exact words, where they are, and how credible they are.
public struct Evidence: Hashable, Sendable {
  /// What a translated item adds: the words as the source prints them and who translated them.
  private struct Translation: SeldomSet {
    var original: String?
    var translatedBy: String?

    var isEmpty: Bool { original == nil && translatedBy == nil }
  }

  // The stored fields are laid out for size (80 bytes an item, against 112 with every field
  // inline): a large case holds an item or more per act.

  /// The source's id.
  public var source: String
  /// The source's exact words.
  public var quote: String
  /// Where in the source (a section, a page).
  public var locator: String?
  /// The original and the translator, kept out of line: most items are not translations.
  private var translation: Rarely<Translation>?
  /// Where the quote stands in the case file.
  public var location: SourceLocation?
  // Credibility is 1–6 in a case; any `Int` given is kept within 16 bits.
  private var storedCredibility: Int16
  /// What the item shows: the actor's words, a stated fact, the source's analysis, context.
  public var kind: EvidenceKind
  /// True when the quote is a translation of what was said or written.
  public var translated: Bool

  /// Admiralty credibility, 1–6.
  public var credibility: Int {
    get { Int(storedCredibility) }
    set { storedCredibility = Int16(clamping: newValue) }
  }

  /// The words in their original language, as the source prints them, when the quote is a
  /// translation of them: what verification looks for in the source's archived copy.
  public var original: String? {
    get { translation?.value.original }
    set { translation = .changing(translation) { $0.original = newValue } }
  }

  /// Who translated the quote (the analyst, the outlet), when it is a translation.
  public var translatedBy: String? {
    get { translation?.value.translatedBy }
    set { translation = .changing(translation) { $0.translatedBy = newValue } }
  }

  /// Creates an evidence item.
  public init(
    source: String, quote: String, locator: String? = nil, credibility: Int, kind: EvidenceKind,
    translated: Bool = false, original: String? = nil, translatedBy: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.source = source
    self.quote = quote
    self.locator = locator
    self.translation = .boxing(Translation(original: original, translatedBy: translatedBy))
    self.location = location
    self.storedCredibility = Int16(clamping: credibility)
    self.kind = kind
    self.translated = translated
  }
}

extension Evidence {
  /// The words to look for in the source's archived copy: the original when the source prints
  /// the words in their own language, otherwise the quote.
  public var verifiedText: String { original ?? quote }
}
