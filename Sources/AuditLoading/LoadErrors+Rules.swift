import AuditCore

/// The errors of a rule's basis: a principle for the Movement's components, a standard for
/// other parties.
extension LoadErrors {
  static func noBasis(at location: SourceLocation) -> Diagnostic {
    .error(
      .ruleBasis,
      "a rule needs 'principle' (a Fundamental Principle, for acts of the Movement's components), 'breaches' (provisions of the Movement's instruments, from references.yaml) or 'standard' (from standards.yaml, for acts of other parties such as authorities)",
      at: location)
  }
  static func twoBases(at location: SourceLocation) -> Diagnostic {
    .error(
      .ruleBasis,
      "a rule names either 'principle' or 'standard', not both: a principle judges the Movement's components, a standard other parties",
      at: location)
  }
  static func breachesWithStandard(at location: SourceLocation) -> Diagnostic {
    .error(
      .ruleBasis,
      "a context rule ('standard') names no 'breaches': the Movement's instruments bind its components, not other parties",
      at: location)
  }
  static func principleOutsideMovement(_ type: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .ruleBasis,
      "a 'principle' or 'breaches' rule may apply only to the Movement's components (\(movementTypes)), not to '\(type)': the Fundamental Principles and the Movement's instruments bind the Movement, not States; judge this act with a 'standard' rule",
      at: location)
  }
  static func principleWithoutComponents(at location: SourceLocation) -> Diagnostic {
    .error(
      .ruleBasis,
      "a 'principle' or 'breaches' rule must say which of the Movement's components it applies to: give 'applies_to' with some of \(movementTypes)",
      at: location)
  }

  static func missingWording(_ what: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaMissingKey,
      "\(what) needs 'text' (its exact words, if they were read) or 'summary' (what it says, in the pack's words)",
      at: location)
  }

  private static var movementTypes: String {
    RuleBasis.movementOrganizationTypes.joined(separator: ", ")
  }
  static func packFileOutside(_ path: String, pack: String) -> Diagnostic {
    .error(
      .packPath,
      "pack file '\(path)' leads, through a symbolic link, outside the pack's folder '\(pack)': it is not read",
      at: nil)
  }
}

/// The errors of a pack's `measures.yaml` and of a rule's `questions`.
extension LoadErrors {
  static func measureNever(_ measure: String, _ problem: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .measureWhen,
      "\(measure) \(problem): it would never be recommended; give at least one condition (severity_at_least, strength_at_least, rules or principles)",
      at: location)
  }
  static func measureConditionEmpty(of measure: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .measureWhen,
      "a condition of \(measure) sets nothing: give severity_at_least, strength_at_least, rules or principles (for every finding, write 'severity_at_least: info')",
      at: location)
  }
  static func measureEmptyList(_ key: String, of measure: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .measureWhen,
      "'\(key)' in a condition of \(measure) is empty: name at least one, or leave the key out",
      at: location)
  }
  static func badQuestion(_ problem: String, at location: SourceLocation) -> Diagnostic {
    .error(.ruleQuestion, problem, at: location)
  }
}
