import AuditCore
import AuditEngine

extension MarkdownReport {
  // MARK: - 8. Right of reply

  func replies(_ contents: ReportContents, _ memory: MarkdownMemory) -> String {
    var blocks = ["## Right of reply"]
    let responses = contents.audit.responses
    if responses.isEmpty {
      blocks.append("The case records no request for comment to the subject, and no reply.")
    }
    for response in responses {
      blocks.append(replyLine(response, contents))
      if let text = response.text, !text.isEmpty {
        blocks.append("Reply:")
        blocks.append(ReportText.blockQuote(text))
      }
      if !response.evidence.isEmpty {
        blocks.append(
          response.evidence.map { evidenceLine($0, "the reply", contents, memory) }.joined(
            separator: "\n"))
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  /// One reply in a line: who, when asked or when answering, what it answers, its outcome.
  func replyLine(_ response: Response, _ contents: ReportContents) -> String {
    var line = "**" + ReportText.inline(contents.name(of: response.by)) + "**: "
    if let requested = response.requested {
      line += "asked for comment in " + DateWording.name(requested) + "; "
    } else if response.to == nil {
      line += "asked for comment (date not recorded); "
    }
    line += Self.outcome(response.outcome)
    if let date = response.date { line += " " + DateWording.phrase(DateRange(date)) }
    if let channel = response.channel { line += " (" + ReportText.inline(channel) + ")" }
    if let to = response.to {
      var answered = to.actions.map { "*" + ReportText.inline($0) + "*" }
      answered += to.episodes.map { id in
        contents.number(of: id).map { "finding \($0)" } ?? "*" + ReportText.inline(id) + "*"
      }
      line += ", answering " + answered.joined(separator: ", ")
    }
    return line + "."
  }

  private static func outcome(_ outcome: Response.Outcome) -> String {
    switch outcome {
    case .noResponse: "no response"
    case .declined: "declined to comment"
    case .responded: "responded"
    }
  }

  // MARK: - 9. Rules with no match, and undecided rules

  func outcomes(_ contents: ReportContents) -> String {
    var blocks = ["## Rules with no match, and undecided rules"]
    if contents.quietOutcomes.isEmpty {
      blocks.append("Every rule evaluated matched at least one recorded act.")
    } else {
      blocks.append(
        "No recorded act matched these rules. This is not a clearance: it says only that the "
          + "acts this case records, as coded, do not show the conduct.")
      var table = MarkdownTable(["Rule", "Title", "Judged by", "What was searched"])
      for outcome in contents.quietOutcomes {
        let rule = contents.rule(outcome.rule)
        table.append([
          ReportText.inline(outcome.rule), ReportText.inline(rule?.title ?? "—"),
          ReportText.inline(rule.map { contents.basisName($0.basis) } ?? "—"),
          ReportText.inline(
            Self.searched(outcome, rule)
              + (outcome.undecided > 0 ? "; undecided for \(outcome.undecided) (below)" : "")),
        ])
      }
      blocks.append(table.render())
    }
    let undecided = contents.undecided
    if undecided.isEmpty {
      blocks.append("No rule was left undecided for lack of data.")
    } else {
      blocks.append(
        "Undecided: the rule could neither fire nor be ruled out because data it needs is not "
          + "recorded. Absence of evidence makes no finding.")
      var table = MarkdownTable(["Rule", "Act or person", "Missing"])
      for item in undecided {
        table.append([
          ReportText.inline(item.rule), ReportText.inline(item.action ?? item.person ?? "—"),
          item.missing.map { ReportText.code($0, inTable: true) }.joined(separator: ", "),
        ])
      }
      blocks.append(table.render())
    }
    return blocks.joined(separator: "\n\n")
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

  // MARK: - 10. Acts no rule matched

  /// One row per act no rule cited, written row by row: at a million acts the table is most of
  /// the report.
  func unmatchedActions(_ contents: ReportContents, _ document: inout MarkdownDocument) {
    document.part { stream in
      stream.write("## Acts no rule matched\n\n")
      guard !contents.unmatchedActions.isEmpty else {
        return stream.write("Every recorded act is cited by a finding or by context.")
      }
      stream.write("Recorded acts that no rule cited, for the analyst's review.\n\n")
      let table = MarkdownTable(["Act", "Date", "Actor", "Summary"])
      stream.write(table.head)
      for action in contents.unmatchedActions {
        stream.write("\n")
        stream.write(
          table.line([
            ReportText.inline(action.id), DateWording.cell(action.date),
            ReportText.inline(contents.name(of: action.actor)), ReportText.inline(action.summary),
          ]))
      }
    }
  }

  // MARK: - 11. Chronology

  /// Every act by date, the subject's beside the others', ranges shown as ranges; written row
  /// by row.
  func chronology(_ contents: ReportContents, _ document: inout MarkdownDocument) {
    guard !contents.actions.isEmpty else { return }
    document.part { stream in
      let table = MarkdownTable([
        "Date", ReportText.inline(contents.name(of: contents.audit.subject)), "Others",
      ])
      stream.write("## Chronology\n\n")
      stream.write(table.head)
      for action in contents.actions {
        let (findings, inContext) = contents.citations(of: action.id)
        var cell = ReportText.inline(action.id) + ": "
        cell += ReportText.inline(action.type.replacingOccurrences(of: "_", with: " "))
        if action.actor != contents.audit.subject {
          cell += " by " + ReportText.inline(contents.name(of: action.actor))
        }
        var refs = findings.map { "finding \($0)" }
        if inContext { refs.append("context") }
        cell += refs.isEmpty ? "" : " (" + refs.joined(separator: ", ") + ")"
        let own = contents.index.isSubjects(action)
        stream.write("\n")
        stream.write(table.line([DateWording.cell(action.date), own ? cell : "", own ? "" : cell]))
      }
    }
  }
}
