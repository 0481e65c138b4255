import AuditCore
import AuditEngine

extension MarkdownReport {
  // MARK: - 5. Findings

  func findingsSection(_ contents: ReportContents, _ memory: MarkdownMemory) -> String {
    var blocks = [
      "## Findings",
      "One finding per episode about "
        + ReportText.inline(contents.name(of: contents.audit.subject))
        + ", the most severe first.",
    ]
    if contents.findings.isEmpty { blocks.append("None.") }
    for finding in contents.shownFindings {
      blocks.append(block(finding, contents, memory))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// One finding: what happened, the principles engaged, strength, points to verify.
  private func block(
    _ finding: Finding, _ contents: ReportContents, _ memory: MarkdownMemory
  ) -> String {
    let number = contents.number(of: finding.id) ?? 0
    var facts: [String] = []
    if let span = finding.span { facts.append("**When:** " + DateWording.cell(span)) }
    facts.append("**Severity:** " + finding.severity.rawValue)
    let independent = finding.independentSources
    facts.append(
      "**Strength:** " + finding.strength.rawValue + ", on "
        + ReportCounts.count(independent.count, "independent source")
        + (independent.isEmpty
          ? "" : " (" + independent.map(ReportText.inline).joined(separator: ", ") + ")"))
    var blocks = [
      "### Finding \(number). " + ReportText.inline(finding.title),
      facts.joined(separator: " · "),
      "**What happened.**",
    ]
    if let person = finding.person.flatMap(contents.index.person) {
      blocks.append(positions(person, contents))
      var seen: Set<String> = []
      let items = finding.evidence.filter {
        seen.insert($0.evidence.source + "\u{0}" + $0.evidence.quote).inserted
      }
      if !items.isEmpty {
        blocks.append(
          items.map { evidenceLine($0.evidence, person.id, contents, memory) }.joined(
            separator: "\n"))
      }
    }
    for actionID in finding.actions {
      guard let action = contents.action(actionID) else { continue }
      blocks.append(actLine(action, contents))
      let items = finding.evidence.filter { $0.action == actionID }
      if !items.isEmpty {
        blocks.append(
          items.map { evidenceLine($0.evidence, actionID, contents, memory) }.joined(
            separator: "\n"))
      }
    }
    blocks.append("**Principles engaged.**")
    blocks.append(engagements(finding, number, contents, memory))
    var strength =
      "**Strength: \(finding.strength.rawValue).** Basis: "
      + ReportText.inline(finding.strengthBasis)
    if finding.strength == .alleged, !finding.actions.isEmpty,
      finding.toVerify.contains(where: { if case .analysisOnly = $0 { true } else { false } })
    {
      strength += " Acts resting on the source's analysis alone are at most alleged."
    }
    blocks.append(strength + ".")
    if !finding.replies.isEmpty {
      blocks.append("**The subject's reply.**")
      blocks.append(
        finding.replies.map { reply in
          "- " + replyLine(reply, contents)
            + (reply.text.map { " " + ReportText.inline($0) } ?? "")
        }.joined(separator: "\n"))
    }
    if !finding.toVerify.isEmpty {
      blocks.append("**Points to verify.**")
      blocks.append(
        finding.toVerify.map { "- " + ReportText.inline(pointToVerifyPlain($0, contents)) }.joined(
          separator: "\n"))
    }
    if !finding.otherActions.isEmpty {
      let others = finding.otherActions.map { id in
        let actor = contents.action(id).map { contents.name(of: $0.actor) } ?? id
        let place = contents.citations(of: id).context ? "Context" : "Acts no rule matched"
        return ReportText.inline(id) + " (" + ReportText.inline(actor) + "; see " + place + ")"
      }
      blocks.append(
        "Also in this episode, acts of others, which are not the subject's conduct: "
          + others.joined(separator: "; ") + ".")
    }
    if contents.context.invocation.explain {
      blocks.append(explanation(finding))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// `*id* — In August 2023, Actor (public statement, official statement): summary.`
  func actLine(_ action: Action, _ contents: ReportContents, withDateNote: Bool = false) -> String {
    let date = DateWording.phrase(action.date)
    var line = "*" + ReportText.inline(action.id) + "* — "
    line += date.prefix(1).uppercased() + date.dropFirst() + ", "
    line += ReportText.inline(contents.name(of: action.actor))
    var how = [ReportText.inline(action.type.replacingOccurrences(of: "_", with: " "))]
    if let channel = action.channel { how.append(ReportText.inline(channel)) }
    if action.capacity == .inferred { how.append("capacity inferred by the analyst") }
    line += " (" + how.joined(separator: "; ") + "): " + ReportText.inline(action.summary)
    if withDateNote, let note = action.dateNote {
      line += " (Date: " + ReportText.inline(note) + ")"
    }
    return line
  }

  /// One evidence item on one line: the quote, its footnote, what kind it is, its grade, its check.
  func evidenceLine(
    _ item: Evidence, _ action: String, _ contents: ReportContents, _ memory: MarkdownMemory
  ) -> String {
    let key = item.source + "\u{0}" + item.quote
    if let first = memory.quotedPassages[key] {
      return "- The passage quoted above for " + first + " (" + Self.kindWords(item) + ")."
    }
    memory.quotedPassages[key] = ReportText.inline(action)
    var meta = [Self.kindWords(item)]
    let reliability = contents.index.source(item.source)?.reliability ?? .F
    meta.append("\(reliability.rawValue)\(item.credibility)")
    meta.append(
      Self.check(
        contents.verified(item),
        excerpt: contents.context.verification.coverage(of: item) == .excerpt))
    if let locator = item.locator, !locator.isEmpty { meta.append(ReportText.inline(locator)) }
    // A passage that opens with its own quotation mark is not wrapped in another.
    let quoted =
      item.quote.first.map { "“\"‘«„".contains($0) } == true
      ? ReportText.inline(item.quote) : "“" + ReportText.inline(item.quote) + "”"
    var line =
      "- " + quoted + contents.labels.reference(item.source) + " (" + meta.joined(separator: "; ")
      + ")"
    if let original = item.original {
      line += "; original: “" + ReportText.inline(original) + "”"
    }
    return line
  }

  static func kindWords(_ item: Evidence) -> String {
    var words =
      switch item.kind {
      case .words: "the actor's words"
      case .fact: "fact stated by the source"
      case .analysis: "the source's analysis"
      case .context: "context"
      }
    if item.translated {
      words +=
        item.translatedBy.map { ", translated by " + ReportText.inline($0) } ?? ", translated"
    }
    return words
  }

  /// Whether the quote was found in the archived copy, and whether that copy is an excerpt.
  static func check(_ verified: Bool?, excerpt: Bool = false) -> String {
    switch verified {
    case true?: excerpt ? "verified against an excerpt" : "verified"
    case false?: "NOT found in the archived copy"
    case nil: "not verified"
    }
  }

  private func positions(_ person: Person, _ contents: ReportContents) -> String {
    let held = person.positions.map { position in
      var text =
        ReportText.inline(position.role.replacingOccurrences(of: "_", with: " ")) + " of "
        + ReportText.inline(contents.name(of: position.organization))
      // A note says what the dates mean when the sources give no start or end: it stands
      // in their place, so a "from" that is only the first day a source shows is never read
      // as the day the position began.
      if let note = position.note {
        text += " (" + ReportText.inline(note) + ")"
      } else {
        if let from = position.from { text += ", from " + DateWording.name(from) }
        if let to = position.to { text += ", to " + DateWording.name(to) }
        if position.from == nil && position.to == nil { text += " (dates not recorded)" }
      }
      return text
    }
    return ReportText.inline(person.name) + "'s recorded positions: " + held.joined(separator: "; ")
      + "."
  }

  /// Each principle engaged, with its rules' titles and, the first time a rule is cited, the
  /// first sentence of its rationale.
  private func engagements(
    _ finding: Finding, _ number: Int, _ contents: ReportContents,
    _ memory: MarkdownMemory
  ) -> String {
    var lines: [String] = []
    for engagement in finding.engagements {
      lines.append(
        "- **" + ReportText.inline(contents.principleName(engagement.principle)) + "** ("
          + engagement.severity.rawValue + ", " + engagement.strength.rawValue + ")")
      for id in engagement.rules {
        let rule = contents.rule(id)
        if let earlier = memory.explainedRules[id] {
          lines.append(
            "  - " + ReportText.inline(id) + ", as in Finding \(earlier)")
          continue
        }
        var line = "  - " + ReportText.inline(id) + " — " + ReportText.inline(rule?.title ?? id)
        if let rationale = rule?.rationale, !rationale.isEmpty {
          memory.explainedRules[id] = number
          line += ". " + ReportText.inline(Self.firstSentence(rationale))
        }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The first sentence of `text`: up to the first full stop followed by a space.
  static func firstSentence(_ text: String) -> String {
    let flat = SourceText.oneLine(text)
    guard let end = flat.range(of: ". ") else { return flat }
    return String(flat[..<end.lowerBound]) + "."
  }

  /// A point to verify in plain words (no Markdown): the JSON report uses it as it is, the
  /// Markdown escapes it.
  func pointToVerifyPlain(_ point: PointToVerify, _ contents: ReportContents) -> String {
    let act = point.action
    let action = contents.action(point.action)
    let actor = action.map { contents.name(of: $0.actor) } ?? act
    switch point {
    case .inferredCapacity:
      return "In what capacity \(actor) acted is the analyst's reading; the source does not say "
        + "(\(act))."
    case .analysisOnly:
      return "\(act) rests only on the source's analysis: no words of the actor, no stated fact."
    case .translated(_, let source):
      return "A quote of \(act) is a translation (\(source))."
    case .quoteNotFound(_, let source):
      return "A quote of \(act) was not found in the archived copy of \(source)."
    case .quoteUnchecked(_, let source):
      return "The quotes of \(act) from \(source) were not checked against an archived copy."
    case .approximateDate:
      let date = action.map { DateWording.phrase($0.date) } ?? "approximately"
      return "\(act) is dated only \(date)" + (action?.dateNote.map { " (\($0))" } ?? "") + "."
    case .outsidePeriod:
      return "\(act) falls outside the case period: background, not conduct within it."
    }
  }

  /// Why each rule fired, condition by condition (only with `--explain`).
  private func explanation(_ finding: Finding) -> String {
    var lines = ["**Why the rules fired.**"]
    for hit in finding.hits {
      lines.append("- " + ReportText.inline(hit.rule) + ":")
      for condition in hit.conditions {
        let values = condition.values.map(ReportText.inline).joined(separator: "; ")
        lines.append(
          "  - " + ReportText.code(condition.text) + (values.isEmpty ? "" : " — " + values))
      }
    }
    return lines.joined(separator: "\n")
  }

  // MARK: - 6. Patterns

  func patterns(_ contents: ReportContents) -> String {
    let patterns = contents.assessment.patterns
    guard !patterns.isEmpty else { return "" }
    var blocks = [
      "## Patterns",
      "Rules that look across episodes; each episode counts once. They add no act to the "
        + "findings above.",
    ]
    var lines: [String] = []
    for pattern in patterns {
      let rule = contents.rule(pattern.hit.rule)
      let numbers = pattern.findings.compactMap { contents.number(of: $0) }
      var cited = numbers.filter { $0 <= contents.shownFindings.count }.map { "\($0)" }
      if cited.count < numbers.count {
        cited.append("\(numbers.count - cited.count) more not shown")
      }
      var line =
        "- **" + ReportText.inline(pattern.hit.rule) + "** — "
        + ReportText.inline(rule?.title ?? pattern.hit.title) + " ("
        + ReportText.inline(contents.principleName(pattern.hit.principle)) + ", "
        + pattern.hit.severity.rawValue + "): findings " + cited.joined(separator: ", ")
      if let aggregate = rule?.aggregate {
        line += "; at least \(aggregate.atLeast) within \(aggregate.withinDays) days"
      }
      lines.append(line + ".")
    }
    blocks.append(lines.joined(separator: "\n"))
    return blocks.joined(separator: "\n\n")
  }

  // MARK: - 7. Context

  /// Acts of others (authorities) under their standards: essential context, never a breach of
  /// a principle by the subject.
  func contextSection(_ contents: ReportContents, _ memory: MarkdownMemory) -> String {
    let hits = contents.assessment.context
    guard !hits.isEmpty else { return "" }
    var blocks = [
      "## Context",
      "Acts of others, under the standards that bind them (international humanitarian law, the "
        + "States' duties under the Movement's Statutes). They are not findings against the "
        + "subject and are not counted as breaches of a principle.",
    ]
    var order: [String] = []
    var rulesByAction: [String: [RuleHit]] = [:]
    for hit in hits {
      for action in hit.actions.prefix(1) {
        if rulesByAction[action] == nil { order.append(action) }
        rulesByAction[action, default: []].append(hit)
      }
    }
    for id in order {
      guard let action = contents.action(id) else { continue }
      let standards = (rulesByAction[id] ?? []).map { hit -> String in
        let basis = contents.rule(hit.rule).map { contents.basisName($0.basis) } ?? hit.principle
        return ReportText.inline(hit.rule) + " (" + ReportText.inline(basis) + ")"
      }
      blocks.append(
        actLine(action, contents, withDateNote: true) + " — " + standards.joined(separator: "; "))
      blocks.append(
        action.evidence.map { evidenceLine($0, id, contents, memory) }.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n")
  }
}
