import AuditCore
import AuditExpression
import Foundation

/// Evaluates compiled rules on a case and turns matches into graded, cited rule hits.
public struct Evaluator: Sendable {
  public let rules: [CompiledRule]
  public let grader: StrengthGrader
  /// What each rule's condition requires of single values, by the rule's position.
  let requirements: [[Requirement]]
  /// Each rule's top-level conditions on one line, by their text as written (the same for
  /// every hit of the rule: made once).
  let conditionLines: [[String: String]]

  /// Creates an evaluator.
  public init(rules: [CompiledRule], thresholds: PackManifest.StrengthThresholds) {
    self.rules = rules
    self.grader = StrengthGrader(thresholds: thresholds)
    self.requirements = rules.map { $0.condition.requirements }
    self.conditionLines = rules.map { rule in
      Dictionary(
        rule.condition.conjunctTexts.map { ($0, SourceText.oneLine($0)) },
        uniquingKeysWith: { first, _ in first })
    }
  }

  /// Evaluates every rule; `verified` tells, per evidence item, whether its quote was found in
  /// the archive.
  ///
  /// Each rule is evaluated only on the acts its condition can hold for (`CandidateIndex`), and a
  /// large case is cut into pieces evaluated on every core; the result does not depend on
  /// either: the same hits, outcomes and undecided acts, in the same order.
  public func evaluate(_ audit: AuditCase, verified: QuoteVerification = .init()) -> CaseEvaluation
  {
    // The acts and people are attributed first; only those a rule is to be evaluated on are
    // laid out as values, once, whatever the number of rules evaluated on them.
    var laidOut = CaseValues(audit, layingOut: false)
    let personRule = rules.map { $0.spec.scope == .person }
    // One path indexed per rule, a list's elements (tags) before a string (a type): they
    // usually rule out more, and reading every act's value at a path is most of an index's
    // cost. Whichever is indexed, the candidates are exact.
    let indexed = requirements.map { found in
      found.first { $0.demand.elements != nil } ?? found.first
    }
    let actionIndex = CandidateIndex(
      count: laidOut.actions.count,
      requirements: rules.indices.filter { !personRule[$0] }.compactMap { indexed[$0] }
    ) { [laidOut] in laidOut.value(at: $0, ofAction: $1) }
    let personIndex = CandidateIndex(
      count: laidOut.people.count,
      requirements: rules.indices.filter { personRule[$0] }.compactMap { indexed[$0] }
    ) { [laidOut] in laidOut.value(at: $0, ofPerson: $1) }
    let targets = rules.indices.map { position in
      let index = personRule[position] ? personIndex : actionIndex
      return self.targets(
        rules[position], laidOut, candidates: index.candidates(requirements[position]))
    }
    laidOut.layOut(
      actions: Self.union(of: rules.indices.filter { !personRule[$0] }.map { targets[$0] }),
      people: Self.union(of: rules.indices.filter { personRule[$0] }.map { targets[$0] }))
    let values = laidOut
    var scopes = ScopeSummaries(values)
    // Pieces of at most `piece` acts (or people), so both cores stay busy to the end.
    let piece = 2048
    let work: [(rule: Int, range: Range<Int>)] = targets.enumerated().flatMap { rule, positions in
      stride(from: 0, to: positions.count, by: piece).map {
        (rule, $0..<min($0 + piece, positions.count))
      }
    }
    // A small case is done sooner on one core than handed out.
    let large = targets.reduce(0) { $0 + $1.count } >= 4 * piece
    let decided = Parallel.map(work.count, parallel: large) { item in
      let (rule, range) = work[item]
      return decide(rules[rule], targets[rule][range], values)
    }
    var matches: [(rule: Int, match: Match)] = []
    var outcomes: [RuleOutcome] = []
    var undecided: [Undecided] = []
    var warnings: [Diagnostic] = []
    var next = 0
    for (position, rule) in rules.enumerated() {
      var decisions = Decisions()
      while next < work.count, work[next].rule == position {
        decisions.matched += decided[next].matched
        decisions.undecided += decided[next].undecided
        warnings += decided[next].warnings
        next += 1
      }
      let result = conclude(rule, decisions, values, &scopes)
      matches += result.matches.map { (position, $0) }
      outcomes.append(result.outcome)
      undecided += result.undecided
    }
    // The hits of every rule at once, on every core: most rules have too few for pieces of
    // their own.
    var hits = Parallel.map(matches, piece: 128) { rule, match in
      hit(rules[rule], match, values, verified, lines: conditionLines[rule])
    }
    hits.sort(by: Self.order)
    let cited = Set(hits.flatMap(\.actions))
    let acts = audit.actions
    return CaseEvaluation(
      audit: audit, hits: hits, outcomes: outcomes.sorted { $0.rule < $1.rule },
      unmatchedPositions: acts.indices.filter { !cited.contains(acts[$0].id) },
      undecided: undecided.sorted(by: Undecided.order), warnings: warnings, index: values.index)
  }

