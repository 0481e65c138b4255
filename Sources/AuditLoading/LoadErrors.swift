import AuditCore

/// One named factory per kind of loading error, so each is worded the same everywhere.
///
/// The codes are stable and listed in docs/error-codes.md.
public enum LoadErrors {
  static func yamlSyntax(_ problem: String, at location: SourceLocation?) -> Diagnostic {
    .error(.yamlSyntax, "invalid YAML: \(problem)", at: location)
  }
  static func emptyDocument(at location: SourceLocation) -> Diagnostic {
    .error(.yamlEmpty, "the file holds no YAML document", at: location)
  }
  static func quoteOpened(_ start: SourceLocation, closedAt end: SourceLocation) -> Diagnostic {
    Diagnostic(
      .note, .yamlQuote,
      "the quoted scalar opened here runs to line \(end.line): is its closing quote missing?",
      at: start)
  }
  static func noRuleFile(in directory: String) -> Diagnostic {
    .warning(
      .packEmpty,
      "no rule file in '\(directory)': a pack's rules are the .yaml files beside its pack.yaml",
      at: nil)
  }
  static func severalDocuments(at location: SourceLocation) -> Diagnostic {
    .error(
      .yamlDocuments, "the file must hold one YAML document; a second starts here", at: location
    )
  }
  static func duplicateKey(_ key: String, first: SourceLocation, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .yamlDuplicateKey,
      "duplicate key '\(key)' (first at line \(first.line)); YAML would keep only one",
      at: location)
  }
  static func unknownAlias(_ name: String, at location: SourceLocation) -> Diagnostic {
    .error(.yamlAlias, "alias '*\(name)' names no anchor defined before it", at: location)
  }
  static func tooManyNodes(_ limit: Int, at location: SourceLocation) -> Diagnostic {
    .error(.yamlBound, "aliases add more than \(limit) nodes to the document", at: location)
  }
  static func tooManyBytes(_ limit: Int, at location: SourceLocation) -> Diagnostic {
    .error(
      .yamlBound, "aliases add more than \(limit) bytes of text to the document when expanded",
      at: location)
  }
  static func tooDeep(_ limit: Int, at location: SourceLocation) -> Diagnostic {
    .error(.yamlBound, "the document nests deeper than \(limit) levels", at: location)
  }
  static func unsupportedTag(_ tag: String, at location: SourceLocation) -> Diagnostic {
    .error(.yamlTag, "unsupported YAML tag '\(tag)'", at: location)
  }
  static func mergeKey(at location: SourceLocation) -> Diagnostic {
    .error(.yamlMerge, "merge keys ('<<') are not supported: write the keys out", at: location)
  }
  static func complexKey(at location: SourceLocation) -> Diagnostic {
    .error(.yamlKey, "a mapping key must be a plain string", at: location)
  }
  static func unknownKey(
    _ key: String, in context: String, hint: String, at location: SourceLocation
  )
    -> Diagnostic
  {
    .error(.schemaUnknownKey, "unknown key '\(key)' in \(context)" + hint, at: location)
  }
  static func missingKey(_ key: String, in context: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(.schemaMissingKey, "\(context) needs '\(key)'", at: location)
  }
  static func wrongKind(
    _ expected: String, found: String, for what: String, at location: SourceLocation
  )
    -> Diagnostic
  {
    .error(.schemaType, "\(what) must be \(expected), not a \(found)", at: location)
  }
  static func invalidValue(
    _ value: String, for what: String, expected: [String], at location: SourceLocation
  )
    -> Diagnostic
  {
    .error(
      .schemaValue,
      "'\(value)' is not a valid \(what); expected one of \(expected.joined(separator: ", "))"
        + Suggestion.hint(for: value, in: expected), at: location)
  }
  static func badNumber(
    _ value: String, for what: String, range: ClosedRange<Int>, at location: SourceLocation
  )
    -> Diagnostic
  {
    .error(
      .schemaValue,
      "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'",
      at: location)
  }
  static func badDate(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaDate,
      "'\(value)' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY with a real day",
      at: location)
  }
  static func badDuration(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaDuration, "'\(value)' is not a duration: write e.g. 30d, 6w or 1y", at: location)
  }
  static func badID(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaID, "'\(value)' is not a valid id: ids match [a-z0-9][a-z0-9._-]*", at: location)
  }
  static func badURL(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(.schemaURL, "'\(value)' is not an http(s) URL", at: location)
  }
  static func emptyText(_ what: String, at location: SourceLocation) -> Diagnostic {
    .error(.schemaEmpty, "\(what) must not be empty", at: location)
  }
  static func noEvidence(_ id: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .caseNoEvidence, "action '\(id)' has no evidence: every action needs at least one item",
      at: location)
  }
  static func duplicateID(
    _ id: String, in section: String, first: SourceLocation?, at location: SourceLocation
  )
    -> Diagnostic
  {
    let previous = first.map { " (first at line \($0.line))" } ?? ""
    return .error(
      .schemaDuplicateID, "duplicate id '\(id)' in \(section)\(previous)", at: location)
  }
  static func unresolved(_ id: String, kind: String, hint: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(.refUnresolved, "unknown \(kind) '\(id)'" + hint, at: location)
  }
  static func unknownTerm(
    _ term: String, kind: Vocabulary.Kind, hint: String, at location: SourceLocation
  )
    -> Diagnostic
  {
    .error(
      .vocabUnknown,
      "unknown \(kind.singular) '\(term)': not in the vocabulary's \(kind.rawValue)" + hint,
      at: location)
  }
  static func ambiguousCapacity(
    _ person: String, organizations: [String], date: DateRange, at location: SourceLocation
  )
    -> Diagnostic
  {
    .error(
      .caseCapacity,
      "'\(person)' held positions in \(organizations.joined(separator: ", ")) on \(date): say which one the act was for with 'on_behalf_of'",
      at: location)
  }
  static func periodOrder(at location: SourceLocation) -> Diagnostic {
    .error(.casePeriod, "the period's 'from' is after its 'to'", at: location)
  }
  static func positionOrder(_ role: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .casePeriod, "the position '\(role)' starts ('from') after it ends ('to')", at: location)
  }
  static func missingPackFile(_ path: String) -> Diagnostic {
    .error(.ioRead, "missing '\(path)': the first rule pack loaded must define it", at: nil)
  }
  static func unreadable(_ path: String, reason: String) -> Diagnostic {
    .error(.ioRead, "cannot read '\(path)': \(reason)", at: nil)
  }
  static func notUTF8(at location: SourceLocation) -> Diagnostic {
    .error(.ioEncoding, "the file is not valid UTF-8", at: location)
  }
  static func duplicateRule(_ id: String, first: String, at location: SourceLocation) -> Diagnostic
  {
    .error(.ruleDuplicate, "rule '\(id)' is already defined in \(first)", at: location)
  }
  static func badAggregate(_ message: String, at location: SourceLocation) -> Diagnostic {
    .error(.ruleAggregate, message, at: location)
  }
}

extension LoadErrors {
  /// A note saying how many errors were left out past the cap, if any.
  static func truncation(_ bag: DiagnosticBag) -> [Diagnostic] {
    bag.dropped == 0
      ? [] : [Diagnostic(.note, .tooMany, "\(bag.dropped) more errors not shown", at: nil)]
  }
}
