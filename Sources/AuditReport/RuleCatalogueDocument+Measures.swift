import AuditCore

extension RuleCatalogueDocument {
  /// The measures section: each measure of the packs' `measures.yaml`, with when it is
  /// recommended and the texts it rests on; nothing when no pack has measures.
  func measuresSection(_ catalogue: RuleCatalogue) -> [String] {
    guard !catalogue.measures.isEmpty else { return [] }
    var blocks = [
      "## Measures",
      "The steps a report may recommend to a committee on its findings, from the packs' "
        + "`measures.yaml`: the report recommends, the committee decides. A measure is "
        + "recommended on a finding that meets any one of its conditions.",
    ]
    for measure in catalogue.measures {
      blocks.append(
        "### " + ReportText.inline(measure.id) + " — " + ReportText.inline(measure.title))
      blocks.append(ReportText.paragraphs(measure.description))
      let conditions = measure.when.map { Self.wording($0, catalogue) }
      let texts = measure.restsOn.map { id in
        guard let reference = catalogue.reference(id) else {
          return "  - " + ReportText.code(id) + ": not found in the loaded packs"
        }
        return "  - " + ReportText.code(id) + ": " + ReportText.inline(reference.title) + " ("
          + Self.status(reference.status) + ")"
      }
      blocks.append(
        (["- **Recommended when:** " + conditions.joined(separator: "; or ")]
          + ["- **Rests on:**"] + texts).joined(separator: "\n"))
    }
    return blocks
  }

  /// One condition in words: "severity at least high and evidence at least reported".
  static func wording(_ condition: Measure.Condition, _ catalogue: RuleCatalogue) -> String {
    var parts: [String] = []
    // Every severity is at least `info`: such a floor holds of every finding.
    if let severity = condition.severityAtLeast, severity > .info {
      parts.append("severity at least " + severity.rawValue)
    }
    if let strength = condition.strengthAtLeast {
      parts.append("evidence at least " + strength.rawValue)
    }
    if !condition.rules.isEmpty {
      parts.append(
        (condition.rules.count == 1 ? "on rule " : "on one of the rules ")
          + condition.rules.map(ReportText.inline).joined(separator: ", "))
    }
    if !condition.principles.isEmpty {
      parts.append(
        "engaging "
          + condition.principles.map { ReportText.inline(catalogue.principle($0)?.name ?? $0) }
          .joined(separator: ", "))
    }
    return parts.isEmpty ? "every finding" : parts.joined(separator: " and ")
  }

  /// A rule's questions, as a list under their heading; nothing when it asks none.
  func questionsBlocks(_ rule: RuleSpec) -> [String] {
    guard !rule.questions.isEmpty else { return [] }
    return [
      "**Questions a committee must settle:**",
      rule.questions.map { "- " + ReportText.inline($0) }.joined(separator: "\n"),
    ]
  }
}
