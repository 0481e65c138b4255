import AuditCore

/// The loaded vocabulary for people: every term with its definition, synonyms and indicator
/// phrases — `docs/vocabulary.md` in Markdown, or plain lines on a terminal — and the terms a
/// search finds.
public struct VocabularyDocument: Sendable {
  /// Creates the renderer.
  public init() {}

  /// The whole vocabulary as Markdown, ending with a new line; `source` names the files.
  public func markdown(_ vocabulary: Vocabulary, source: String) -> String {
    var blocks = [
      "# Vocabulary",
      "Generated from " + ReportText.inline(source) + " by `audit vocabulary --format markdown`; "
        + "edit the vocabulary, not this page. A case and a rule may use only these terms. "
        + "`audit vocabulary WORD` finds a term by its name, a synonym or the words of its "
        + "definition.",
    ]
    for kind in Vocabulary.Kind.allCases {
      let names = vocabulary.names(kind)
      guard !names.isEmpty else { continue }
      blocks.append("## " + ReportText.inline(kind.rawValue))
      var table = MarkdownTable(["Term", "Definition", "Also called", "Indicators"])
      for term in names {
        table.append([
          "`" + term + "`", ReportText.inline(vocabulary.terms[kind]?[term] ?? ""),
          ReportText.inline((vocabulary.synonyms[kind]?[term] ?? []).joined(separator: ", ")),
          ReportText.inline(Self.indicators(vocabulary, kind, term)),
        ])
      }
      blocks.append(table.render())
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// Plain lines for a terminal: each term of `matches` (or of the whole vocabulary when nil)
  /// with its vocabulary, definition and synonyms; control characters made visible.
  public func text(_ vocabulary: Vocabulary, matches: [Vocabulary.Match]?) -> String {
    let entries =
      matches.map { $0.map { ($0.kind, $0.term, $0.synonym) } }
      ?? Vocabulary.Kind.allCases.flatMap { kind in
        vocabulary.names(kind).map { (kind, $0, String?.none) }
      }
    var lines: [String] = []
    for (kind, term, synonym) in entries {
      var line = "\(term) (\(kind.singular))"
      if let synonym { line += ", also called \"\(synonym)\"" }
      line += ": " + (vocabulary.terms[kind]?[term] ?? "")
      if let others = vocabulary.synonyms[kind]?[term], synonym == nil, !others.isEmpty {
        line += " Also called: " + others.joined(separator: ", ") + "."
      }
      lines.append(VisibleText.escaped(line))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private static func indicators(_ vocabulary: Vocabulary, _ kind: Vocabulary.Kind, _ term: String)
    -> String
  {
    let phrases = vocabulary.indicators[kind]?[term] ?? [:]
    return phrases.keys.sorted().map { language in
      language + ": " + (phrases[language] ?? []).map { "“\($0)”" }.joined(separator: ", ")
    }.joined(separator: "; ")
  }
}
