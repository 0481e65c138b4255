import AuditCore

/// The mappings of a case file (docs/case-format.md).
extension FormatSchema {
  /// The whole case file.
  public static let caseFile = FormatSchema(
    "case-file", what: "the case file",
    "A case: the recorded acts of one organisation, each with the evidence that shows it.",
    keys: [
      Key(
        "case", .object("case"), required: true, "the case's id, title, subject, period, summary"),
      Key(
        "organizations", .list(.object("organization")), required: true, "every organisation named"),
      Key("people", .list(.object("person")), "the people named, with their positions"),
      Key("sources", .list(.object("source")), required: true, "the sources evidence cites"),
      Key("actions", .list(.object("action")), required: true, "the recorded acts"),
      Key("episodes", .list(.object("episode")), "acts grouped into incidents"),
      Key("responses", .list(.object("response")), "the subject's right-of-reply records"),
    ])

  /// The `case` header.
  public static let caseHeader = FormatSchema(
    "case", what: "'case'", "The case's header.",
    keys: [
      Key("id", .id, required: true, "the case's id; the report is reports/<id>.md"),
      Key("title", .text, required: true, "the case's title"),
      Key(
        "subject", .reference("organization"), required: true, "the id of the organisation audited"),
      Key("period", .object("period"), required: true, "the period the case covers"),
      Key("summary", .text, required: true, "one paragraph in the analyst's words"),
    ])

  /// A period `{from, to}`.
  public static let period = FormatSchema(
    "period", what: "'period'", "A period, 'from' not after 'to'.",
    keys: [
      Key("from", .date, required: true, "the first day, month or year"),
      Key("to", .date, required: true, "the last day, month or year"),
    ])

  /// An organisation.
  public static let organization = FormatSchema(
    "organization", what: "an organization", "An organisation named in the case.",
    keys: [
      Key("id", .id, required: true, "the organisation's id"),
      Key("name", .text, required: true, "its name"),
      Key("type", .term(.organizationTypes), required: true, "what kind of organisation it is"),
      Key("country", .country, "its country, an ISO 3166-1 alpha-2 code (AZ)"),
    ])

  /// A person.
  public static let person = FormatSchema(
    "person", what: "a person", "A person named in the case.",
    keys: [
      Key("id", .id, required: true, "the person's id"),
      Key("name", .text, required: true, "their name"),
      Key("positions", .list(.object("position")), "the positions they held"),
    ])

  /// A position a person held.
  public static let position = FormatSchema(
    "position", what: "a position", "A position a person held in an organisation.",
    keys: [
      Key("organization", .reference("organization"), required: true, "the organisation's id"),
      Key("role", .term(.roles), required: true, "the role held"),
      Key("from", .date, "when the position began"),
      Key("to", .date, "when it ended; left out while it is held"),
      Key(
        "note", .text,
        "what the sources say of the dates when they give no start or end (held by a date)"),
      Key("evidence", .list(.object("evidence")), "evidence of the position"),
    ])

  /// A source.
  public static let source = FormatSchema(
    "source", what: "a source", "A source evidence cites.",
    keys: [
      Key("id", .id, required: true, "the source's id"),
      Key("title", .text, required: true, "its title"),
      Key("publisher", .text, "who published it"),
      Key("author", .text, "who wrote it"),
      Key("type", .term(.sourceTypes), required: true, "what kind of source it is"),
      Key(
        "reliability", .choice(Reliability.allCases.map(\.rawValue)), required: true,
        "Admiralty scale: A completely reliable … E unreliable, F cannot be judged"),
      Key("published", .date, "when it was published"),
      Key("url", .url, "where it is published"),
      Key("archive", .object("archive"), "the archived copy of the source"),
      Key("by", .reference("person or organization"), "whose own publication this is"),
      Key("derived_from", .list(.reference("source")), "the sources this one repeats"),
      Key(
        "story", .text,
        "the wire story or press release this copy republishes: sources sharing one are not independent"
      ),
      Key("language", .language, "the language of this copy (en, az, pt-BR)"),
      Key(
        "republished_from", .object("republished-from"),
        "where an archived copy was first published"),
    ])

  /// A source's archived copy.
  public static let archive = FormatSchema(
    "archive", what: "'archive'", "The archived copy of a source.",
    keys: [
      Key("path", .text, required: true, "relative to the case file's folder or to --archive-dir"),
      Key("sha256", .sha256, required: true, "the file's SHA-256, 64 hexadecimal digits"),
      Key(
        "coverage", .choice(Source.Archive.Coverage.allCases.map(\.rawValue)), required: true,
        "whole: the whole source; excerpt: only the part of it that could be read"),
    ])

