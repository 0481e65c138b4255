import AuditCore

/// A second reader for an analyst's coding (`audit check --coding`): where an act's quoted
/// words hold an indicator phrase of a tag the act is not tagged with, and where a tag that
/// has indicator phrases finds none of them in the act's quoted words. It suggests, never
/// tags: each note is a place to look again, located at the act.
///
/// Only tags whose vocabulary entry lists `indicators` are read; an act's quoted words are its
/// `quote` and its evidence items of kind `words` (the actor's own words). Matching ignores
/// case, and typographic quotes and runs of white space count as their plain forms.
public struct CodingCheck: Sendable {
  /// The tags' indicator phrases, normalised, with the language each is in.
  private let phrases: [(tag: String, language: String, phrase: String, shown: String)]

  /// A check reading the indicator phrases of `vocabulary`'s tags.
  public init(vocabulary: Vocabulary) {
    var phrases: [(String, String, String, String)] = []
    for (tag, byLanguage) in vocabulary.indicators[.tags] ?? [:] {
      for (language, list) in byLanguage {
        for phrase in list where !Self.normalised(phrase).isEmpty {
          phrases.append((tag, language, Self.normalised(phrase), phrase))
        }
      }
    }
    self.phrases = phrases.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
  }

  /// The notes for `audit`, in the case's order of acts; none for an act coded consistently.
  /// A tag the review record declines for an act, with its reason, is not suggested again.
  public func notes(_ audit: AuditCase, review: ReviewRecord? = nil) -> [Diagnostic] {
    let indicated = Set(phrases.map(\.tag))
    var notes: [Diagnostic] = []
    for action in audit.actions {
      let words = Self.quotedWords(action).map(Self.normalised)
      guard !words.isEmpty else { continue }
      var suggested: [String: String] = [:]
      for entry in phrases where suggested[entry.tag] == nil {
        if words.contains(where: { Self.holds($0, entry.phrase) }) {
          suggested[entry.tag] = entry.shown
        }
      }
      for (tag, phrase) in suggested.sorted(by: { $0.key < $1.key })
      where !action.tags.contains(tag) && review?.declines(tag, for: action.id) != true {
        notes.append(
          Diagnostic(
            .note, .codingUntagged,
            "act '\(action.id)': the words '\(phrase)' appear in its quotes; it is not tagged \(tag)",
            at: action.location))
      }
      for tag in action.tags where indicated.contains(tag) && suggested[tag] == nil {
        notes.append(
          Diagnostic(
            .note, .codingUnsupported,
            "act '\(action.id)' is tagged \(tag), but none of the tag's indicator phrases is in its quotes: a second look",
            at: action.location))
      }
    }
    return notes
  }

  /// The act's own words: its `quote` and its evidence of kind `words`.
  private static func quotedWords(_ action: Action) -> [String] {
    (action.quote.map { [$0] } ?? []) + action.evidence.filter { $0.kind == .words }.map(\.quote)
  }

  /// `text` in lower case, without quotation marks (a quoted ‘crisis’ is the word crisis),
  /// dashes as plain ones, white space as one space.
  static func normalised(_ text: String) -> String {
    var out = ""
    var space = false
    for character in text.lowercased() {
      if character.isWhitespace {
        space = !out.isEmpty
        continue
      }
      if space { out.append(" ") }
      space = false
      switch character {
      case "'", "\"", "‘", "’", "ʼ", "“", "”", "„", "«", "»": break
      case "–", "—": out.append("-")
      default: out.append(character)
      }
    }
    return out
  }

  /// True when `phrase` occurs in `text` starting and ending at word boundaries.
  private static func holds(_ text: String, _ phrase: String) -> Bool {
    var start = text.startIndex
    while let range = text.range(of: phrase, range: start..<text.endIndex) {
      let before =
        range.lowerBound == text.startIndex
        || !isWordCharacter(text[text.index(before: range.lowerBound)])
      let after = range.upperBound == text.endIndex || !isWordCharacter(text[range.upperBound])
      if before && after { return true }
      start = text.index(after: range.lowerBound)
    }
    return false
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }
}
