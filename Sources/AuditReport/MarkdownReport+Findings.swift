import AuditCore
import AuditEngine
import AuditLoading

extension MarkdownReport {
  // MARK: - 4. Findings, 5. findings about other organisations

  func findingsSection(_ contents: ReportContents) -> String {
    let intro =
      "## Findings\n\nFindings about "
      + ReportText.inline(contents.name(of: contents.audit.subject))
      + ", grouped by principle, the most severe first."
    guard !contents.subjectFindings.isEmpty else {
      return intro + "\n\nNo rule found anything about the subject."
    }
    return intro + "\n\n" + grouped(contents.subjectFindings, contents)
  }

  func otherFindingsSection(_ contents: ReportContents) -> String {
    "## Findings about other organisations\n\n"
      + "Rules that apply to other organisations named in the case (a government, a ministry …).\n\n"
      + grouped(contents.otherFindings, contents)
  }

  private func grouped(_ findings: [Finding], _ contents: ReportContents) -> String {
    var blocks: [String] = []
    var principle: String?
    for finding in findings {
      if finding.principle != principle {
        principle = finding.principle
        blocks.append("### " + ReportText.inline(contents.principleName(finding.principle)))
      }
      blocks.append(block(finding, contents))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// One finding: heading, facts, message, principle, rationale, conditions, evidence, references.
  private func block(_ finding: Finding, _ contents: ReportContents) -> String {
    let rule = contents.rule(finding.rule)
    var blocks = [
      "#### " + ReportText.inline(finding.rule) + " — " + ReportText.inline(finding.title),
      facts(finding, contents),
      "**Finding.** " + ReportText.paragraphs(finding.message),
    ]
    if let principle = contents.context.catalog.principle(finding.principle),
      !principle.text.isEmpty
    {
      blocks.append(
        contents.rendered.text(for: "principle-block " + principle.id) { principleBlock(principle) }
      )
    }
    if let rationale = rule?.rationale, !rationale.isEmpty {
      blocks.append("**Why it is a breach.** " + ReportText.paragraphs(rationale))
    }
    if !finding.conditions.isEmpty {
      blocks.append(
        "**Why it fired.** Each condition of the rule, with the case values that made it true:")
      blocks.append(finding.conditions.map(condition).joined(separator: "\n"))
    }
    blocks.append("**Evidence.**")
    blocks.append(evidence(finding, contents))
    blocks.append(
      "**Strength: \(finding.strength.rawValue)** — \(finding.strength.meaning). Basis: "
        + ReportText.inline(finding.strengthBasis) + ".")
    blocks.append("**References.**")
    blocks.append(
      finding.references.map { id in
        contents.rendered.text(for: "reference " + id) { reference(id, contents) }
      }
      .joined(separator: "\n\n"))
    return blocks.joined(separator: "\n\n")
  }

  private func facts(_ finding: Finding, _ contents: ReportContents) -> String {
    var lines = [
      "- **Severity:** " + finding.severity.rawValue,
      "- **Concerns:** " + ReportText.inline(contents.name(of: finding.organization)) + " ("
        + ReportText.inline(finding.organization) + ")",
    ]
    if let person = finding.person {
      lines.append(
        "- **Person:** " + ReportText.inline(contents.name(of: person)) + " ("
          + ReportText.inline(person) + ")")
    }
    if !finding.actions.isEmpty {
      let period = contents.audit.period
      let acts = finding.actions.map { id in
        ReportText.inline(id)
          + (contents.action(id).map { action in
            // An act outside the case's period is background: say so where it is cited.
            let outside =
              action.date.lastDay < period.from.firstDay
              ? ", before the case period"
              : action.date.firstDay > period.to.lastDay ? ", after the case period" : ""
            return " (\(action.date)\(outside))"
          } ?? "")
      }
      lines.append("- **Acts:** " + acts.joined(separator: ", "))
    }
    lines.append("- **Strength:** " + finding.strength.rawValue)
    return lines.joined(separator: "\n")
  }

  private func condition(_ condition: Finding.Condition) -> String {
    let values = condition.values.map(ReportText.inline).joined(separator: "; ")
    return "- " + ReportText.code(condition.text) + (values.isEmpty ? "" : " — " + values)
  }

  /// The evidence grouped by action (or, for a person, by their positions), each item quoted.
  private func evidence(_ finding: Finding, _ contents: ReportContents) -> String {
    guard !finding.evidence.isEmpty else { return "No evidence item is recorded." }
    var order: [String] = []
    var items: [String: [Finding.CitedEvidence]] = [:]
    for item in finding.evidence {
      if items[item.action] == nil { order.append(item.action) }
      items[item.action, default: []].append(item)
    }
    var blocks: [String] = []
    for actionID in order {
      blocks.append(actionLine(actionID, finding, contents))
      for item in items[actionID] ?? [] {
        let verified = item.verified ?? contents.verified(item.evidence)
        blocks.append(evidenceBlock(item.evidence, item.reliability, verified, contents))
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  private func actionLine(_ actionID: String, _ finding: Finding, _ contents: ReportContents)
    -> String
  {
    guard let action = contents.action(actionID) else {
      if actionID.isEmpty, let person = finding.person.flatMap(contents.audit.person) {
        let positions = person.positions.map { position in
          var text =
            ReportText.inline(position.role) + " of "
            + ReportText.inline(contents.name(of: position.organization))
          if let from = position.from { text += " from \(from)" }
          if let to = position.to { text += " to \(to)" }
          return text
        }
        return "Positions of " + ReportText.inline(person.name) + ": "
          + positions.joined(separator: "; ") + "."
      }
      return "Act " + ReportText.inline(actionID.isEmpty ? "(not named)" : actionID) + ":"
    }
    var line = "*" + ReportText.inline(action.id) + "*, \(action.date), "
    line += ReportText.inline(action.type.replacingOccurrences(of: "_", with: " "))
    line += " by " + ReportText.inline(contents.name(of: action.actor))
    if let channel = action.channel { line += " (" + ReportText.inline(channel) + ")" }
    line += ": " + ReportText.inline(action.summary)
    if let quote = action.quote {
      line += " In the actor's words: “" + ReportText.inline(quote) + "”"
    }
    return line
  }

  /// A quote with its footnote, then its locator, grade and verification on the line below.
  func evidenceBlock(
    _ item: Evidence, _ reliability: Reliability?, _ verified: Bool?, _ contents: ReportContents
  ) -> String {
    let quote = ReportText.blockQuote(item.quote, suffix: contents.labels.reference(item.source))
    let source = contents.audit.source(item.source)
    var line = "Source: " + ReportText.inline(source?.publisher ?? source?.title ?? item.source)
    if let locator = item.locator, !locator.isEmpty { line += ", " + ReportText.inline(locator) }
    if let reliability { line += " · " + GradeWording.grade(reliability, item.credibility) }
    line += " · " + GradeWording.verification(verified)
    return quote + "\n\n" + line
  }

  private func principleBlock(_ principle: Principle) -> String {
    var source = "**The principle.** " + ReportText.inline(principle.name)
    if let origin = principle.source {
      source += ", in the words of " + ReportText.inline(origin)
    }
    if let url = principle.url { source += " (" + ReportText.link(url) + ")" }
    return source + ":\n\n" + ReportText.blockQuote(principle.text)
  }

  private func reference(_ id: String, _ contents: ReportContents) -> String {
    let catalog = contents.context.catalog
    if id.hasPrefix("principle.") {
      let name = contents.principleName(String(id.dropFirst("principle.".count)))
      return "- " + ReportText.code(id) + ": the principle of " + ReportText.inline(name)
        + ", quoted above."
    }
    guard let reference = catalog.reference(id) else {
      return "- " + ReportText.code(id) + ": not found in the loaded packs."
    }
    var line = "- " + ReportText.code(id) + ": **" + ReportText.inline(reference.title) + "**"
    if let url = reference.url { line += " (" + ReportText.link(url) + ")" }
    var quoted: String
    if let text = reference.text, !text.isEmpty, reference.status != .notRead {
      line +=
        reference.status == .read
        ? ", read in the original:" : ", words from a secondary reproduction:"
      quoted = text
    } else {
      line += ", summary in the pack's own words (the clause's words were not read):"
      quoted = reference.summary ?? "no summary given"
    }
    let indented = ReportText.blockQuote(quoted).split(separator: "\n").map { "  " + $0 }
    return line + "\n\n" + indented.joined(separator: "\n")
  }
}
