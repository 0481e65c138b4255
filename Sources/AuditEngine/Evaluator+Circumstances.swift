import AuditCore
import AuditExpression

/// What a hit records besides the match itself: the provisions breached, which of the norms the
/// rule rests on were in force on the act's date, whether the act is background (outside the
/// case's period, or before those norms took effect), and which circumstance set its severity.
extension Evaluator {
  /// `hit` with its circumstances recorded; `dates` are its acts' dates (none for a person),
  /// `bindings` the values its `severity_when` conditions read.
  func withCircumstances(
    _ hit: RuleHit, _ rule: CompiledRule, bindings: [Value], dates: [DateRange],
    period: (from: PartialDate, to: PartialDate)
  ) -> RuleHit {
    var hit = hit
    hit.breaches = rule.spec.breaches
    hit.references = Self.citations(rule.spec)
    if let first = dates.first {
      hit.inForce = rule.norms.filter { $0.applies(on: first) }.map(\.id)
    } else {
      hit.inForce = rule.norms.map(\.id)
    }
    if !dates.isEmpty {
      hit.background = Self.background(dates, rule.norms, period: period)
    }
    for (position, condition) in rule.severityWhen.enumerated()
    where condition.evaluate(bindings).isTrue {
      let criterion = rule.spec.severityWhen[position]
      hit.severity = criterion.level
      hit.severityBecause = criterion.because
      break
    }
    return hit
  }

  /// Why acts dated `dates` are background for a rule resting on `norms`, or nil: every act
  /// lies wholly outside the case's period, or wholly before the earliest of the norms took
  /// effect. An act that may fall inside either is not background.
  static func background(
    _ dates: [DateRange], _ norms: [Norm], period: (from: PartialDate, to: PartialDate)
  ) -> RuleHit.Background? {
    let outside = dates.allSatisfy {
      $0.lastDay < period.from.firstDay || $0.firstDay > period.to.lastDay
    }
    if outside { return .outsidePeriod }
    let starts = norms.compactMap(\.from)
    guard starts.count == norms.count, let earliest = starts.min(by: { $0.firstDay < $1.firstDay })
    else { return nil }
    return dates.allSatisfy({ $0.lastDay < earliest.firstDay })
      ? .beforeNorms(from: earliest) : nil
  }

  /// True when an act dated `date` is background for `rule`: a pattern counts only acts that
  /// could be findings.
  static func isBackground(
    _ date: DateRange, _ rule: CompiledRule, period: (from: PartialDate, to: PartialDate)
  ) -> Bool {
    background([date], rule.norms, period: period) != nil
  }

  /// What a hit cites: the principle's (or standard's) own text, then the provisions breached,
  /// then the rule's other references, each once.
  static func citations(_ spec: RuleSpec) -> [String] {
    var ids: [String] = []
    if spec.basis != .instruments { ids.append(spec.basis.key + "." + spec.basis.id) }
    for id in spec.breaches + spec.references where !ids.contains(id) { ids.append(id) }
    return ids
  }
}