  /// Where a republished copy first appeared.
  public static let republication = FormatSchema(
    "republished-from", what: "'republished_from'",
    "Where the copy cited was first published: a publisher, a URL, or both.",
    keys: [
      Key("publisher", .text, "the first publisher"),
      Key("url", .url, "the first publication's URL"),
    ], atLeastOne: ["publisher", "url"])

  /// An evidence item.
  public static let evidence = FormatSchema(
    "evidence", what: "an evidence item", "What a source says, word for word, that shows an act.",
    keys: [
      Key("source", .reference("source"), required: true, "the source's id"),
      Key("quote", .text, required: true, "the source's exact words, never a paraphrase"),
      Key("locator", .text, "where in the source: a section, a page"),
      Key(
        "credibility", .integer(Credibility.range), required: true,
        "Admiralty scale: 1 confirmed … 5 improbable, 6 cannot be judged"),
      Key(
        "kind", .choice(EvidenceKind.allCases.map(\.rawValue)), required: true,
        "what the item shows: the actor's words, a fact, the source's analysis, context"),
      Key("translated", .boolean, "true when the quote is a translation"),
      Key(
        "original", .text,
        "the words in their original language as the source prints them; verified in place of the quote"
      ),
      Key("translated_by", .text, "who translated the quote: the analyst, the outlet"),
    ])

  /// An act.
  public static let action = FormatSchema(
    "action", what: "an action", "A recorded act.",
    keys: [
      Key("id", .id, required: true, "the act's id"),
      Key(
        "date", .dateRange, required: true,
        "a date or a range FROM/TO, as precise as the source allows"),
      Key("date_note", .text, "where the source places the act when it gives no exact date"),
      Key("actor", .reference("person or organization"), required: true, "who acted"),
      Key("on_behalf_of", .reference("organization"), "the organisation the act is attributed to"),
      Key(
        "capacity", .choice(Capacity.allCases.map(\.rawValue)),
        "stated by the source, or inferred by the analyst"),
      Key("type", .term(.actionTypes), required: true, "what kind of act it is"),
      Key("channel", .text, "free text: official statement, Twitter"),
      Key("summary", .text, required: true, "what happened, in the analyst's words"),
      Key("quote", .text, "the actor's own words, if the source gives them"),
      Key("targets", .list(.reference("person or organization")), "who the act is aimed at"),
      Key("tags", .list(.term(.tags)), "what rules look for"),
      Key(
        "evidence", .list(.object("evidence"), nonEmpty: true), required: true, "at least one item"),
    ])

  /// An act in a rule test, where defaults fill in what is left out.
  public static let testAction = action.relaxing(
    ["id", "date", "summary", "evidence"], name: "test-action",
    description: "An act of a rule test: only 'actor' and 'type' are required.")

  /// An episode.
  public static let episode = FormatSchema(
    "episode", what: "an episode", "Acts grouped into one incident.",
    keys: [
      Key("id", .id, required: true, "the episode's id"),
      Key("title", .text, required: true, "the incident in a line"),
      Key("summary", .text, "the analyst's account of it"),
      Key(
        "actions", .list(.reference("action"), nonEmpty: true), required: true,
        "the ids of its acts"),
    ])

  /// A right-of-reply record.
  public static let response = FormatSchema(
    "response", what: "a response",
    "A reply of the case's subject, to a request for comment or answering an allegation or a decision.",
    keys: [
      Key("by", .reference("person or organization"), "the case's subject (the default)"),
      Key("to", .object("response-to"), "what the reply answers: acts and episodes, by id"),
      Key("requested", .date, "when comment was asked for"),
      Key("date", .date, "when the reply was given"),
      Key("channel", .text, "free text: statement relayed by the press, email"),
      Key(
        "outcome", .choice(Response.Outcome.allCases.map(\.rawValue)), required: true,
        "whether and how the subject replied"),
      Key("text", .text, "the reply"),
      Key("evidence", .list(.object("evidence")), "evidence of the reply"),
    ])

  /// What a reply answers.
  public static let responseTo = FormatSchema(
    "response-to", what: "'to'",
    "What a reply answers: acts (an allegation, a decision, the subject's own act) and episodes.",
    keys: [
      Key("actions", .list(.reference("action")), "the ids of the acts answered"),
      Key("episodes", .list(.reference("episode")), "the ids of the episodes answered"),
    ], atLeastOne: ["actions", "episodes"])
}
