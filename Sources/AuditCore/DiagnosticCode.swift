/// The stable code of a diagnostic, printed in brackets after its message
/// (`… [E-YAML-DUPLICATE-KEY]`) for scripts to match on.
///
/// One case per code, its code string as the raw value. Each is listed with a sentence and an
/// example message in docs/error-codes.md, and a test fails until it is: to add a code, add a
/// case here and a row there. `E-` codes are errors (exit 2, or 3 for `ioWrite`), `W-`
/// warnings and `N-` notes.
public enum DiagnosticCode: String, CaseIterable, Comparable, Sendable,
  CustomStringConvertible
{
  /// libyaml could not parse the file; the location is where it noticed.
  case yamlSyntax = "E-YAML-SYNTAX"
  /// The file holds no document.
  case yamlEmpty = "E-YAML-EMPTY"
  /// The file holds more than one YAML document.
  case yamlDocuments = "E-YAML-DOCUMENTS"
  /// A key is written twice in one mapping, where YAML would silently keep one.
  case yamlDuplicateKey = "E-YAML-DUPLICATE-KEY"
  /// An alias names no anchor defined before it.
  case yamlAlias = "E-YAML-ALIAS"
  /// Aliases add more than 100,000 nodes or 10,000,000 bytes of text when expanded, or the document
  /// nests past 200 levels ("billion laughs").
  case yamlBound = "E-YAML-BOUND"
  /// An explicit tag other than `!!str`, `!!seq` or `!!map`.
  case yamlTag = "E-YAML-TAG"
  /// A `<<` merge key, which is not supported: write the keys out.
  case yamlMerge = "E-YAML-MERGE"
  /// A mapping key that is not a plain scalar.
  case yamlKey = "E-YAML-KEY"

  /// A file or folder cannot be read, or a pack lacks a required file.
  case ioRead = "E-IO-READ"
  /// A file is not valid UTF-8.
  case ioEncoding = "E-IO-ENCODING"
  /// A report cannot be written (exit 3): the path and the system's reason are given and nothing is
  /// written; `audit new` refuses to replace an existing file the same way.
  case ioWrite = "E-IO-WRITE"
  /// An input larger than its kind may be (docs/limits.md): refused from its size, unread.
  case inputSize = "E-INPUT-SIZE"
  /// A device, folder or socket named as an input, or a pipe anywhere but as the case.
  case inputKind = "E-INPUT-KIND"

  /// A key the format does not have, with the nearest valid key.
  case schemaUnknownKey = "E-SCHEMA-UNKNOWN-KEY"
  /// A required key is absent.
  case schemaMissingKey = "E-SCHEMA-MISSING-KEY"
  /// A value of the wrong kind, such as a list where text is expected.
  case schemaType = "E-SCHEMA-TYPE"
  /// A value outside its set or range (severity, grade, country code, sha256 and the like).
  case schemaValue = "E-SCHEMA-VALUE"
  /// Not a real date written YYYY-MM-DD, YYYY-MM or YYYY (for an act, also a range FROM/TO of two).
  case schemaDate = "E-SCHEMA-DATE"
  /// Not a duration such as 30d, 6w or 1y.
  case schemaDuration = "E-SCHEMA-DURATION"
  /// An id not matching `[a-z0-9][a-z0-9._-]*` (rule ids are written `NEU-001`).
  case schemaID = "E-SCHEMA-ID"
  /// A URL that is not http(s).
  case schemaURL = "E-SCHEMA-URL"
  /// Required text that is blank.
  case schemaEmpty = "E-SCHEMA-EMPTY"
  /// An id used twice in a section, or by both a person and an organisation.
  case schemaDuplicateID = "E-SCHEMA-DUPLICATE-ID"

  /// A reference to an id, principle, standard or reference that does not exist.
  case refUnresolved = "E-REF-UNRESOLVED"

  /// A type, tag, role, organisation type or source type that is not in the vocabulary.
  case vocabUnknown = "E-VOCAB-UNKNOWN"

  /// An action with an empty evidence list.
  case caseNoEvidence = "E-CASE-NO-EVIDENCE"
  /// A person held positions in several organisations on the act's date, so the act must say
  /// `on_behalf_of`.
  case caseCapacity = "E-CASE-CAPACITY"
  /// A period, position or act's date range whose start is after its end.
  case casePeriod = "E-CASE-PERIOD"
  /// An episode with no action, or an action in two episodes (both are named).
  case caseEpisode = "E-CASE-EPISODE"
  /// A response to anyone but the case subject: responses hold only the subject's reply.
  case caseResponse = "E-CASE-RESPONSE"
  /// Two cases in one run share an id, so their reports would collide.
  case caseDuplicate = "E-CASE-DUPLICATE"
  /// A report would replace one made from another case file (same case id): refused unless
  /// `--force`; both case files are named.
  case reportOtherCase = "E-REPORT-OTHER-CASE"

  /// A review record whose `case` is not the id of the case beside it.
  case reviewCase = "E-REVIEW-CASE"
  /// A review record's finding id that names no episode, act or person of the case.
  case reviewFinding = "E-REVIEW-FINDING"
  /// A finding decided twice, or an act's tag judged twice, in one review record.
  case reviewDuplicate = "E-REVIEW-DUPLICATE"
  /// A decision without what it needs (a reason to dismiss or refer; who and when, unless
  /// open), or an open one that says who decided or when.
  case reviewDecision = "E-REVIEW-DECISION"
  /// A date in a review record after today's date.
  case reviewFuture = "E-REVIEW-FUTURE"

  /// No loaded pack defines the strength thresholds.
  case packStrength = "E-PACK-STRENGTH"
  /// A pack file that is a symbolic link leading outside its pack's folder: refused unread.
  case packPath = "E-PACK-PATH"

  /// A rule id already loaded from another file (both files are named).
  case ruleDuplicate = "E-RULE-DUPLICATE"
  /// A rule with neither or both of `principle` and `standard`, or a `principle` rule whose
  /// `applies_to` is empty or names a type outside the Movement (`national_society`, `icrc`,
  /// `ifrc`).
  case ruleBasis = "E-RULE-BASIS"
  /// An aggregate a rule cannot have, such as on a person rule.
  case ruleAggregate = "E-RULE-AGGREGATE"
  /// A malformed embedded test.
  case ruleTest = "E-RULE-TEST"
  /// An embedded test whose expectation does not hold (`audit rules test`).
  case ruleTestFailed = "E-RULE-TEST-FAILED"
  /// A rule's `questions` entry that is blank, does not end with `?` or repeats another.
  case ruleQuestion = "E-RULE-QUESTION"

  /// A measure whose `when` is absent or empty, or has a condition that sets nothing: it would
  /// never be recommended, or would be recommended on every finding without saying so.
  case measureWhen = "E-MEASURE-WHEN"

  /// The text does not parse (unexpected token, unterminated string, bad escape, invalid date or
  /// number, unclosed bracket, chained comparison, nesting too deep), or a message has an unclosed
  /// `{` or a lone `}`.
  case exprSyntax = "E-EXPR-SYNTAX"
  /// A variable that is not in the rule's scope.
  case exprUnknownName = "E-EXPR-UNKNOWN-NAME"
  /// A field the object does not have.
  case exprUnknownField = "E-EXPR-UNKNOWN-FIELD"
  /// A function or macro that does not exist.
  case exprUnknownFunction = "E-EXPR-UNKNOWN-FUNCTION"
  /// A string literal compared with a vocabulary term is not in that vocabulary.
  case exprUnknownTerm = "E-EXPR-UNKNOWN-TERM"
  /// Operands or arguments of the wrong type, a wrong number of arguments, a field of a non-object,
  /// `matches` without a literal, or an object in a message.
  case exprType = "E-EXPR-TYPE"
  /// The literal after `matches` is not a valid regular expression.
  case exprRegex = "E-EXPR-REGEX"
  /// A `when` condition whose type is not bool.
  case exprNotBool = "E-EXPR-NOT-BOOL"

  /// An archived source copy whose SHA-256 differs from the one the case records.
  case archiveHash = "E-ARCHIVE-HASH"
  /// An evidence quote not found word for word in its source's archived copy.
  case archiveQuote = "E-ARCHIVE-QUOTE"
  /// An archive path that is absolute, leaves the case's folder (or `--archive-dir`) by `..` or a
  /// symbolic link, or names a folder, pipe or device.
  case archivePath = "E-ARCHIVE-PATH"

  /// A report read back (`audit diff`, `--since`) that is not well-formed JSON.
  case reportSyntax = "E-REPORT-SYNTAX"
  /// A JSON file read back as a report that is not an `audit-report/2` or `/3` document, or
  /// whose findings lack a field or hold one of the wrong kind.
  case reportFormat = "E-REPORT-FORMAT"
  /// Two reports compared (`audit diff`, `--since`) that are about different cases.
  case reportCase = "E-REPORT-CASE"

  /// A command-line value that names nothing loaded (`--principle`, `--rule`, `--action`).
  case usage = "E-USAGE"

  /// A warning: an archived copy is not found or unreadable, so its quotes are reported unverified.
  case archiveMissing = "W-ARCHIVE-MISSING"

  /// A warning: a `matches` took more than its bound of steps on one action or person, so the
  /// condition is undecided there.
  case regexBound = "W-REGEX-BOUND"
  /// A warning of `audit rules validate`: a `matches` pattern repeats a group that itself repeats,
  /// such as `(a+)+`, so it may reach its bound.
  case regexNested = "W-REGEX-NESTED"

  /// A warning: a folder given with `--rules` holds no rule file.
  case packEmpty = "W-PACK-EMPTY"

  /// A warning: a finding's basis (acts, rules, cited evidence) has changed since the
  /// decision recorded on it; the decision is kept, flagged "changed since decided".
  case reviewChanged = "W-REVIEW-CHANGED"
  /// A warning: a decision recorded about a finding this run no longer makes; kept, and listed
  /// in the report.
  case reviewOrphan = "W-REVIEW-ORPHAN"
  /// A warning: an act's tags disagree with a judgement the review record holds on them.
  case reviewJudgement = "W-REVIEW-JUDGEMENT"

  /// A note: past 200 errors in one file (duplicate keys included) or in one load of the packs, the
  /// rest are counted, not shown.
  case tooMany = "N-TOO-MANY"

  /// A note after a syntax error: the quoted scalar before it spans several lines, so its closing
  /// quote may be missing.
  case yamlQuote = "N-YAML-QUOTE"
  /// A note of `audit check --coding`: an act's own quoted words hold an indicator phrase of a
  /// tag it is not tagged with.
  case codingUntagged = "N-CODING-UNTAGGED"
  /// A note of `audit check --coding`: an act is tagged with a tag none of whose indicator
  /// phrases is in its quoted words.
  case codingUnsupported = "N-CODING-UNSUPPORTED"

  /// The code as printed: `E-YAML-SYNTAX`.
  public var description: String { rawValue }

  /// Ordered by the code as printed, so diagnostics sort the same way they read.
  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
