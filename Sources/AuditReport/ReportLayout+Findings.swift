import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Findings

  func findings<W: DocumentWriter>(_ writer: inout W) {
    if contents.findings.isEmpty { writer.paragraph("None.") }
    if !contents.findings.isEmpty, dismissedFindings.count == contents.shownFindings.count {
      writer.paragraph(ReviewWording.allDismissed)
    }
    for finding in contents.shownFindings where !contents.review.isDismissed(finding.id) {
      block(finding, &writer)
    }
  }

  /// One finding: when, severity and strength; what happened; the principles and instruments
  /// engaged; the strength's basis; the subject's reply; acts of others in the episode.
  private func block<W: DocumentWriter>(_ finding: Finding, _ writer: inout W) {
    let number = contents.number(of: finding.id) ?? 0
    writer.heading(
      3, [.text("Finding \(number). " + finding.title)], anchor: Self.anchor(finding: number))
    reviewStanding(finding, &writer)
    var facts: [InlineSpan] = openStanding(finding)
    if let span = finding.span {
      facts += [.strong("When:"), .text(" " + DateWording.cell(span) + " · ")]
    }
    facts += [
      .strong("Severity:"), .text(" "), .severity(finding.severity.rawValue), .text(" · "),
      .strong("Strength:"), .text(" " + finding.strength.rawValue + " — " + strengthBasis(finding)),
    ]
    writer.paragraph(facts)
    if let person = finding.person.flatMap(contents.index.person) {
      writer.paragraph(positions(person))
      var seen: Set<String> = []
      let items = finding.evidence.filter {
        seen.insert($0.evidence.source + "\u{0}" + $0.evidence.quote).inserted
      }
      writer.list(items.map { evidenceItem($0.evidence, person.id) })
    }
    // Each act a list item, its evidence under it: one list per finding.
    writer.list(
      finding.actions.compactMap(contents.action).map { action in
        ListItem(
          text: actLine(action),
          children: finding.evidence.filter { $0.action == action.id }.map {
            evidenceItem($0.evidence, action.id)
          })
      })
    let lead: InlineSpan = .strong(
      finding.engagements.contains { $0.principle == RuleBasis.instrumentsID }
        ? "Principles and instruments engaged." : "Principles engaged.")
    let engaged = engagements(finding, number)
    if engaged.count == 1, let only = engaged.first, only.children.allSatisfy(\.children.isEmpty) {
      // One principle: one paragraph, its rules after it.
      var line: [InlineSpan] = [lead, .text(" ")] + only.text + [.text(":")]
      for (index, rule) in only.children.enumerated() {
        line.append(.text(index == 0 ? " " : " "))
        line += rule.text
      }
      writer.paragraph(line)
    } else {
      writer.paragraph([lead])
      writer.list(engaged)
    }
    var after: [InlineSpan] = []
    if !finding.replies.isEmpty {
      after += [
        .strong("Reply."), .text(" " + subjectName + " replied: see "),
        .reference("its stated position", anchor: "position"), .text("."),
      ]
    }
    if !finding.otherActions.isEmpty {
      let others = finding.otherActions.compactMap(contents.action).map {
        Self.actName($0, contents)
      }
      after += [
        .text(
          (after.isEmpty ? "" : " ") + "Also in this episode, acts of others, which are not "
            + "the subject's conduct: " + others.joined(separator: "; ") + " (see "),
        .reference("Annex B", anchor: "annex-b"), .text(")."),
      ]
    }
    if !after.isEmpty { writer.paragraph(after) }
    if contents.context.invocation.explain {
      writer.paragraph([.strong("Why the rules fired.")])
      writer.list(explanation(finding))
    }
  }

  /// Why the strength is what it is, and how many bodies of reporting the finding rests on
  /// in all: "2 independent sources: OCCRP …; MENAFN … (3 independent sources in all)".
  func strengthBasis(_ finding: Finding) -> String {
    var basis = finding.strengthBasis
    if finding.strength == .alleged, !finding.actions.isEmpty,
      finding.toVerify.contains(where: { if case .analysisOnly = $0 { true } else { false } })
    {
      basis += "; acts resting on the source's analysis alone are at most alleged"
    }
    let count = finding.independentSources.count
    if count > 1 { basis += " (" + ReportCounts.count(count, "independent source") + " in all)" }
    return basis
  }

  /// `**On 22 August 2023, Azerbaijan Red Crescent Society** (public statement; channel): summary`
  func actLine(_ action: Action, withDateNote: Bool = false) -> [InlineSpan] {
    var how = [Vocabulary.phrase(action.type)]
    if let channel = action.channel { how.append(channel) }
    if action.capacity == .inferred { how.append("capacity inferred by the analyst") }
    var line = " (" + how.joined(separator: "; ") + "): " + action.summary
    if withDateNote, let note = action.dateNote { line += " (Date: " + note + ")" }
    return [
      .strong(
        Self.capitalized(DateWording.phrase(action.date)) + ", " + contents.name(of: action.actor)),
      .text(line),
    ]
  }

  /// One evidence item on one line: the quote, its note, what kind it is, its grade, its check.
  func evidenceItem(_ item: Evidence, _ action: String) -> ListItem {
    let key = item.source + "\u{0}" + item.quote
    if let first = memory.quotedPassages[key] {
      return ListItem(text: [
        .text("The passage quoted above, for " + first + " (" + Self.kindWords(item) + ").")
      ])
    }
    memory.quotedPassages[key] =
      contents.action(action).map { Self.actName($0, contents) }
      ?? contents.index.person(action)?.name ?? action
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
        Vocabulary.phrase(position.role) + " of "
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
                .text((rule?.title ?? id) + ", as in "),
                Self.reference(finding: earlier, "Finding \(earlier)"), .text("."),
              ], children: breachItems(id, finding, number)))
          continue
        }
        var line = rule?.title ?? id
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
