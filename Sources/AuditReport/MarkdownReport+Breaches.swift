import AuditCore
import AuditEngine

extension MarkdownReport {
  /// For a text that was replaced, when, as a short parenthesis; empty for one in force.
  static func replacement(_ reference: Reference, _ contents: ReportContents) -> String {
    guard let inForce = reference.inForce, let successor = inForce.supersededBy,
      let next = contents.context.catalogue.reference(successor)?.inForce
    else { return "" }
    return " (in force from " + DateWording.name(inForce.from) + " until "
      + DateWording.name(next.from) + ", when it was replaced)"
  }

  /// Under a rule of a finding: the provisions its hits breach that were in force on the acts'
  /// dates (with when each took effect), and the circumstance that set the severity, if one did.
  func breachLines(
    _ rule: String, _ finding: Finding, _ number: Int, _ contents: ReportContents,
    _ memory: MarkdownMemory
  ) -> [String] {
    let hits = finding.hits.filter { $0.rule == rule }
    var lines: [String] = []
    var applied: [String] = []
    for hit in hits {
      for id in hit.breaches where hit.inForce.contains(id) && !applied.contains(id) {
        applied.append(id)
      }
    }
    let key = applied.joined(separator: "\u{0}")
    if let earlier = memory.listedBreaches[key], earlier != number {
      lines.append("    - Breaches the texts in force listed under Finding \(earlier).")
    } else if !applied.isEmpty {
      memory.listedBreaches[key] = number
      let names = applied.map { id -> String in
        guard let reference = contents.context.catalogue.reference(id) else {
          return ReportText.code(id)
        }
        var name = ReportText.inline(reference.title)
        if let from = reference.inForce?.from {
          name += " (in force since " + DateWording.name(from) + ")"
        }
        return name
      }
      lines.append(
        "    - Breaches, in the texts in force on the act's date: " + names.joined(separator: "; ")
          + ".")
    }
    for hit in hits {
      if let because = hit.severityBecause {
        lines.append(
          "    - Severity " + hit.severity.rawValue + ": " + ReportText.inline(because) + ".")
        break
      }
    }
    return lines
  }
}
