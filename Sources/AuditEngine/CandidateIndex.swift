import AuditCore
import AuditExpression

/// The acts (or people) of a case indexed by the values rules require of them (`action.type in
/// [...]`, `action.tags contains "x"`, `action.tags.exists(t, t in [...])`), so that a rule is
/// evaluated only on those that can satisfy it. Built once per case, for the paths the rules
/// name.
///
/// Exact, not a heuristic: one left out has a string outside the rule's list (or a list of at
/// most `Requirement.longestList` strings without any of the rule's elements) at that path, so
/// that conjunct is false and the whole condition false — neither a match nor undecided. One
/// whose value at the path is anything else (missing, another kind, a longer list) is always a
/// candidate.
struct CandidateIndex {
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

  /// Indexes `count` acts at every path named by one of `requirements`; `value(path, position)`
  /// is the value at `path` for the act at `position` (nil when a step is missing).
  init(
    count: Int, requirements: some Sequence<Requirement>,
    value: @Sendable (_ path: [Int], _ position: Int) -> Value?
  ) {
    for requirement in requirements where paths[requirement.path] == nil {
      // Pieces of the case filed on every core, then joined in the case's order.
      let path = requirement.path
      let piece = 8192
      let starts = Array(stride(from: 0, to: count, by: piece))
      let pieces = Parallel.map(starts.count, parallel: true) { part in
        Self.entries(starts[part]..<min(starts[part] + piece, count)) { value(path, $0) }
      }
      var entries = Entries()
      for part in pieces {
        entries.strings.merge(part.strings) { $0 + $1 }
        entries.elements.merge(part.elements) { $0 + $1 }
        entries.stringActs += part.stringActs
        entries.listActs += part.listActs
        entries.otherActs += part.otherActs
      }
      paths[requirement.path] = entries
    }
  }

  /// The acts at `positions` filed by their value (`value(position)`) at one path.
  private static func entries(_ positions: Range<Int>, value: (Int) -> Value?) -> Entries {
    var entries = Entries()
    for position in positions {
      switch value(position) {
      case .string(let text)?:
        entries.strings[text, default: []].append(position)
        entries.stringActs.append(position)
      case .list(let items)?
      where items.count <= Requirement.longestList
        && items.allSatisfy({ if case .string = $0 { true } else { false } }):
        // Each element once (a list holds few: compared with those before it).
        for (offset, item) in items.enumerated() where !items[..<offset].contains(item) {
          if case .string(let text) = item {
            entries.elements[text, default: []].append(position)
          }
        }
        entries.listActs.append(position)
      default:
        entries.otherActs.append(position)
      }
    }
    return entries
  }

  /// Indexes `actions` at every path named by one of `requirements`, reading their bindings.
  init(_ actions: [CaseValues.ActionBinding], requirements: some Sequence<Requirement>) {
    self.init(count: actions.count, requirements: requirements) { path, position in
      Requirement(path: path, demand: .oneOf([])).value(in: actions[position].bindings)
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
      case .contains, .containsAny:
        let texts = requirement.demand.elements ?? []
        parts =
          texts.sorted().compactMap { entries.elements[$0] } + [
            entries.stringActs, entries.otherActs,
          ]
      }
      let count = parts.reduce(0) { $0 + $1.count }
      if count < bestCount { (best, bestCount) = (parts, count) }
    }
    guard let best else { return nil }
    if best.count == 1 { return best[0] }
    // Each part is ascending. An act is in one part only, but for the elements of a list: one
    // sort of the concatenation, without repeats, restores the case's order.
    var sorted = best.flatMap { $0 }.sorted()
    var kept = 0
    for position in sorted where kept == 0 || sorted[kept - 1] != position {
      sorted[kept] = position
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }
}
