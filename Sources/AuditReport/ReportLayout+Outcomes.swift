import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Right of reply

  func replies<W: DocumentWriter>(_ writer: inout W) {
    let responses = contents.audit.responses
    if responses.isEmpty {
      writer.paragraph("The case records no request for comment to the subject, and no reply.")
    }
    for response in responses {
      writer.paragraph(replyLine(response))
      if let text = response.text, !text.isEmpty {
        writer.paragraph("Reply:")
        writer.quote(text, note: nil)
      }
      writer.list(response.evidence.map { evidenceItem($0, "the reply") })
    }
  }

  /// One reply in a line: who, when asked or when answering, what it answers, its outcome.
  func replyLine(_ response: Response) -> [InlineSpan] {
    var line = ": "
    if let requested = response.requested {
      line += "asked for comment in " + DateWording.name(requested) + "; "
    } else if response.to == nil {
      line += "asked for comment (date not recorded); "
    }
    line += Self.outcome(response.outcome)
    if let date = response.date { line += " " + DateWording.phrase(DateRange(date)) }
    if let channel = response.channel { line += " (" + channel + ")" }
    var spans: [InlineSpan] = [.strong(contents.name(of: response.by)), .text(line)]
    if let to = response.to {
      spans.append(.text(", answering "))
      let answered: [[InlineSpan]] =
        to.actions.map { id in [.text(contents.action(id).map { Self.actName($0, contents) } ?? id)]
        }
        + to.episodes.map { id in
          [contents.number(of: id).map { .text("finding \($0)") } ?? .emphasis(id)]
        }
      for (index, part) in answered.enumerated() {
        if index > 0 { spans.append(.text(", ")) }
        spans += part
      }
    }
    return spans + [.text(".")]
  }

  private static func outcome(_ outcome: Response.Outcome) -> String {
    switch outcome {
    case .noResponse: "no response"
    case .declined: "declined to comment"
    case .responded: "responded"
    }
  }

  // MARK: - Rules with no match, and undecided rules

  func outcomes<W: DocumentWriter>(_ writer: inout W) {
    if contents.quietOutcomes.isEmpty {
      writer.paragraph("Every rule evaluated matched at least one recorded act.")
    } else {
      writer.paragraph(
        "No recorded act matched these rules. This is not a clearance: it says only that the "
          + "acts this case records, as coded, do not show the conduct.")
      writer.table(
        ["Rule", "Title", "Judged by", "What was searched"],
        rows: contents.quietOutcomes.map { outcome in
          let rule = contents.rule(outcome.rule)
          return [
            [.text(outcome.rule)], [.text(rule?.title ?? "—")],
            [.text(rule.map { contents.basisName($0.basis) } ?? "—")],
            [
              .text(
                Self.searched(outcome, rule)
                  + (outcome.undecided > 0 ? "; undecided for \(outcome.undecided) (below)" : ""))
            ],
          ]
        })
    }
    let undecided = contents.undecided
    if undecided.isEmpty {
      writer.paragraph("No rule was left undecided for lack of data.")
    } else {
      writer.paragraph(
        "Undecided: the rule could neither fire nor be ruled out because data it needs is not "
          + "recorded. Absence of evidence makes no finding.")
      writer.table(
        ["Rule", "Act or person", "Missing"],
        rows: undecided.map { item in
          var missing: [InlineSpan] = []
          for (index, path) in item.missing.enumerated() {
            if index > 0 { missing.append(.text(", ")) }
            missing.append(.code(path))
          }
          return [[.text(item.rule)], [.text(item.action ?? item.person ?? "—")], missing]
        })
    }
  }

  /// "5 acts dated 2022 to 2023", "4 people".
  static func searched(_ outcome: RuleOutcome, _ rule: RuleSpec?) -> String {
    if rule?.scope == .person {
      return outcome.considered == 0
        ? "no person: the subject is not of a type the rule applies to"
        : ReportCounts.count(outcome.considered, "person", plural: "people")
    }
    guard outcome.considered > 0 else {
      let types = rule?.appliesTo ?? []
      return types.isEmpty
        ? "no act was recorded"
        : "no act attributed to an organisation of type " + types.joined(separator: " or ")
    }
    var text = ReportCounts.count(outcome.considered, "act")
    if let span = outcome.span {
      text +=
        span.first == span.last
        ? " dated " + DateWording.cell(span.first)
        : " dated " + DateWording.name(span.first.from) + " to " + DateWording.name(span.last.to)
    }
    if let aggregate = rule?.aggregate {
      text += ", for at least \(aggregate.atLeast) within \(aggregate.withinDays) days"
    }
    return text
  }

  // MARK: - Acts no rule matched

  /// One row per act no rule cited, written row by row: at a million acts the table is most of
  /// the report.
  func unmatchedActions<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(
      "Acts of " + subjectName + " that the case records and no rule matched, for the "
        + "analyst's review.")
    writer.startTable(
      [[.text("Act")], [.text("Date")], [.text("Actor")], [.text("Summary")]], rightAligned: [])
    contents.subjectsUnmatchedActions.forEach { action in
      writer.row([
        [.text(action.id)], [.text(DateWording.cell(action.date))],
        [.text(contents.name(of: action.actor))], [.text(action.summary)],
      ])
    }
    writer.endTable()
  }

  // MARK: - Chronology

  /// Every act by date, the subject's beside the others', ranges shown as ranges, each with
  /// the findings that cite it; written row by row.
  func chronology<W: DocumentWriter>(_ writer: inout W) {
    writer.startTable(
      [[.text("Date")], [.text(contents.name(of: contents.audit.subject))], [.text("Others")]],
      rightAligned: [])
    for action in contents.actions {
      let findings = contents.citations(of: action.id).findings
      let own = contents.index.isSubjects(action)
      var text = action.id + ": " + Vocabulary.phrase(action.type)
      if action.actor != contents.audit.subject {
        text += " by " + contents.name(of: action.actor)
      }
      var cell: [InlineSpan] = [.text(text)]
      var links: [InlineSpan] = []
      for number in findings { links.append(Self.reference(finding: number, "finding \(number)")) }
      if !own { links.append(.reference("Annex B", anchor: "annex-b")) }
      if contents.isBackground(action.id) {
        links.append(.reference("background", anchor: "background"))
      }
      for (index, link) in links.enumerated() {
        cell.append(.text(index == 0 ? " (" : ", "))
        cell.append(link)
      }
      if !links.isEmpty { cell.append(.text(")")) }
      writer.row([[.text(DateWording.cell(action.date))], own ? cell : [], own ? [] : cell])
    }
    writer.endTable()
  }
}