  /// The positions in any of `lists`, ascending, each once.
  static func union(of lists: [[Int]]) -> [Int] {
    guard let largest = lists.map({ $0.max() ?? -1 }).max(), largest >= 0 else { return [] }
    var marked = [Bool](repeating: false, count: largest + 1)
    for list in lists { for position in list { marked[position] = true } }
    return marked.indices.filter { marked[$0] }
  }

  /// The hits of one rule, what it searched, and the acts (or people) it was undecided for.
  ///
  /// A rule fires only where its condition is true. Where it is unknown, the act is undecided:
  /// it makes no hit and, for a pattern rule, does not count toward the window.
  public func evaluate(
    _ rule: CompiledRule, _ values: CaseValues, _ verified: QuoteVerification = .init()
  )
    -> (hits: [RuleHit], outcome: RuleOutcome, undecided: [Undecided])
  {
    var scopes = ScopeSummaries(values)
    let positions = targets(rule, values, candidates: nil)
    let result = conclude(rule, decide(rule, positions[...], values), values, &scopes)
    return (
      Parallel.map(result.matches, piece: 128) { hit(rule, $0, values, verified, lines: [:]) },
      result.outcome, result.undecided
    )
  }

  /// What one hit is made from: the acts of a match or a pattern's window, or a person.
  enum Match: Sendable {
    case actions([CaseValues.ActionBinding])
    case person(Int)
  }

  /// The hit `rule` makes of `match`.
  /// `lines` holds the rule's conditions already put on one line, by their text.
  private func hit(
    _ rule: CompiledRule, _ match: Match, _ values: CaseValues, _ verified: QuoteVerification,
    lines: [String: String]
  ) -> RuleHit {
    let period = values.audit.period
    switch match {
    case .actions(let group):
      return withCircumstances(
        actionHit(rule, group, values.index, verified, lines), rule,
        bindings: group[0].bindings, dates: group.map(\.action.date), period: period)
    case .person(let position):
      let binding = values.people[position]
      return withCircumstances(
        personHit(rule, binding, values, verified, lines), rule, bindings: binding.bindings,
        dates: [], period: period)
    }
  }

  /// The value of `rule`'s condition for one action or person. A `matches` pattern that gave
  /// up deciding makes it unknown and adds a warning at the pattern naming the rule and `what`.
  func condition(
    _ rule: CompiledRule, _ bindings: [Value], _ what: @autoclosure () -> String,
    _ warnings: inout [Diagnostic]
  ) -> Value {
    var patterns: [SourceLocation] = []
    let value = rule.condition.evaluate(bindings, undecided: &patterns)
    for location in patterns {
      warnings.append(
        .warning(
          .regexBound,
          "rule \(rule.spec.id) is undecided for \(what()): its pattern took too many steps to match",
          at: location))
    }
    return value
  }

