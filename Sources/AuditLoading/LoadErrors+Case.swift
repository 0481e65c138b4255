import AuditCore

/// The errors of the case format's evidence kinds, date ranges, episodes and replies.
extension LoadErrors {
  static func missingEvidenceKind(at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaMissingKey,
      "an evidence item needs 'kind': words (the actor's own words), fact (the source states the act happened), analysis (the source's reading) or context (background)",
      at: location)
  }
  static func badBool(_ value: String, for what: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(.schemaValue, "\(what) must be true or false, not '\(value)'", at: location)
  }
  static func badLanguage(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaValue,
      "'\(value)' is not a language code: write a lower-case ISO 639 code such as en, ru or az",
      at: location)
  }
  static func emptyRepublication(at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaMissingKey,
      "'republished_from' needs 'publisher' or 'url' (or both): who first published the text",
      at: location)
  }
  /// A reply's `to` that names nothing it answers.
  static func emptyReplyTarget(at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaMissingKey,
      "a reply's 'to' needs 'actions' or 'episodes' (or both): what the reply answers; leave 'to' out for a reply to a request for comment on the whole case",
      at: location)
  }
  static func badDateRange(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaDate,
      "'\(value)' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY with a real day, or a range FROM/TO of two of them",
      at: location)
  }
  static func dateRangeOrder(_ value: String, at location: SourceLocation) -> Diagnostic {
    let parts = value.split(separator: "/")
    return .error(
      .casePeriod,
      "the date range '\(value)' runs backwards: '\(parts.first ?? "")' starts or ends after '\(parts.last ?? "")'",
      at: location)
  }
  static func emptyEpisode(_ id: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .caseEpisode, "episode '\(id)' lists no action: an episode groups at least one act",
      at: location)
  }
  static func actionInTwoEpisodes(
    _ action: String, first: String, second: String, at location: SourceLocation
  ) -> Diagnostic {
    let message =
      first == second
      ? "action '\(action)' is listed twice in episode '\(first)'"
      : "action '\(action)' is in episodes '\(first)' and '\(second)': an act belongs to at most one episode"
    return .error(.caseEpisode, message, at: location)
  }
  static func responseNotBySubject(_ by: String, subject: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .caseResponse,
      "a response is by '\(by)', not the case subject '\(subject)': responses hold only the subject's reply; record what others said as a source or an action",
      at: location)
  }

  /// `original` or `translated_by` beside `translated: false`: a quote with an original is a
  /// translation.
  static func untranslatedOriginal(_ key: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaValue,
      "'\(key)' is given but 'translated' is false: a quote with an original or a translator is a translation (write 'translated: true' or leave it out)",
      at: location)
  }
}
