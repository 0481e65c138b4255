import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Title, status, summary

  func title<W: DocumentWriter>(_ writer: inout W) {
    let audit = contents.audit
    writer.heading(1, [.text(audit.title)], anchor: "top")
    writer.paragraph([.strong(ReportStatus.line(contents))])
    var facts: [InlineSpan] = [
      .strong("Subject:"), .text(" " + subjectName + " · "),
      .strong("Period:"),
      .text(
        " " + DateWording.name(audit.period.from) + " to " + DateWording.name(audit.period.to)),
    ]
    if let date = contents.context.date {
      facts += [.text(" · "), .strong("Date:"), .text(" " + date)]
    }
    writer.paragraph(facts)
  }

  /// What was examined, in the sources' voice, and the scope of the paper.
  func summary<W: DocumentWriter>(_ writer: inout W) {
    // What was examined opens the analyst's summary, in one paragraph with its first block.
    var blocks = ReportText.blocks(of: contents.audit.summary).map { $0.joined(separator: " ") }
    if blocks.isEmpty { blocks = [examined] } else { blocks[0] = examined + " " + blocks[0] }
    for block in blocks { writer.paragraph(block) }
    if !contents.context.principles.isEmpty {
      writer.paragraph(
        "This paper is restricted to the principles "
          + contents.context.principles.sorted().joined(separator: ", ")
          + "; rules of other principles and rules on others' conduct were not applied.")
    }
  }

  /// "This paper examines 20 acts of the Society, dated … to …, as 24 sources report them …"
  var examined: String {
    let own = contents.subjectsActions
    let cited = contents.evidenceSources
    let types = Set(cited.map { Vocabulary.phrase($0.type) }).sorted()
    var text = "This paper examines " + ReportCounts.count(own.count, "act") + " of " + subjectName
    if let first = own.first, let last = own.last {
      text +=
        ", dated " + DateWording.name(first.date.from) + " to " + DateWording.name(last.date.to)
    }
    text += ", as " + ReportCounts.count(cited.count, "source") + " quoted here report them"
    if !types.isEmpty { text += " (" + Self.series(types) + ")" }
    let others = contents.actions.count - own.count
    if others > 0 { text += ", and " + ReportCounts.count(others, "act") + " of others as context" }
    text += ". It reads public sources by rules written in advance; it recommends, and the "
    text += "committee decides."
    return text
  }

  /// `a`, `a and b`, `a, b and c`.
  static func series(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }

  // MARK: - Findings at a glance

  func result<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(contents.counts.shortSentence)
    guard !contents.findings.isEmpty else {
      return writer.paragraph("No rule found anything about the subject.")
    }
    writer.startTable(
      [
        [.text("Finding")], [.text("Principles and instruments")], [.text("Severity")],
        [.text("Strength")],
      ],
      rightAligned: [], short: [2, 3])
    for finding in contents.shownFindings {
      let number = contents.number(of: finding.id) ?? 0
      var title = "\(number). " + finding.title
      // An analyst's episode title says when; a lone act's generated title does not.
      if case .action = finding.origin, let span = finding.span {
        title += ", " + DateWording.cell(span)
      }
      title += dismissedMark(finding)
      writer.row([
        [Self.reference(finding: number, title)], [.text(engagedNames(finding))],
        [.severity(finding.severity.rawValue)], [.text(finding.strength.rawValue)],
      ])
    }
    writer.endTable()
    writer.list(contents.shownFindings.map(glance))
  }

  /// The principles a finding engages, each with its severity where the finding's differ, and
  /// the short names of the instruments it breaches.
  func engagedNames(_ finding: Finding) -> String {
    let principles = finding.engagements.filter { $0.principle != RuleBasis.instrumentsID }
      .map { engagement in
        contents.principleName(engagement.principle)
          + (finding.engagements.count > 1 && engagement.severity != finding.severity
            ? " (" + engagement.severity.rawValue + ")" : "")
      }
    return (principles + contents.instrumentNames(in: finding)).joined(separator: "; ")
  }

  /// A finding in a sentence or two: what the rules found, how firmly, against what.
  private func glance(_ finding: Finding) -> ListItem {
    let number = contents.number(of: finding.id) ?? 0
    var conduct: [String] = []
    for engagement in finding.engagements {
      for id in engagement.rules {
        let title = contents.rule(id)?.title ?? id
        let lowered = title.prefix(1).lowercased() + title.dropFirst()
        if !conduct.contains(lowered) { conduct.append(lowered) }
      }
    }
    let text =
      "On " + finding.strength.rawValue + " evidence: " + conduct.joined(separator: "; ") + "."
    return ListItem(text: [
      Self.reference(finding: number, "Finding \(number)"), .text(". " + text),
    ])
  }

  // MARK: - The subject's position

  /// What the subject has said in answer, and whether it was asked: a committee hears the
  /// Society before it decides.
  func position<W: DocumentWriter>(_ writer: inout W) {
    let responses = contents.audit.responses.filter { $0.by == contents.audit.subject }
    if responses.isEmpty {
      writer.paragraph(
        "The sources record no reply of " + subjectName + " and no request for its comment. "
          + "It has not been heard on these observations.")
    }
    // Each reply one item, the subject's own words under it; then others' replies.
    let others = contents.audit.responses.filter { $0.by != contents.audit.subject }
    writer.list(
      (responses + others).map { response in
        var text = replyLine(response)
        if let summary = response.text, !summary.isEmpty { text.append(.text(" " + summary)) }
        return ListItem(
          text: text, children: response.evidence.map { evidenceItem($0, "the reply") })
      })
  }

  // MARK: - Questions for the committee

  /// What the committee must settle for each finding to stand: the questions its rules ask,
  /// and what the case could not establish, in words. A question several findings raise is
  /// asked once, for all of them ("Findings 2, 5 and 6: …"), after the questions of the first.
  func questions<W: DocumentWriter>(_ writer: inout W) {
    let asked = contents.shownFindings.map { finding in
      (number: contents.number(of: finding.id) ?? 0, questions: questions(for: finding))
    }
    var askedBy: [String: [Int]] = [:]
    for (number, questions) in asked {
      for question in questions { askedBy[question, default: []].append(number) }
    }
    // Each line: the findings it is for and its questions, in the order first asked.
    var lines: [(findings: [Int], questions: [String])] = []
    for (number, questions) in asked {
      for question in questions {
        let findings = askedBy[question] ?? [number]
        guard findings.first == number else { continue }
        if let at = lines.firstIndex(where: { $0.findings == findings }) {
          lines[at].questions.append(question)
        } else {
          lines.append((findings, [question]))
        }
      }
    }
    guard !lines.isEmpty else {
      return writer.paragraph("The rules behind these findings ask no question of their own.")
    }
    writer.list(
      lines.map { line in
        ListItem(
          text: Self.findingsLabel(line.findings) + [
            .text(": " + line.questions.joined(separator: " "))
          ])
      })
  }

  /// "Finding 2", or "Findings 2, 5 and 6", each number a link to its finding.
  static func findingsLabel(_ numbers: [Int]) -> [InlineSpan] {
    guard numbers.count > 1 else {
      return [reference(finding: numbers[0], "Finding \(numbers[0])")]
    }
    var spans: [InlineSpan] = [.text("Findings ")]
    for (index, number) in numbers.enumerated() {
      if index > 0 { spans.append(.text(index == numbers.count - 1 ? " and " : ", ")) }
      spans.append(reference(finding: number, "\(number)"))
    }
    return spans
  }

  /// A finding's questions: its rules' (each once), then what its evidence leaves open.
  func questions(for finding: Finding) -> [String] {
    var asked: [String] = []
    for id in Set(finding.hits.map(\.rule)).sorted() {
      for question in contents.rule(id)?.questions ?? [] where !asked.contains(question) {
        asked.append(question)
      }
    }
    for point in finding.toVerify {
      if let question = Self.question(point, contents), !asked.contains(question) {
        asked.append(question)
      }
    }
    return asked
  }

  /// A point the case leaves open, as a committee's question; nil for a point of method that
  /// the limits annex states (an approximate date, a translation, an unchecked quote).
  static func question(_ point: PointToVerify, _ contents: ReportContents) -> String? {
    guard let action = contents.action(point.action) else { return nil }
    let actor = contents.name(of: action.actor)
    let act =
      "(" + Vocabulary.phrase(action.type) + ", "
      + DateWording.cell(action.date) + ")"
    switch point {
    case .inferredCapacity:
      return "In what capacity did \(actor) act \(act): for "
        + contents.name(of: contents.audit.subject) + ", or in another role?"
    case .analysisOnly:
      return "Is there a record of the act of \(actor) \(act) beyond the source's analysis: "
        + "the actor's own words or a stated fact?"
    case .quoteNotFound:
      return "Does the source say what is quoted for the act of \(actor) \(act)? A quote was "
        + "not found in the archived copy."
    case .translated, .quoteUnchecked, .approximateDate, .outsidePeriod:
      return nil
    }
  }

  /// An act named for a reader: "the public statement of Azerbaijan Red Crescent Society of
  /// 22 August 2023".
  static func actName(_ action: Action, _ contents: ReportContents) -> String {
    "the " + Vocabulary.phrase(action.type) + " of "
      + contents.name(of: action.actor) + " " + DateWording.phrase(action.date)
  }

  // MARK: - Recommended measures

  /// The pack's measures whose conditions some finding meets, each with the findings it is
  /// recommended for and the texts it rests on.
  func measures<W: DocumentWriter>(_ writer: inout W) {
    let recommended = contents.recommendedMeasures
    defer { takenMeasures(&writer) }
    guard !recommended.isEmpty else {
      return writer.paragraph(
        "The rule packs used define no measure for these findings: the committee chooses its "
          + "own steps.")
    }
    writer.list(
      recommended.map { entry in
        // What each involves, with its texts, is under its title in Annex A.
        var text: [InlineSpan] = [.strong(entry.measure.title), .text(" — ")]
        if entry.findings.count == contents.shownFindings.count, entry.findings.count > 1 {
          text.append(.text("for every finding."))
        } else {
          text.append(.text(entry.findings.count == 1 ? "for finding " : "for findings "))
          text += Self.references(findings: entry.findings)
          text.append(.text("."))
        }
        return ListItem(text: text)
      })
  }

  /// The steps the findings call for that the case records as taken already: not
  /// recommended again, and named with the acts that took them.
  private func takenMeasures<W: DocumentWriter>(_ writer: inout W) {
    let taken = contents.takenMeasures
    guard !taken.isEmpty else { return }
    let named: [String] = taken.map { entry in
      let title = entry.measure.title
      let acts: [String] = entry.actions.map { Self.actName($0, contents) }
      return title.prefix(1).lowercased() + String(title.dropFirst()) + " ("
        + acts.joined(separator: "; ") + ")"
    }
    writer.paragraph(
      "Not recommended, because the case records them taken already: "
        + named.joined(separator: "; ") + ".")
  }

  /// Each recommended measure in full: what it involves and the texts it rests on, with how
  /// firmly their words are known (the front gives its first sentence).
  func measureTexts<W: DocumentWriter>(_ writer: inout W) {
    let recommended = contents.recommendedMeasures
    guard !recommended.isEmpty else { return }
    writer.heading(3, [.text("The measures recommended")], anchor: "measures-in-full")
    for entry in recommended {
      writer.heading(4, [.text(entry.measure.title)], anchor: "measure-" + entry.measure.id)
      var text = entry.measure.description
      let texts = entry.measure.restsOn.compactMap { contents.context.catalogue.reference($0) }
      if !texts.isEmpty {
        let names = texts.map { $0.title + Self.readStatus($0) }
        text += " Rests on: " + names.joined(separator: "; ") + "."
      }
      writer.paragraph(text)
    }
  }

  /// How firmly a text's words are known, as a parenthesis: nothing for a text read in an
  /// official copy.
  static func readStatus(_ reference: Reference) -> String {
    switch reference.status {
    case .read: ""
    case .secondary: " (read in a secondary copy)"
    case .notRead: " (words not read)"
    }
  }
}
