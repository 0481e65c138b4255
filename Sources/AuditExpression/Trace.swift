import AuditCore

/// The value of every sub-expression of one evaluation: what `audit explain` and the report's
/// "why it fired" show.
public struct Trace: Sendable {
  /// One element a macro (`exists`, `all`, `count`) visited and what its condition gave.
  public struct Iteration: Sendable {
    /// The list element bound to the macro's variable.
    public let element: Value
    /// The condition's value for it.
    public let result: Value
    /// The condition's own trace for this element (`p.organization.type  →  "legislature"`),
    /// so that an explanation can say which element made a macro true and why.
    public let condition: [Trace]
  }

  /// The exact source slice of this sub-expression, e.g. `action.tags contains "x"`.
  public let text: String
  /// Its value.
  public let value: Value
  /// The traces of its operands, in source order (a path such as `action.date` is one leaf).
  public let children: [Trace]
  /// True for `and` / `&&` nodes.
  public let isConjunction: Bool
  /// True for literals, whose value the text already shows; `rendered()` leaves them out.
  public let isConstant: Bool
  /// For a macro's condition: the result for each element, in list order; nil otherwise.
  public let iterations: [Iteration]?
  /// True for a path read from the bindings: `action.quote`, `actor`, a macro's `p.to`.
  public let isPath: Bool
  /// True for a path of a field (`action.quote`, `p.to`), false for a name alone (`actor`, `p`).
  public let isField: Bool
  /// True for a boolean sub-expression, whose `null` is rendered `unknown`.
  public let isCondition: Bool

  /// True when this sub-expression is a condition whose value is unknown.
  public var isUnknown: Bool { isCondition && value == .null }

  /// Why this trace is unknown: the paths, as written, whose missing (`null`) value made it
  /// so, in source order without repeats, e.g. `["action.quote"]`. Inside a macro, the
  /// elements whose condition was unknown are searched (`p.to`). A comparison that is unknown
  /// though its operands are known (partial dates that overlap) names its paths with their
  /// values: `action.date (2023-08, too imprecise)`; any other such path (a search that gave
  /// up) as `action.quote (could not be decided)`. Empty when the value is not `null`.
  public var missing: [String] {
    var found: [String] = []
    collectMissing(into: &found)
    return found
  }

  /// The paths read by this sub-expression, in source order.
  private var paths: [Trace] {
    isPath ? [self] : children.flatMap(\.paths)
  }

  private func collectMissing(into found: inout [String]) {
    guard value == .null || iterations != nil, !isConstant else { return }
    func add(_ text: String) {
      let line = SourceText.oneLine(text)
      if !found.contains(line) { found.append(line) }
    }
    if isPath { return add(text) }
    if let iterations {
      for iteration in iterations where iteration.result == .null {
        for detail in iteration.condition { detail.collectMissing(into: &found) }
      }
      return
    }
    let unknownChildren = children.filter { child in
      !child.isConstant
        && (child.value == .null || child.iterations?.contains { $0.result == .null } == true)
    }
    if unknownChildren.isEmpty {
      // Every operand is known, yet the result is not: the values are too imprecise.
      for path in children.flatMap(\.paths) {
        if case .date(let span) = path.value {
          add("\(path.text) (\(span), too imprecise)")
        } else {
          add("\(path.text) (could not be decided)")
        }
      }
      return
    }
    for child in unknownChildren { child.collectMissing(into: &found) }
  }

  /// The operands of the top-level `and` chain, nested chains flattened; `[self]` otherwise.
  public var conjuncts: [Trace] {
    isConjunction ? children.flatMap(\.conjuncts) : [self]
  }

  /// An indented tree, one line per node: `text  →  value`; literals are left out, and a
  /// macro's condition shows its result per element: `["president": true, "member": false]`.
  public func rendered() -> String {
    var lines: [String] = []
    render(into: &lines, indent: "")
    return lines.joined(separator: "\n")
  }

  private func render(into lines: inout [String], indent: String) {
    let source = SourceText.oneLine(text)
    lines.append("\(indent)\(source)  →  \(renderedValue)")
    for child in children where !child.isConstant {
      child.render(into: &lines, indent: indent + "  ")
    }
  }

  private var renderedValue: String {
    guard let iterations else { return isUnknown ? "unknown" : value.traced }
    let items = iterations.prefix(Value.tracedListLimit).enumerated().map { index, iteration in
      let element: String
      if case .object = iteration.element {
        element = "#\(index + 1)"
      } else {
        element = iteration.element.traced
      }
      let result = iteration.result == .null ? "unknown" : iteration.result.traced
      return "\(element): \(result)"
    }
    return Value.bracketed(items, total: iterations.count)
  }
}

extension Value {
  /// The most list elements a trace line shows.
  static let tracedListLimit = 10

  /// A value as a trace or an explanation shows it: strings quoted and escaped, lists in
  /// brackets (at most `tracedListLimit` elements), `null`, objects `{…}`.
  public var traced: String {
    switch self {
    case .null: return "null"
    case .string(let text):
      var quoted = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "\n": quoted += "\\n"
        case "\t": quoted += "\\t"
        default: quoted.unicodeScalars.append(scalar)
        }
      }
      return quoted + "\""
    case .list(let items):
      let shown = items.prefix(Value.tracedListLimit).map(\.traced)
      return Value.bracketed(shown, total: items.count)
    default:
      return rendered
    }
  }

  /// `[a, b]`, or `[a, b, … (12 more)]` past the limit.
  static func bracketed(_ shown: [String], total: Int) -> String {
    let rest = total - shown.count
    let more = rest > 0 ? [rest == 1 ? "… (1 more)" : "… (\(rest) more)"] : []
    return "[" + (shown + more).joined(separator: ", ") + "]"
  }
}
