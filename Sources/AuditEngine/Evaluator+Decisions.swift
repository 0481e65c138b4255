import AuditCore
import AuditExpression

extension Evaluator {
  /// What one rule's condition decided over some acts (or people), by their position in the
  /// case, in the case's order: those it holds for, and those it could not decide.
  struct Decisions: Sendable {
    var matched: [Int] = []
    var undecided: [Undecided] = []
    /// Patterns that gave up deciding (W-REGEX-BOUND), in the same order.
    var warnings: [Diagnostic] = []
  }

  /// What a rule searched, whichever acts it was evaluated on: every act attributed to an
  /// organisation of the types it applies to (or every person), counted once per set of types.
  struct ScopeSummaries {
    let values: CaseValues
    private var actions: [[String]: (count: Int, span: (first: DateRange, last: DateRange)?)] = [:]

    init(_ values: CaseValues) { self.values = values }

    /// The acts a rule applying to `types` considers: how many, and the first and last date.
    mutating func actions(_ types: [String]) -> (
      count: Int, span: (first: DateRange, last: DateRange)?
    ) {
      if let known = actions[types] { return known }
      // One pass, with whether each organisation is of `types` told once: the first earliest
      // date (as `min()`) and the first latest-ending one (as `max(by:)`).
      let applying = values.audit.organizations.map { types.contains($0.type) }
      var count = 0
      var first: DateRange?
      var last: DateRange?
      values.audit.actions.withUnsafeBufferPointer { acts in
        for position in acts.indices
        where types.isEmpty
          || values.actions[position].organizationPosition.map({ applying[$0] }) == true
        {
          let date = acts[position].date
          count += 1
          if first.map({ date < $0 }) ?? true { first = date }
          if last.map({ $0.lastDay < date.lastDay }) ?? true { last = date }
        }
      }
      let span = first.map { ($0, last!) }
      actions[types] = (count, span)
      return (count, span)
    }

    /// The people a person rule applying to `types` considers.
    func people(_ types: [String]) -> Int {
      Evaluator.applies(types, toSubjectOf: values) ? values.people.count : 0
    }
  }

  /// The positions of the acts (or people) `rule` is to be evaluated on: among `candidates`
  /// (every act or person when nil), those it applies to.
  func targets(_ rule: CompiledRule, _ values: CaseValues, candidates: [Int]?) -> [Int] {
    let types = rule.spec.appliesTo
    if rule.spec.scope == .person {
      return Self.applies(types, toSubjectOf: values)
        ? candidates ?? Array(values.people.indices) : []
    }
    let positions = candidates ?? Array(values.actions.indices)
    return types.isEmpty
      ? positions : positions.filter { Self.applies(types, to: values.actions[$0]) }
  }

  /// Evaluates `rule`'s condition on the acts (or people) at `positions`.
  func decide(_ rule: CompiledRule, _ positions: ArraySlice<Int>, _ values: CaseValues)
    -> Decisions
  {
    var decisions = Decisions()
    let person = rule.spec.scope == .person
    for position in positions {
      let bindings = person ? values.people[position].bindings : values.actions[position].bindings
      let what = {
        person
          ? "person '\(values.people[position].person.id)'"
          : "action '\(values.actions[position].action.id)'"
      }
      switch condition(rule, bindings, what(), &decisions.warnings) {
      case .bool(true): decisions.matched.append(position)
      case .bool(false): break
      default:
        decisions.undecided.append(
          Undecided(
            rule: rule.spec.id, action: person ? nil : values.actions[position].action.id,
            person: person ? values.people[position].person.id : nil,
            missing: rule.condition.trace(bindings).missing))
      }
    }
    return decisions
  }

  /// True when an act is attributed to an organisation of one of `types` (or `types` is empty).
  static func applies(_ types: [String], to binding: CaseValues.ActionBinding) -> Bool {
    types.isEmpty || binding.organizationType.map { types.contains($0) } == true
  }

  /// True when the case's subject is of one of `types` (or `types` is empty).
  static func applies(_ types: [String], toSubjectOf values: CaseValues) -> Bool {
    let subjectType = values.index.organization(values.audit.subject)?.type
    return types.isEmpty || subjectType.map(types.contains) == true
  }
}