  /// What each hit of one rule is made from, in order, and the rule's outcome.
  private func conclude(
    _ rule: CompiledRule, _ decisions: Decisions, _ values: CaseValues,
    _ scopes: inout ScopeSummaries
  ) -> (matches: [Match], outcome: RuleOutcome, undecided: [Undecided]) {
    let spec = rule.spec
    if spec.scope == .person {
      return (
        decisions.matched.map(Match.person),
        RuleOutcome(
          rule: spec.id, considered: scopes.people(spec.appliesTo), span: nil,
          hits: decisions.matched.count, undecided: decisions.undecided.count),
        decisions.undecided
      )
    }
    let matched = decisions.matched.map { values.actions[$0] }
    let groups: [[CaseValues.ActionBinding]] =
      if let aggregate = spec.aggregate {
        // Background acts (outside the period, before the norms) never count toward a pattern.
        Self.windows(
          matched.filter {
            !Self.isBackground($0.action.date, rule, period: values.audit.period)
          }, aggregate, groupBy: rule.groupBy)
      } else {
        matched.map { [$0] }
      }
    let scope = scopes.actions(spec.appliesTo)
    return (
      groups.map(Match.actions),
      RuleOutcome(
        rule: spec.id, considered: scope.count, span: scope.span, hits: groups.count,
        undecided: decisions.undecided.count),
      decisions.undecided.sorted(by: Undecided.order)
    )
  }

  /// For each group, the window of `within` days holding the most matches, if it holds enough.
  static func windows(
    _ matched: [CaseValues.ActionBinding], _ aggregate: RuleSpec.Aggregate,
    groupBy: CompiledExpression?
  ) -> [[CaseValues.ActionBinding]] {
    var steps = 0
    return windows(matched, aggregate, groupBy: groupBy, steps: &steps)
  }

  /// `windows(_:_:groupBy:)`, adding to `steps` one per act grouped and the steps of each
  /// group's window search (sorting aside), for tests that count work instead of timing it.
  static func windows(
    _ matched: [CaseValues.ActionBinding], _ aggregate: RuleSpec.Aggregate,
    groupBy: CompiledExpression?, steps: inout Int
  ) -> [[CaseValues.ActionBinding]] {
    // Grouped by the value itself (not its display, which shortens long lists), in the order
    // the groups first appear in the case.
    var groups: [Value: [CaseValues.ActionBinding]] = [:]
    var order: [Value] = []
    for binding in matched {
      steps += 1
      let key = groupBy?.evaluate(binding.bindings) ?? .null
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(binding)
    }
    var result: [[CaseValues.ActionBinding]] = []
    for key in order {
      let sorted = groups[key]!.sorted {
        ($0.action.date.firstDay, $0.action.id) < ($1.action.date.firstDay, $1.action.id)
      }
      // A window holds acts whose whole dates fall within `within` days of its first day:
      // a year-only date counts with its whole year, so it cannot make a pattern by itself.
      let range = Self.longestWindow(
        first: sorted.map(\.action.date.firstDay), last: sorted.map(\.action.date.lastDay),
        within: aggregate.withinDays, steps: &steps)
      let best = sorted[range]
      if best.count >= aggregate.atLeast { result.append(Array(best)) }
    }
    return result
  }

  /// The earliest longest run `start..<end` of acts (sorted by first day) whose last days all
  /// fall within `within` days of the first day of `start`; empty when no act fits by itself.
  ///
  /// One pass with two pointers: moving the start forward never shortens the valid end (the
  /// first day only grows and the latest last day only shrinks), and the latest last day of the
  /// run is kept in a queue of decreasing last days, so each act enters and leaves it once.
  static func longestWindow(first: [Int], last: [Int], within: Int) -> Range<Int> {
    var steps = 0
    return longestWindow(first: first, last: last, within: within, steps: &steps)
  }

  /// `longestWindow(first:last:within:)`, adding to `steps` one per pass of each loop, so a
  /// test can show the work grows linearly with the acts (a count, not a time).
  static func longestWindow(first: [Int], last: [Int], within: Int, steps: inout Int)
    -> Range<Int>
  {
    var best = 0..<0
    var end = 0
    var latest: [Int] = []  // indices in start..<end, their last days decreasing
    var head = 0
    for start in first.indices {
      steps += 1
      if end < start { end = start }
      while end < first.count {
        steps += 1
        let top = head < latest.count ? max(last[latest[head]], last[end]) : last[end]
        guard top - first[start] <= within else { break }
        while latest.count > head, last[latest[latest.count - 1]] <= last[end] {
          steps += 1
          latest.removeLast()
        }
        latest.append(end)
        end += 1
      }
      if end > start, end - start > best.count { best = start..<end }
      if head < latest.count, latest[head] == start { head += 1 }
    }
    return best
  }

