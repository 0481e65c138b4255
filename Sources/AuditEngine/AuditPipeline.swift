import AuditCore

/// The engine's one entry point: evaluates a catalogue's rules on a case and assesses the hits,
/// returning one `CaseResult` per case. The principle filter is applied here, once, and the
/// rule maps every case reads are built here, once per run.
public struct AuditPipeline: Sendable {
  /// The catalogue the rules come from.
  public let catalogue: RuleCatalogue
  /// The principles the run is restricted to; empty means all.
  public let principles: [String]
  /// The rules evaluated: every rule of the catalogue, or those of `principles`, by id.
  public let rules: [RuleSpec]
  private let evaluator: Evaluator
  private let compiledByID: [String: CompiledRule]
  private let selected: Set<String>
  private let rulesByID: [String: RuleSpec]
  private let principleRank: [String: Int]

  /// A pipeline over `catalogue`'s rules, compiled as `compiled`; with `principles`, only the
  /// rules of those principles are evaluated, shown and counted.
  public init(catalogue: RuleCatalogue, compiled: [CompiledRule], principles: [String] = []) {
    self.catalogue = catalogue
    self.principles = principles
    let filter = Set(principles)
    rules = catalogue.rules.filter { filter.isEmpty || filter.contains($0.basis.id) }
      .sorted { $0.id < $1.id }
    let selected = Set(rules.map(\.id))
    self.selected = selected
    evaluator = Evaluator(
      rules: compiled.filter { selected.contains($0.spec.id) }, thresholds: catalogue.strength)
    compiledByID = Dictionary(
      compiled.map { ($0.spec.id, $0) }, uniquingKeysWith: { first, _ in first })
    rulesByID = Dictionary(
      catalogue.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    principleRank = Dictionary(
      catalogue.principles.enumerated().map { ($1.id, $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// Evaluates the selected rules on `audit`: its rule hits, outcomes and undecided acts;
  /// `verification` marks each cited quote found or not.
  public func evaluate(_ audit: AuditCase, verification: QuoteVerification = .init())
    -> CaseEvaluation
  {
    evaluator.evaluate(audit, verified: verification)
  }

  /// Groups an evaluation's hits into findings about the subject, patterns and context, and
  /// matches the case's review record, if any, to the findings. An evaluation made elsewhere
  /// (a test, a library user) keeps only the selected rules' hits, outcomes and undecided acts.
  public func assess(
    _ evaluation: CaseEvaluation, verification: QuoteVerification = .init(),
    review: ReviewRecord? = nil
  ) -> CaseResult {
    let evaluation = restricted(evaluation)
    let assessment = CaseAssessment(
      evaluation, rules: rulesByID, principleRank: principleRank, verified: verification)
    return CaseResult(
      evaluation: evaluation, assessment: assessment, verification: verification, rules: rules,
      principles: principles, rulesByID: rulesByID,
      review: ReviewAssessment(
        record: review, findings: assessment.findings, audit: evaluation.audit))
  }

  /// `evaluate`, then `assess`.
  public func run(
    _ audit: AuditCase, verification: QuoteVerification = .init(), review: ReviewRecord? = nil
  ) -> CaseResult {
    assess(evaluate(audit, verification: verification), verification: verification, review: review)
  }

  /// The compiled rule `id`, of any principle: `explain` traces rules the run may leave out.
  public func compiledRule(_ id: String) -> CompiledRule? { compiledByID[id] }

  /// Why `rule` did or did not fire on `audit`: the value of every sub-expression, for every
  /// act (or only `action`), or every person for a person rule.
  public func explain(_ rule: CompiledRule, on audit: AuditCase, action: String? = nil) -> String {
    Explainer(rule: rule).explain(audit, actionID: action)
  }

  /// `evaluation` with only the selected rules' hits, outcomes and undecided acts.
  private func restricted(_ evaluation: CaseEvaluation) -> CaseEvaluation {
    let selected = selected
    let foreign = { (rule: String) in !selected.contains(rule) }
    guard
      evaluation.hits.contains(where: { foreign($0.rule) })
        || evaluation.outcomes.contains(where: { foreign($0.rule) })
        || evaluation.undecided.contains(where: { foreign($0.rule) })
    else { return evaluation }
    return CaseEvaluation(
      audit: evaluation.audit, hits: evaluation.hits.filter { !foreign($0.rule) },
      outcomes: evaluation.outcomes.filter { !foreign($0.rule) },
      unmatchedPositions: evaluation.unmatchedPositions,
      undecided: evaluation.undecided.filter { !foreign($0.rule) }, warnings: evaluation.warnings,
      index: evaluation.index)
  }
}
