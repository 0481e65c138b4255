import AuditCore

/// The mappings of a rule file (docs/rule-format.md).
extension FormatSchema {
  /// A rule file.
  public static let rule = FormatSchema(
    "rule", what: "a rule", "A rule: which recorded conduct breaches which principle or standard.",
    keys: [
      Key("id", .ruleID, required: true, "NEU-001 style: a letter, then letters, digits, _, ., -"),
      Key("title", .text, required: true, "the conduct, in a line"),
      Key("principle", .reference("principle"), "the principle at stake"),
      Key(
        "breaches", .list(.reference("reference"), nonEmpty: true),
        "ids from references.yaml of the provisions the conduct breaches, beside or instead of 'principle'"
      ),
      Key(
        "standard", .reference("standard"), "the standard the rule judges other parties' acts by"),
      Key(
        "severity", .choice(Severity.allCases.map(\.rawValue)), required: true,
        "how grave a finding is when no 'severity_when' criterion holds"),
      Key(
        "severity_when", .list(.object("severity-criterion"), nonEmpty: true),
        "severity by circumstance: the first criterion whose 'if' holds sets the level"),
      Key(
        "applies_to", .list(.term(.organizationTypes)),
        "organisation types the act must be attributed to; required with 'principle'"),
      Key(
        "scope", .choice(RuleSpec.Scope.allCases.map(\.rawValue)),
        "what a finding is about: an action (default) or a person"),
      Key("when", .expression, required: true, "the condition, an expression of type bool"),
      Key(
        "message", .expression, required: true, "the finding's text, with {expression} placeholders"
      ),
      Key("rationale", .text, required: true, "why the act engages the principle or standard"),
      Key("references", .list(.reference("reference")), "ids from references.yaml"),
      Key(
        "questions", .list(.question),
        "what must be established for a finding on the rule to stand, each a question a committee settles"
      ),
      Key("aggregate", .object("aggregate"), "a pattern rule's window"),
      Key("tests", .list(.object("rule-test")), "the rule's examples"),
    ], exactlyOne: [["standard"], ["principle", "breaches"]])

  /// One criterion of `severity_when`.
  public static let severityCriterion = FormatSchema(
    "severity-criterion", what: "a severity criterion",
    "A circumstance that sets a finding's severity, and why.",
    keys: [
      Key("if", .expression, required: true, "the circumstance, an expression of type bool"),
      Key(
        "level", .choice(Severity.allCases.map(\.rawValue)), required: true,
        "the severity it sets"),
      Key("because", .text, required: true, "why the circumstance sets that level"),
    ])

  /// A pattern rule's window.
  public static let aggregate = FormatSchema(
    "aggregate", what: "'aggregate'", "A pattern: several matching acts within a span of days.",
    keys: [
      Key("at_least", .integer(2...1000), required: true, "how many matching acts make a pattern"),
      Key("within", .duration, required: true, "the window: 30d, 6w or 1y"),
      Key("group_by", .expression, "an expression the acts of one pattern share"),
    ])

  /// A test embedded in a rule file.
  public static let ruleTest = FormatSchema(
    "rule-test", what: "a rule test",
    "An example: a small case, and whether the rule must match it.",
    keys: [
      Key("name", .text, required: true, "what the example shows"),
      Key(
        "expect", .choice(RuleTestReader.Expectation.allCases.map(\.rawValue)), required: true,
        "whether the rule must match, not match, or be left undecided"),
      Key("people", .list(.object("person")), "as in a case file"),
      Key(
        "organizations", .list(.object("organization")),
        "as in a case file; 'subject' is always there"),
      Key("action", .object("test-action"), "one act (or give 'actions')"),
      Key("actions", .list(.object("test-action")), "several acts, ids a1, a2 … unless given"),
      Key("period", .object("period"), "the small case's period"),
      Key("message", .text, "for a match: the exact message the finding must render"),
      Key(
        "cites", .list(.reference("action")), "for a pattern's match: the action ids it must cite"),
    ])
}