  private func actionHit(
    _ rule: CompiledRule, _ group: [CaseValues.ActionBinding], _ index: CaseIndex,
    _ verified: QuoteVerification, _ lines: [String: String]
  ) -> RuleHit {
    let first = group[0]
    var weakest: (Strength, String)?
    var evidence: [RuleHit.CitedEvidence] = []
    for binding in group {
      let speakers = Set([binding.action.actor] + (binding.organization.map { [$0.id] } ?? []))
      let grade = grader.grade(binding.action.evidence, speakers: speakers, in: index)
      if weakest == nil || grade.0 < weakest!.0 { weakest = grade }
      evidence += verified.cite(binding.action.evidence, action: binding.action.id, in: index)
    }
    return RuleHit(
      rule: rule.spec.id, title: rule.spec.title, principle: rule.spec.basis.id,
      severity: rule.spec.severity, organization: first.organization?.id ?? first.action.actor,
      actions: group.map(\.action.id), person: nil, message: rule.message.render(first.bindings),
      evidence: evidence,
      references: [rule.spec.basis.key + "." + rule.spec.basis.id] + rule.spec.references,
      strength: weakest!.0, strengthBasis: weakest!.1,
      conditions: Self.conditions(rule.condition.trace(first.bindings), lines: lines))
  }

  private func personHit(
    _ rule: CompiledRule, _ binding: CaseValues.PersonBinding, _ values: CaseValues,
    _ verified: QuoteVerification, _ lines: [String: String]
  ) -> RuleHit {
    let audit = values.audit
    let items = binding.person.positions.flatMap(\.evidence)
    let (strength, basis) =
      items.isEmpty
      ? (.alleged, "no evidence is recorded for the person's positions")
      : grader.grade(items, speakers: [binding.person.id], in: values.index)
    return RuleHit(
      rule: rule.spec.id, title: rule.spec.title, principle: rule.spec.basis.id,
      severity: rule.spec.severity, organization: audit.subject, actions: [],
      person: binding.person.id, message: rule.message.render(binding.bindings),
      evidence: verified.cite(items, action: "", in: values.index),
      references: [rule.spec.basis.key + "." + rule.spec.basis.id] + rule.spec.references,
      strength: strength, strengthBasis: basis,
      conditions: Self.conditions(rule.condition.trace(binding.bindings), lines: lines))
  }

  /// Each top-level condition of `when`, with the case values it read; `lines` holds the
  /// conditions already put on one line, by their text.
  static func conditions(_ trace: Trace, lines: [String: String] = [:]) -> [RuleHit.Condition] {
    trace.conjuncts.map { conjunct in
      var values: [String] = []
      collectPaths(conjunct, into: &values)
      let text = lines[conjunct.text] ?? SourceText.oneLine(conjunct.text)
      return RuleHit.Condition(text: text, values: values)
    }
  }

  private static func collectPaths(
    _ trace: Trace, into values: inout [String], inMacro: Bool = false
  ) {
    if let iterations = trace.iterations {
      // A macro's condition: show the case values of the first element that made it true,
      // e.g. which of a person's positions is the seat in a legislature.
      if let witness = iterations.first(where: { $0.result.isTrue }) {
        for detail in witness.condition { collectPaths(detail, into: &values, inMacro: true) }
      }
      return
    }
    // A field of a scope variable (`action.date`); inside a macro's condition also the macro's
    // own variable (`p.organization.type`, or `r` alone). The parse says which, not the text.
    if !trace.isConstant, trace.isPath, trace.isField || inMacro {
      if case .object = trace.value { return }
      if case .list(let items) = trace.value,
        items.contains(where: { if case .object = $0 { true } else { false } })
      {
        return
      }
      let line = "\(trace.text) = \(trace.value.traced)"
      if !values.contains(line) { values.append(line) }
      return
    }
    for child in trace.children { collectPaths(child, into: &values, inMacro: inMacro) }
  }

  static func order(_ a: RuleHit, _ b: RuleHit) -> Bool {
    if a.principle != b.principle { return a.principle < b.principle }
    if a.severity != b.severity { return a.severity > b.severity }
    if a.rule != b.rule { return a.rule < b.rule }
    if a.organization != b.organization { return a.organization < b.organization }
    return (a.actions.first ?? a.person ?? "") < (b.actions.first ?? b.person ?? "")
  }
}
