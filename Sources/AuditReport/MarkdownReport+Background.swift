import AuditCore
import AuditEngine

extension MarkdownReport {
  // MARK: - 5b. Background

  /// The subject's acts that rules matched but that are not findings: outside the case's
  /// period, or before the norms the rules rest on took effect. Never numbered; no pattern
  /// counts them.
  func backgroundSection(_ contents: ReportContents) -> String {
    let background = contents.assessment.background
    guard !background.isEmpty else { return "" }
    let audit = contents.audit
    var blocks = [
      "## Background",
      "Acts of " + ReportText.inline(contents.name(of: audit.subject))
        + " that rules matched but that are not findings: they fall outside the case's period ("
        + DateWording.name(audit.period.from) + " to " + DateWording.name(audit.period.to)
        + "), or before the texts the rules rest on took effect. They are not numbered and no "
        + "pattern counts them.",
    ]
    for finding in background {
      var lines = ["### " + ReportText.inline(finding.title)]
      for id in finding.actions {
        guard let action = contents.action(id) else { continue }
        lines.append(actLine(action, contents))
      }
      let why = Set(finding.hits.compactMap(\.background)).map(Self.backgroundWords).sorted()
      let rules = finding.hits.map { hit in
        ReportText.inline(hit.rule) + " ("
          + ReportText.inline(contents.principleName(hit.principle))
          + ")"
      }
      lines.append(
        "Why background: " + why.joined(separator: "; ") + ". Rules it would otherwise engage: "
          + rules.joined(separator: ", ") + ".")
      blocks.append(lines.joined(separator: "\n\n"))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// Why a hit is background, in words.
  static func backgroundWords(_ background: RuleHit.Background) -> String {
    switch background {
    case .outsidePeriod: "outside the case's period"
    case .beforeNorms(let from):
      "before the texts the rule rests on took effect (the earliest in " + DateWording.name(from)
        + ")"
    }
  }
}
