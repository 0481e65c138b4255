import AuditCore

/// The mappings of a pack's `measures.yaml` (docs/measures-format.md).
extension FormatSchema {
  /// `measures.yaml`.
  public static let measures = FormatSchema(
    "measures", what: "measures.yaml",
    "The steps a compliance committee may take on a finding, and when a report recommends each.",
    keys: [Key("measures", .list(.object("measure")), required: true, "the measures")])

  /// A measure.
  public static let measure = FormatSchema(
    "measure", what: "a measure",
    "A step a committee may take: what it is, the texts it rests on, and when it is recommended.",
    keys: [
      Key("id", .id, required: true, "the measure's id (written-response)"),
      Key("title", .text, required: true, "the step, as a report's line"),
      Key("description", .text, required: true, "what the step involves, and who decides it"),
      Key(
        "rests_on", .list(.reference("reference"), nonEmpty: true), required: true,
        "ids from references.yaml of the texts the step rests on"),
      Key(
        "when", .list(.object("measure-condition"), nonEmpty: true), required: true,
        "when the measure is recommended: any one condition suffices"),
      Key(
        "unless_recorded", .list(.term(.tags), nonEmpty: true),
        "tags of acts that mean the step was taken already: not recommended when the case records one"
      ),
    ])

  /// One condition of a measure's `when`.
  public static let measureCondition = FormatSchema(
    "measure-condition", what: "a measure's condition",
    "What a finding must meet for the measure to be recommended: every key given must hold.",
    keys: [
      Key(
        "severity_at_least", .choice(Severity.allCases.map(\.rawValue)),
        "the finding's severity is at least this"),
      Key(
        "strength_at_least", .choice(Strength.allCases.map(\.rawValue)),
        "the finding's strength of evidence is at least this"),
      Key("rules", .list(.ruleID, nonEmpty: true), "the finding rests on one of these rules"),
      Key(
        "principles", .list(.reference("principle"), nonEmpty: true),
        "the finding engages one of these principles"),
    ], atLeastOne: ["severity_at_least", "strength_at_least", "rules", "principles"])
}
