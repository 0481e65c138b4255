import AuditCore

/// The mappings of a pack's catalogues (docs/rule-format.md, "Catalogues").
extension FormatSchema {
  /// `pack.yaml`.
  public static let pack = FormatSchema(
    "pack", what: "pack.yaml", "A rule pack's name, version and strength thresholds.",
    keys: [
      Key("name", .text, required: true, "the pack's name"),
      Key("version", .text, required: true, "the pack's version"),
      Key("description", .text, "what the pack's rules look for"),
      Key("strength", .object("strength"), "the thresholds of a finding's strength"),
    ])

  /// The strength thresholds of `pack.yaml`.
  public static let strength = FormatSchema(
    "strength", what: "'strength'", "The thresholds for the strength of a finding.",
    keys: [
      Key(
        "primary_source", .object("grade"), required: true,
        "the actor's own words in a primary source"),
      Key(
        "independent_sources", .object("counted-grade"), required: true,
        "independent sources that establish an act"),
      Key("reported", .object("grade"), required: true, "one source that reports an act"),
    ])

  /// A grade threshold.
  public static let grade = FormatSchema(
    "grade", what: "a grade", "The weakest grades of source and item that qualify.",
    keys: [
      Key(
        "max_reliability", .choice(Reliability.allCases.map(\.rawValue)), required: true,
        "the least reliable source that qualifies"),
      Key(
        "max_credibility", .integer(Credibility.range), required: true, "the least credible item"),
    ])

  /// A grade threshold with a count of sources.
  public static let countedGrade = FormatSchema(
    "counted-grade", what: "a grade", "How many independent sources, and their weakest grades.",
    keys: [Key("count", .integer(1...100), required: true, "how many independent sources")]
      + grade.keys)

  /// `principles.yaml`.
  public static let principles = FormatSchema(
    "principles", what: "principles.yaml", "The principles rules judge acts by.",
    keys: [Key("principles", .list(.object("principle")), required: true, "the principles")])

  /// A principle.
  public static let principle = FormatSchema(
    "principle", what: "a principle", "A principle with its official wording.",
    keys: [
      Key("id", .id, required: true, "the principle's id (neutrality)"),
      Key("name", .text, required: true, "its name"),
      Key("text", .text, required: true, "its official wording"),
      Key("source", .text, "where the wording comes from"),
      Key("url", .url, "where the wording is published"),
    ])

  /// `standards.yaml`.
  public static let standards = FormatSchema(
    "standards", what: "standards.yaml", "The norms context rules judge other parties' acts by.",
    keys: [Key("standards", .list(.object("standard")), required: true, "the standards")])

  /// A standard.
  public static let standard = FormatSchema(
    "standard", what: "a standard", "A norm, with its words if read, else a summary.",
    keys: [
      Key("id", .id, required: true, "the standard's id"),
      Key("title", .text, required: true, "its title"),
      Key("text", .text, "its exact words, only if they were read"),
      Key("summary", .text, "what it says, in the pack's own words"),
      Key("url", .url, "where its words were read"),
      Key("status", .choice(Reference.Status.allCases.map(\.rawValue)), required: true, statusNote),
      Key("references", .list(.reference("reference")), "ids from references.yaml it rests on"),
    ], atLeastOne: ["text", "summary"])

  /// `references.yaml`.
  public static let references = FormatSchema(
    "references", what: "references.yaml", "The texts rules cite.",
    keys: [Key("references", .list(.object("reference")), required: true, "the references")])

  /// A reference.
  public static let reference = FormatSchema(
    "reference", what: "a reference", "A text rules cite, with its words if read, else a summary.",
    keys: [
      Key("id", .id, required: true, "the reference's id"),
      Key("title", .text, required: true, "its title"),
      Key("text", .text, "its exact words, only if they were read"),
      Key("summary", .text, "what it says, in the pack's own words"),
      Key("url", .url, "where its words were read"),
      Key("status", .choice(Reference.Status.allCases.map(\.rawValue)), required: true, statusNote),
    ], atLeastOne: ["text", "summary"])

  private static let statusNote =
    "read (in a stored copy), secondary (a third-party reproduction) or not_read (no 'text')"

  /// `vocabulary.yaml`.
  public static let vocabulary = FormatSchema(
    "vocabulary", what: "vocabulary.yaml",
    "The terms cases and rules share, each with a definition.",
    keys: Vocabulary.Kind.allCases.map {
      Key($0.rawValue, .definitions, "\($0.singular) terms, each with a one-line definition")
    })

  /// A term written as a mapping: its definition, with words that find it and phrases that
  /// suggest it.
  public static let term = FormatSchema(
    "term", what: "a term",
    "A term with its definition, the other words it is known by, and phrases that suggest it.",
    keys: [
      Key(
        "definition", .text, required: true,
        "what the term covers, and after 'Not:' what it does not"),
      Key(
        "synonyms", .list(.text),
        "other words for the term (MP, deputy), which `audit vocabulary` finds it by"),
      Key(
        "indicators", .phrasesByLanguage,
        "by language code, phrases whose presence in an act's quoted words suggests the term (`audit check --coding`)"
      ),
    ])
}
