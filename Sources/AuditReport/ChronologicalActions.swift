import AuditCore

/// A case's acts in the report's order (by date, then id), as positions in the case's own list:
/// the acts themselves are not copied, which at a million acts saves a copy of every one of them
/// for each list the report keeps (all acts, acts no rule matched).
struct ChronologicalActions: RandomAccessCollection, Sendable {
  /// The case's acts, in the case file's order.
  let all: [Action]
  /// Positions in `all`, in the report's order.
  let order: [Int]

  var startIndex: Int { order.startIndex }
  var endIndex: Int { order.endIndex }

  /// The act at `position` of the report's order.
  subscript(position: Int) -> Action { all[order[position]] }

  /// The acts whose position in `all` `isIncluded` accepts, in the same order.
  func filter(positions isIncluded: (Int) -> Bool) -> ChronologicalActions {
    ChronologicalActions(all: all, order: order.filter(isIncluded))
  }

  // An act handed on whole is copied: ten or so references counted up, and down again after.
  // What reads one field of a million acts reads that field alone, by position.

  /// The position in `all` of the act at `position` of the report's order.
  func casePosition(_ position: Int) -> Int { order[position] }

  /// The id of the act at `position` of the report's order.
  func id(at position: Int) -> String { all[order[position]].id }

  /// The tags of the act at `position` of the report's order.
  func tags(at position: Int) -> [String] { all[order[position]].tags }

  /// The evidence of the act at `position` of the report's order.
  func evidence(at position: Int) -> [Evidence] { all[order[position]].evidence }

  /// Calls `body` with each act in order, read in place rather than copied.
  func forEach(_ body: (Action) -> Void) {
    all.withUnsafeBufferPointer { acts in
      for position in order { body(acts[position]) }
    }
  }
}
