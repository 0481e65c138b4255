import AuditCore

/// `Rules/README.md`: every loaded rule, grouped by principle, with its condition, message,
/// rationale, questions, references and tests, then the measures a report may recommend —
/// the catalogue reviewers read instead of the YAML.
public struct RuleCatalogueDocument: Sendable {
  /// Creates the catalogue renderer.
  public init() {}

  /// The catalogue, ending with a new line.
  public func render(_ catalogue: RuleCatalogue) -> String {
    var blocks = [
      "# Rule catalogue",
      "Generated from the rule packs by `audit rules docs`; edit the rule files, not this page. "
        + "Each rule's tests are its examples: `audit rules test` runs them.",
    ]
    let packs = catalogue.packs.map { pack in
      "- **" + ReportText.inline(pack.name) + "** " + ReportText.inline(pack.version) + ": "
        + ReportText.inline(pack.description)
    }
    if !packs.isEmpty { blocks.append(packs.joined(separator: "\n")) }
    let rules = catalogue.rules.sorted { $0.id < $1.id }
    guard !rules.isEmpty else {
      return (blocks + ["No rule is loaded."]).joined(separator: "\n\n") + "\n"
    }
    var index = MarkdownTable(["Rule", "Title", "Principle", "Severity", "Scope"])
    for rule in rules {
      index.append([
        ReportText.inline(rule.id), ReportText.inline(rule.title),
        ReportText.inline(Self.basisName(rule.basis.id, catalogue)),
        rule.severity.rawValue, rule.scope.rawValue,
      ])
    }
    blocks.append(index.render())
    let known = catalogue.principles.map(\.id)
    let unknown = Set(rules.map(\.basis.id)).subtracting(known).sorted()
    for principleID in known + unknown {
      let group = rules.filter { $0.basis.id == principleID }
      guard !group.isEmpty else { continue }
      let principle = catalogue.principle(principleID)
      blocks.append("## " + ReportText.inline(Self.basisName(principleID, catalogue)))
      if let text = principle?.text, !text.isEmpty { blocks.append(ReportText.blockQuote(text)) }
      blocks.append(overview(of: group, catalogue))
      blocks += group.map { describe($0, catalogue) }
    }
    blocks += measuresSection(catalogue)
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// A principle's name; "Movement instruments" for rules that rest on instruments alone.
  static func basisName(_ id: String, _ catalogue: RuleCatalogue) -> String {
    if id == RuleBasis.instrumentsID { return "Movement instruments" }
    return catalogue.principle(id)?.name ?? id
  }

  private func describe(_ rule: RuleSpec, _ catalogue: RuleCatalogue) -> String {
    var facts = [
      "- **Principle:** " + ReportText.inline(Self.basisName(rule.basis.id, catalogue)),
      "- **Severity:** " + rule.severity.rawValue,
      "- **Applies to:** "
        + (rule.appliesTo.isEmpty
          ? "any organisation" : rule.appliesTo.map(ReportText.inline).joined(separator: ", ")),
      "- **Scope:** " + rule.scope.rawValue,
    ]
    if !rule.breaches.isEmpty {
      facts.insert(
        "- **Breaches:** " + rule.breaches.map { ReportText.code($0) }.joined(separator: ", "),
        at: 1)
    }
    for criterion in rule.severityWhen {
      facts.append(
        "- **Severity " + criterion.level.rawValue + " when** "
          + ReportText.code(
            criterion.condition.text) + ": " + ReportText.inline(criterion.because))
    }
    if let aggregate = rule.aggregate {
      var pattern =
        "- **Pattern:** at least \(aggregate.atLeast) matching acts within \(aggregate.withinDays) days"
      if let group = aggregate.groupBy { pattern += ", grouped by " + ReportText.code(group.text) }
      facts.append(pattern)
    }
    facts.append(
      "- **File:** " + ReportText.code(rule.path) + " (pack " + ReportText.inline(rule.pack) + ")")
    var blocks = [
      "### " + ReportText.inline(rule.id) + " — " + ReportText.inline(rule.title),
      facts.joined(separator: "\n"),
      "**Condition:**", ReportText.codeBlock(rule.when.text),
      "**Message:** " + ReportText.code(rule.message.text),
      "**Rationale.** " + ReportText.paragraphs(rule.rationale),
    ]
    blocks += questionsBlocks(rule)
    let references = rule.references.map { id in
      let reference = catalogue.reference(id)
      var line = "- " + ReportText.code(id)
      if let reference {
        line +=
          ": " + ReportText.inline(reference.title) + " (" + Self.status(reference.status) + ")"
      } else {
        line += ": not found in the loaded packs"
      }
      return line
    }
    blocks.append("**References:** the principle's own text, and")
    blocks.append(references.isEmpty ? "- no other reference" : references.joined(separator: "\n"))
    let tests = rule.tests.map { test in
      "- " + ReportText.inline(test.name) + " → "
        + (test.expectMatch ? "match" : test.expectUndecided ? "undecided" : "no match")
    }
    blocks.append("**Tests:**")
    blocks.append(tests.isEmpty ? "- none" : tests.joined(separator: "\n"))
    return blocks.joined(separator: "\n\n")
  }

  static func status(_ status: Reference.Status) -> String {
    switch status {
    case .read: "read in the original"
    case .secondary: "words from a secondary reproduction"
    case .notRead: "words not read; summarised"
    }
  }
}
