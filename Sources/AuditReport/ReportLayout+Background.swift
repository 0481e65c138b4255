import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Background

  /// The subject's acts that rules matched but that are not findings: outside the case's
  /// period, or before the norms the rules rest on took effect. Never numbered; no pattern
  /// counts them.
  func background<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(contents.backgroundIntroduction)
    for finding in contents.assessment.background {
      writer.heading(3, [.text(finding.title)], anchor: "background-" + finding.id)
      for id in finding.actions {
        guard let action = contents.action(id) else { continue }
        writer.paragraph(actLine(action))
      }
      writer.paragraph(contents.backgroundReason(finding))
    }
  }

  /// Under a rule of a finding: the provisions its hits breach that were in force on the acts'
  /// dates (once in the report; later findings point back), and the circumstance that set the
  /// severity, if one did.
  func breachItems(_ rule: String, _ finding: Finding, _ number: Int) -> [ListItem] {
    var items: [ListItem] = []
    let names = contents.breachesInForce(rule, in: finding)
    let key = names.joined(separator: "\u{0}")
    if !names.isEmpty, let earlier = memory.listedBreaches[key], earlier != number {
      items.append(
        ListItem(text: [
          .text("Breaches the texts in force listed under "),
          Self.reference(finding: earlier, "Finding \(earlier)"), .text("."),
        ]))
    } else if !names.isEmpty {
      memory.listedBreaches[key] = number
      items.append(
        ListItem(text: [
          .text(
            "Breaches, in the texts in force on the act's date: "
              + names.joined(separator: "; ") + ".")
        ]))
    }
    if let (level, because) = contents.severityReason(rule, in: finding) {
      items.append(ListItem(text: [.text("Severity " + level.rawValue + ": " + because + ".")]))
    }
    return items
  }
}
