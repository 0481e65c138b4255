import AuditCore

extension RuleCatalogueDocument {
  /// The overview of one principle's rules: the conduct they cover, what does not count (their
  /// near-miss tests) and every text they cite with how its words are known — what a reviewer
  /// checks before reading any single rule.
  func overview(of rules: [RuleSpec], _ catalogue: RuleCatalogue) -> String {
    let covered = rules.map { rule in
      "- " + ReportText.inline(rule.id) + " (" + rule.severity.rawValue + "): "
        + ReportText.inline(rule.title)
    }
    let nearMisses = rules.flatMap { rule in
      rule.tests.filter { !$0.expectMatch && !$0.expectUndecided }.map { test in
        "- " + ReportText.inline(test.name) + " (" + ReportText.inline(rule.id) + ")"
      }
    }
    var cited: [String] = []
    for id in rules.flatMap(\.references) where !cited.contains(id) { cited.append(id) }
    let texts = cited.map { id in
      guard let reference = catalogue.reference(id) else {
        return "- " + ReportText.code(id) + ": not found in the loaded packs"
      }
      return "- " + ReportText.code(id) + ": " + ReportText.inline(reference.title) + " ("
        + Self.status(reference.status) + ")"
    }
    return [
      "**Conduct covered:**", covered.joined(separator: "\n"),
      "**What does not count** (the rules' near-miss tests):",
      nearMisses.isEmpty ? "- no near miss is recorded" : nearMisses.joined(separator: "\n"),
      "**Texts cited**, besides the principle's own words:",
      texts.isEmpty ? "- none" : texts.joined(separator: "\n"),
    ].joined(separator: "\n\n")
  }
}
