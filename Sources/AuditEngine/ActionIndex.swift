import AuditExpression

/// The acts of a case indexed by the values rules require of them (`action.type in [...]`,
/// `action.tags contains "x"`), so that a rule is evaluated only on the acts that can satisfy
/// it. Built once per case, for the paths the rules name.
///
/// Exact, not a heuristic: an act left out has a string outside the rule's list (or a list of
/// strings without the rule's element) at that path, so that conjunct is false and the whole
/// condition false — the act is neither a match nor undecided. An act whose value at the path
/// is anything else (missing, another kind) is always a candidate.
struct ActionIndex {
  /// One path's acts, by their position in the case.
  private struct Entries {
    /// Acts whose value is that string.
    var strings: [String: [Int]] = [:]
    /// Acts whose value is a list of strings holding that element.
    var elements: [String: [Int]] = [:]
    /// Acts whose value is a string, a list of strings, or neither.
    var stringActs: [Int] = []
    var listActs: [Int] = []
    var otherActs: [Int] = []
  }

  private var paths: [[Int]: Entries] = [:]

  /// Indexes `actions` at every path named by one of `requirements`.
  init(_ actions: [CaseValues.ActionBinding], requirements: some Sequence<Requirement>) {
    for requirement in requirements where paths[requirement.path] == nil {
      var entries = Entries()
      for (position, binding) in actions.enumerated() {
        switch requirement.value(in: binding.bindings) {
        case .string(let text)?:
          entries.strings[text, default: []].append(position)
          entries.stringActs.append(position)
        case .list(let items)?
        where items.allSatisfy({ if case .string = $0 { true } else { false } }):
          var seen: Set<String> = []
          for case .string(let text) in items where seen.insert(text).inserted {
            entries.elements[text, default: []].append(position)
          }
          entries.listActs.append(position)
        default:
          entries.otherActs.append(position)
        }
      }
      paths[requirement.path] = entries
    }
  }

  /// The positions, ascending, of the acts that may satisfy every one of `requirements`: those
  /// of the most selective one. Nil when none was indexed (every act is a candidate).
  func candidates(_ requirements: [Requirement]) -> [Int]? {
    var best: [[Int]]?
    var bestCount = Int.max
    for requirement in requirements {
      guard let entries = paths[requirement.path] else { continue }
      let parts: [[Int]]
      switch requirement.demand {
      case .oneOf(let texts):
        parts =
          texts.sorted().compactMap { entries.strings[$0] } + [entries.listActs, entries.otherActs]
      case .contains(let text):
        parts = [entries.elements[text] ?? [], entries.stringActs, entries.otherActs]
      }
      let count = parts.reduce(0) { $0 + $1.count }
      if count < bestCount { (best, bestCount) = (parts, count) }
    }
    guard let best else { return nil }
    // Each part is ascending and no act is in two parts (an act's value has one kind and,
    // for `oneOf`, one string): one sort of the concatenation restores the case's order.
    return best.count == 1 ? best[0] : best.flatMap { $0 }.sorted()
  }
}
