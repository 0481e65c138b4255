import AuditCore

/// Something a reader should check before relying on a finding: a limit of its evidence that
/// the case itself records.
public enum PointToVerify: Sendable, Hashable, Comparable {
  /// The capacity in which the act's actor acted is the analyst's reading (`capacity: inferred`).
  case inferredCapacity(action: String)
  /// The act rests only on the source's analysis or on context: no `words` or `fact` item.
  case analysisOnly(action: String)
  /// A quote of the act is a translation.
  case translated(action: String, source: String)
  /// A quote was checked against the source's archived copy and not found.
  case quoteNotFound(action: String, source: String)
  /// The source has no archived copy checked: its quotes are unverified.
  case quoteUnchecked(action: String, source: String)
  /// The act is dated only to a month, a year or a range.
  case approximateDate(action: String)
  /// The act falls outside the case's period (background).
  case outsidePeriod(action: String)

  /// The act the point concerns.
  public var action: String {
    switch self {
    case .inferredCapacity(let action), .analysisOnly(let action),
      .translated(let action, _), .quoteNotFound(let action, _), .quoteUnchecked(let action, _),
      .approximateDate(let action), .outsidePeriod(let action):
      action
    }
  }

  /// A stable name for the kind of point, as used in the JSON report.
  public var code: String {
    switch self {
    case .inferredCapacity: "inferred_capacity"
    case .analysisOnly: "analysis_only"
    case .translated: "translated"
    case .quoteNotFound: "quote_not_found"
    case .quoteUnchecked: "quote_unchecked"
    case .approximateDate: "approximate_date"
    case .outsidePeriod: "outside_period"
    }
  }

  /// The points the case records for one act.
  static func points(
    for action: Action, in audit: AuditCase, verified: QuoteVerification
  ) -> [PointToVerify] {
    var points: [PointToVerify] = []
    if action.capacity == .inferred { points.append(.inferredCapacity(action: action.id)) }
    if !action.evidence.contains(where: { $0.kind.countsTowardStrength }) {
      points.append(.analysisOnly(action: action.id))
    }
    for item in action.evidence {
      let point: PointToVerify? =
        switch verified.status(of: item) {
        case false?: .quoteNotFound(action: action.id, source: item.source)
        case nil: .quoteUnchecked(action: action.id, source: item.source)
        case true?: nil
        }
      if item.translated { points.append(.translated(action: action.id, source: item.source)) }
      if let point { points.append(point) }
    }
    if !action.date.isExact { points.append(.approximateDate(action: action.id)) }
    if action.date.lastDay < audit.period.from.firstDay
      || action.date.firstDay > audit.period.to.lastDay
    {
      points.append(.outsidePeriod(action: action.id))
    }
    var seen: Set<PointToVerify> = []
    return points.filter { seen.insert($0).inserted }
  }

  public static func < (lhs: PointToVerify, rhs: PointToVerify) -> Bool {
    (lhs.action, lhs.code, lhs.detail) < (rhs.action, rhs.code, rhs.detail)
  }

  private var detail: String {
    switch self {
    case .translated(_, let source), .quoteNotFound(_, let source), .quoteUnchecked(_, let source):
      source
    default: ""
    }
  }
}
