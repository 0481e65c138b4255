import AuditCore

/// Everything the engine concludes about one case, and all that later stages read: the rule
/// hits, the assessment (findings, patterns, context, undecided), the quote verification and
/// the case index. The report is a view of it; `--fail-on` asks it.
public struct CaseResult: Sendable {
  /// The hits, outcomes, unmatched and undecided acts of the rules evaluated.
  public let evaluation: CaseEvaluation
  /// The hits grouped into findings about the subject, patterns and context.
  public let assessment: CaseAssessment
  /// Which quotes were found in their source's archived copy.
  public let verification: QuoteVerification
  /// The rules evaluated (the principle filter's), by id.
  public let rules: [RuleSpec]
  /// The principles the run was restricted to (`--principle`); empty means all.
  public let principles: [String]
  /// The case's review record matched to the findings: each finding's decision, and what
  /// the record says that this run no longer bears out.
  public let review: ReviewAssessment
  /// Every rule of the catalogue by id, built once by the pipeline.
  let rulesByID: [String: RuleSpec]

  init(
    evaluation: CaseEvaluation, assessment: CaseAssessment, verification: QuoteVerification,
    rules: [RuleSpec], principles: [String], rulesByID: [String: RuleSpec],
    review: ReviewAssessment
  ) {
    self.review = review
    self.evaluation = evaluation
    self.assessment = assessment
    self.verification = verification
    self.rules = rules
    self.principles = principles
    self.rulesByID = rulesByID
  }

  /// The case.
  public var audit: AuditCase { evaluation.audit }
  /// The case indexed by id.
  public var index: CaseIndex { evaluation.index }
  /// The record's warnings for this run: findings changed since decided, decisions that
  /// match no finding, judgements the coding disagrees with.
  public var reviewWarnings: [Diagnostic] { review.warnings(assessment.findings) }
  /// Every rule hit, context included, ordered by principle, severity, rule, date.
  public var hits: [RuleHit] { evaluation.hits }

  /// The rule with `id`, from any pack loaded.
  public func rule(_ id: String) -> RuleSpec? { rulesByID[id] }

  /// True when a finding or a pattern about the subject is at or above `threshold`: what
  /// `--fail-on` asks. Context (authorities' acts, standards) never counts, nor a finding the
  /// review record dismisses on its present basis (like a waiver).
  public func hasFinding(atOrAbove threshold: Severity) -> Bool {
    assessment.findings.contains { $0.severity >= threshold && !review.isDismissed($0.id) }
      || assessment.patterns.contains { $0.hit.severity >= threshold }
  }

  /// How many findings and patterns about the subject are at or above `threshold`, the
  /// findings the review record dismisses left out.
  public func count(atOrAbove threshold: Severity) -> (findings: Int, patterns: Int) {
    (
      assessment.findings.filter { $0.severity >= threshold && !review.isDismissed($0.id) }.count,
      assessment.patterns.filter { $0.hit.severity >= threshold }.count
    )
  }
}
