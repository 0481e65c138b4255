import AuditCore
import AuditExpression
import Foundation

/// Traces one rule over a case, showing the value of every sub-expression (`audit explain`).
public struct Explainer: Sendable {
  public let rule: CompiledRule

  /// Creates an explainer for `rule`.
  public init(rule: CompiledRule) { self.rule = rule }

  /// The trace for every action (or only `actionID`), or every person for person rules.
  public func explain(_ audit: AuditCase, actionID: String? = nil) -> String {
    let spec = rule.spec
    var lines = [
      "rule \(spec.id) (\(spec.basis.id), \(spec.severity.rawValue)): \(spec.title)",
      "  file: \(spec.path)",
      "  applies to: "
        + (spec.appliesTo.isEmpty ? "any organisation" : spec.appliesTo.joined(separator: ", ")),
      "  when: " + SourceText.oneLine(spec.when.text),
    ]
    if let aggregate = spec.aggregate {
      lines.append(
        "  pattern: at least \(aggregate.atLeast) matching actions within \(aggregate.withinDays) days"
          + (aggregate.groupBy.map { ", grouped by \($0.text)" } ?? ""))
    }
    let values = CaseValues(audit)
    if spec.scope == .person {
      let subjectType = audit.organization(audit.subject)?.type ?? "(none)"
      let applies = spec.appliesTo.isEmpty || spec.appliesTo.contains(subjectType)
      for person in values.people {
        lines.append("")
        lines.append(
          "person \(person.person.id) (\(person.person.name)); subject type \(subjectType)")
        lines += body(applies: applies, bindings: person.bindings)
      }
      return Self.printable(lines)
    }
    let selected = values.actions.filter { actionID == nil || $0.action.id == actionID }
    for binding in selected {
      let action = binding.action
      let org = binding.organization.map { "\($0.id) (\($0.type))" } ?? "no organisation"
      lines.append("")
      lines.append("action \(action.id) (\(action.date)) by \(action.actor), attributed to \(org)")
      let applies =
        spec.appliesTo.isEmpty
        || binding.organization.map { spec.appliesTo.contains($0.type) } == true
      lines += body(applies: applies, bindings: binding.bindings)
    }
    return Self.printable(lines)
  }

  /// The lines for a terminal: each one line, whatever a case's text holds (an escape
  /// sequence, a new line that would forge a line of the trace), shown as `⟨U+001B⟩`.
  private static func printable(_ lines: [String]) -> String {
    lines.map { VisibleText.escaped($0) }.joined(separator: "\n") + "\n"
  }

  private func body(applies: Bool, bindings: [Value]) -> [String] {
    guard applies else {
      return ["  not examined: the rule applies to " + rule.spec.appliesTo.joined(separator: ", ")]
    }
    let trace = rule.condition.trace(bindings)
    var lines = trace.rendered().split(separator: "\n", omittingEmptySubsequences: false).map {
      "  " + $0
    }
    while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
    if trace.value.isTrue {
      lines.append("  result: matches — message: \(rule.message.render(bindings))")
    } else if trace.value == .null {
      lines.append("  result: undecided (\(undecidedReason(trace.missing, bindings)))")
    } else {
      lines.append("  result: does not match")
    }
    return lines
  }

  /// Why the condition is unknown: the values it missed, and any `matches` that gave up.
  private func undecidedReason(_ missing: [String], _ bindings: [Value]) -> String {
    var patterns: [SourceLocation] = []
    _ = rule.condition.evaluate(bindings, undecided: &patterns)
    var reasons: [String] = []
    // A path whose pattern gave up is not missing: the pattern says why, below.
    let absent = missing.filter { !$0.hasSuffix(" (could not be decided)") }
    if !absent.isEmpty { reasons.append("missing: " + absent.joined(separator: ", ")) }
    for location in patterns {
      reasons.append(
        "the pattern at \(location) took more than its bound of steps to decide [W-REGEX-BOUND]")
    }
    return reasons.isEmpty ? "unknown" : reasons.joined(separator: "; ")
  }
}
