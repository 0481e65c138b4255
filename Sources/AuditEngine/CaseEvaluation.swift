import AuditCore

/// What one rule did on one case: how much it searched and what it found.
public struct RuleOutcome: Sendable, Hashable {
  /// The rule's id.
  public let rule: String
  /// How many acts (or people, for person rules) the rule applied to.
  public let considered: Int
  /// The earliest and latest date of the acts considered.
  public let span: (first: DateRange, last: DateRange)?
  /// How many hits it produced.
  public let hits: Int
  /// How many of the acts (or people) considered it was undecided for: its condition was
  /// unknown because data was missing.
  public let undecided: Int

  /// Creates an outcome.
  public init(
    rule: String, considered: Int, span: (first: DateRange, last: DateRange)?, hits: Int,
    undecided: Int = 0
  ) {
    self.rule = rule
    self.considered = considered
    self.span = span
    self.hits = hits
    self.undecided = undecided
  }

  public static func == (lhs: RuleOutcome, rhs: RuleOutcome) -> Bool {
    lhs.rule == rhs.rule && lhs.considered == rhs.considered && lhs.hits == rhs.hits
      && lhs.undecided == rhs.undecided
      && lhs.span?.first == rhs.span?.first && lhs.span?.last == rhs.span?.last
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(rule) }
}

/// The result of evaluating every rule on one case.
public struct CaseEvaluation: Sendable {
  /// The case evaluated.
  public let audit: AuditCase
  /// Rule hits ordered by principle, severity (highest first), rule, date.
  public let hits: [RuleHit]
  /// One outcome per rule, by rule id.
  public let outcomes: [RuleOutcome]
  /// Positions in `audit.actions` of the acts no rule cited, ascending: a position per act,
  /// where a million ids would each be copied, and hashed again by whoever looks one up.
  public let unmatchedPositions: [Int]
  /// Every act (or person) a rule was undecided for, by rule then act id.
  public let undecided: [Undecided]
  /// Conditions that could not be decided (a `matches` past its step bound), located at the
  /// pattern; the command line prints them.
  public let warnings: [Diagnostic]
  /// The case indexed by id: built once, by the evaluation, for whatever reads its results
  /// (the assessment, the report).
  public let index: CaseIndex

  /// Creates an evaluation; `unmatchedPositions` are positions in `audit.actions`, ascending.
  public init(
    audit: AuditCase, hits: [RuleHit], outcomes: [RuleOutcome], unmatchedPositions: [Int],
    undecided: [Undecided] = [],
    warnings: [Diagnostic] = [], index: CaseIndex? = nil
  ) {
    self.audit = audit
    self.index = index ?? CaseIndex(audit)
    self.hits = hits
    self.outcomes = outcomes
    self.unmatchedPositions = unmatchedPositions
    self.undecided = undecided
    self.warnings = warnings
  }

  /// Creates an evaluation whose unmatched acts are those of `audit` with an id among
  /// `unmatchedActions` (an id no act has names none): for an evaluation made by hand, as a
  /// test's; the evaluator gives positions.
  public init(
    audit: AuditCase, hits: [RuleHit], outcomes: [RuleOutcome], unmatchedActions: [String],
    undecided: [Undecided] = [],
    warnings: [Diagnostic] = [], index: CaseIndex? = nil
  ) {
    let unmatched = Set(unmatchedActions)
    self.init(
      audit: audit, hits: hits, outcomes: outcomes,
      unmatchedPositions: audit.actions.indices.filter { unmatched.contains(audit.actions[$0].id) },
      undecided: undecided, warnings: warnings, index: index)
  }

  /// Ids of the acts no rule cited, in case order.
  public var unmatchedActions: [String] { unmatchedPositions.map { audit.actions[$0].id } }
}
