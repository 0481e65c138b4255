import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Findings

  func findings<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(
      "One finding per episode about " + contents.name(of: contents.audit.subject)
        + ", the most severe first.")
    if contents.findings.isEmpty { writer.paragraph("None.") }
    if !contents.findings.isEmpty, dismissedFindings.count == contents.shownFindings.count {
      writer.paragraph(ReviewWording.allDismissed)
    }
    for finding in contents.shownFindings where !contents.review.isDismissed(finding.id) {
      block(finding, &writer)
    }
  }

  /// One finding: what happened, the principles engaged, strength, points to verify.
  private func block<W: DocumentWriter>(_ finding: Finding, _ writer: inout W) {
    let number = contents.number(of: finding.id) ?? 0
    writer.heading(
      3, [.text("Finding \(number). " + finding.title)], anchor: Self.anchor(finding: number))
    reviewStanding(finding, &writer)
    var facts: [InlineSpan] = []
    if let span = finding.span {
      facts += [.strong("When:"), .text(" " + DateWording.cell(span) + " · ")]
    }
    facts += [
      .strong("Severity:"), .text(" "), .severity(finding.severity.rawValue), .text(" · "),
      .strong("Strength:"), .text(" " + finding.strength.rawValue + Self.resting(finding)),
    ]
    writer.paragraph(facts)
    writer.paragraph([.strong("What happened.")])
    if let person = finding.person.flatMap(contents.index.person) {
      writer.paragraph(positions(person))
      var seen: Set<String> = []
      let items = finding.evidence.filter {
        seen.insert($0.evidence.source + "\u{0}" + $0.evidence.quote).inserted
      }
      writer.list(items.map { evidenceItem($0.evidence, person.id) })
    }
    for actionID in finding.actions {
      guard let action = contents.action(actionID) else { continue }
      writer.paragraph(actLine(action))
      let items = finding.evidence.filter { $0.action == actionID }
      writer.list(items.map { evidenceItem($0.evidence, actionID) })
    }
    writer.paragraph([
      .strong(
        finding.engagements.contains { $0.principle == RuleBasis.instrumentsID }
          ? "Principles and instruments engaged." : "Principles engaged.")
    ])
    writer.list(engagements(finding, number))
    var basis = " Basis: " + finding.strengthBasis
    if finding.strength == .alleged, !finding.actions.isEmpty,
      finding.toVerify.contains(where: { if case .analysisOnly = $0 { true } else { false } })
    {
      basis += " Acts resting on the source's analysis alone are at most alleged."
    }
    writer.paragraph([.strong("Strength: \(finding.strength.rawValue)."), .text(basis + ".")])
    if !finding.replies.isEmpty {
      writer.paragraph([.strong("The subject's reply.")])
      writer.list(
        finding.replies.map { reply in
          ListItem(text: replyLine(reply) + (reply.text.map { [.text(" " + $0)] } ?? []))
        })
    }
    if !finding.toVerify.isEmpty {
      writer.paragraph([.strong("Points to verify.")])
      writer.list(
        finding.toVerify.map {
          ListItem(text: [.text(Self.pointToVerifyPlain($0, contents))])
        })
    }
    if !finding.otherActions.isEmpty {
      let others = finding.otherActions.map { id in
        let actor = contents.action(id).map { contents.name(of: $0.actor) } ?? id
        let place = contents.citations(of: id).context ? "Context" : "Acts no rule matched"
        return id + " (" + actor + "; see " + place + ")"
      }
      writer.paragraph(
        "Also in this episode, acts of others, which are not the subject's conduct: "
          + others.joined(separator: "; ") + ".")
    }
    if contents.context.invocation.explain {
      writer.paragraph([.strong("Why the rules fired.")])
      writer.list(explanation(finding))
    }
  }

  /// ", on 2 independent sources (a, b)": how many bodies of reporting the finding rests on.
  static func resting(_ finding: Finding) -> String {
    let independent = finding.independentSources
    return ", on " + ReportCounts.count(independent.count, "independent source")
      + (independent.isEmpty ? "" : " (" + independent.joined(separator: ", ") + ")")
  }

  /// `*id* — In August 2023, Actor (public statement, official statement): summary.`
  func actLine(_ action: Action, withDateNote: Bool = false) -> [InlineSpan] {
    let date = DateWording.phrase(action.date)
    var line = " — " + date.prefix(1).uppercased() + date.dropFirst() + ", "
    line += contents.name(of: action.actor)
    var how = [action.type.replacingOccurrences(of: "_", with: " ")]
    if let channel = action.channel { how.append(channel) }
    if action.capacity == .inferred { how.append("capacity inferred by the analyst") }
    line += " (" + how.joined(separator: "; ") + "): " + action.summary
    if withDateNote, let note = action.dateNote { line += " (Date: " + note + ")" }
    return [.emphasis(action.id), .text(line)]
  }

  /// One evidence item on one line: the quote, its note, what kind it is, its grade, its check.
  func evidenceItem(_ item: Evidence, _ action: String) -> ListItem {
    let key = item.source + "\u{0}" + item.quote
    if let first = memory.quotedPassages[key] {
      return ListItem(text: [
        .text("The passage quoted above for " + first + " (" + Self.kindWords(item) + ").")
      ])
    }
    memory.quotedPassages[key] = action
    var meta = [Self.kindWords(item)]
    let reliability = contents.index.source(item.source)?.reliability ?? .F
    meta.append("\(reliability.rawValue)\(item.credibility)")
    meta.append(
      Self.check(
        contents.verified(item),
        excerpt: contents.context.verification.coverage(of: item) == .excerpt))
    if let locator = item.locator, !locator.isEmpty { meta.append(locator) }
    // A passage that opens with its own quotation mark is not wrapped in another.
    let quoted =
      item.quote.first.map { "“\"‘«„".contains($0) } == true ? item.quote : "“" + item.quote + "”"
    var text: [InlineSpan] = [
      .text(quoted), .note(label: contents.labels.label(item.source)),
      .text(" (" + meta.joined(separator: "; ") + ")"),
    ]
    if let original = item.original { text.append(.text("; original: “" + original + "”")) }
    return ListItem(text: text)
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
      words += item.translatedBy.map { ", translated by " + $0 } ?? ", translated"
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

  private func positions(_ person: Person) -> String {
    let held = person.positions.map { position in
      var text =
        position.role.replacingOccurrences(of: "_", with: " ") + " of "
        + contents.name(of: position.organization)
      // A note says what the dates mean when the sources give no start or end: it stands
      // in their place, so a "from" that is only the first day a source shows is never read
      // as the day the position began.
      if let note = position.note {
        text += " (" + note + ")"
      } else {
        if let from = position.from { text += ", from " + DateWording.name(from) }
        if let to = position.to { text += ", to " + DateWording.name(to) }
        if position.from == nil && position.to == nil { text += " (dates not recorded)" }
      }
      return text
    }
    return person.name + "'s recorded positions: " + held.joined(separator: "; ") + "."
  }

  /// Each principle engaged, with its rules' titles and, the first time a rule is cited, the
  /// first sentence of its rationale.
  private func engagements(_ finding: Finding, _ number: Int) -> [ListItem] {
    finding.engagements.map { engagement in
      var item = ListItem(text: [
        .strong(contents.principleName(engagement.principle)),
        .text(" (" + engagement.severity.rawValue + ", " + engagement.strength.rawValue + ")"),
      ])
      for id in engagement.rules {
        let rule = contents.rule(id)
        if let earlier = memory.explainedRules[id] {
          item.children.append(
            ListItem(
              text: [
                .text(id + ", as in "), Self.reference(finding: earlier, "Finding \(earlier)"),
              ], children: breachItems(id, finding, number)))
          continue
        }
        var line = id + " — " + (rule?.title ?? id)
        if let rationale = rule?.rationale, !rationale.isEmpty {
          memory.explainedRules[id] = number
          line += ". " + Self.firstSentence(rationale)
        }
        item.children.append(
          ListItem(text: [.text(line)], children: breachItems(id, finding, number)))
      }
      return item
    }
  }

  /// The first sentence of `text`: up to the first full stop followed by a space.
  static func firstSentence(_ text: String) -> String {
    let flat = SourceText.oneLine(text)
    guard let end = flat.range(of: ". ") else { return flat }
    return String(flat[..<end.lowerBound]) + "."
  }

  /// Why each rule fired, condition by condition (only with `--explain`).
  private func explanation(_ finding: Finding) -> [ListItem] {
    finding.hits.map { hit in
      ListItem(
        text: [.text(hit.rule + ":")],
        children: hit.conditions.map { condition in
          let values = condition.values.joined(separator: "; ")
          return ListItem(
            text: [.code(condition.text)] + (values.isEmpty ? [] : [.text(" — " + values)]))
        })
    }
  }
}
