import AuditCore
import AuditEngine
import AuditLoading

/// The report of one case as GitHub-flavoured Markdown (DESIGN.md section 6).
///
/// Ten parts, in order: title and summary, at a glance, timeline, findings, findings about other
/// organisations, right of reply, rules with no finding, actions no rule matched, sources, method.
/// Every string from the case goes through `ReportText`; every list is sorted; nothing reads a
/// clock. The same context always gives the same bytes.
public struct MarkdownReport: ReportRenderer {
  /// `md`.
  public var fileExtension: String { "md" }

  /// Creates the renderer.
  public init() {}

  /// The whole report, ending with a new line.
  public func render(_ context: ReportContext) -> String {
    let contents = ReportContents(context)
    var parts = [
      header(contents), glance(contents),
      "## Timeline\n\n" + MermaidTimeline(contents: contents).render(),
      findingsSection(contents),
    ]
    if !contents.otherFindings.isEmpty { parts.append(otherFindingsSection(contents)) }
    parts += [
      replies(contents), quietRules(contents), unmatchedActions(contents), sourcesSection(contents),
      method(contents),
    ]
    return parts.joined(separator: "\n\n") + "\n"
  }

  // MARK: - 1. Title, subject, period, summary

  func header(_ contents: ReportContents) -> String {
    let audit = contents.audit
    let subject = ReportText.inline(contents.name(of: audit.subject))
    var facts = [
      "**Case:** " + ReportText.inline(audit.id),
      "**Subject:** \(subject) (" + ReportText.inline(audit.subject) + ")",
      "**Period:** \(audit.period.from) to \(audit.period.to)",
    ]
    if let date = contents.context.date { facts.append("**Date:** " + ReportText.inline(date)) }
    var lines = [
      "# Audit report: " + ReportText.inline(audit.title), facts.joined(separator: " · "),
    ]
    let summary = ReportText.paragraphs(audit.summary)
    if !summary.isEmpty { lines.append(summary) }
    lines.append("**Result.** " + result(contents))
    if !contents.context.principles.isEmpty {
      let names = contents.context.principles.sorted().map(ReportText.inline)
      lines.append(
        "This report is restricted to the principles " + names.joined(separator: ", ")
          + "; rules of other principles are not shown.")
    }
    return lines.joined(separator: "\n\n")
  }

  private func result(_ contents: ReportContents) -> String {
    let findings = contents.subjectFindings
    var text = Self.count(findings.count, "finding") + " about the subject"
    let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
      let n = findings.filter { $0.severity == severity }.count
      return n == 0 ? nil : "\(n) \(severity.rawValue)"
    }
    if !bySeverity.isEmpty { text += " (" + bySeverity.joined(separator: ", ") + ")" }
    text += " from \(Self.count(contents.rules.count, "rule")) evaluated"
    if !contents.otherFindings.isEmpty {
      text += "; \(Self.count(contents.otherFindings.count, "finding")) about other organisations"
    }
    text += "; \(Self.count(contents.quietOutcomes.count, "rule")) with no finding"
    text += "; \(Self.count(contents.unmatchedActions.count, "action")) that no rule matched."
    return text
  }

  // MARK: - 2. At a glance

  func glance(_ contents: ReportContents) -> String {
    var table = MarkdownTable(
      ["Principle", "Rules", "Findings", "Highest severity", "Strength"],
      alignments: [.left, .right, .right])
    for row in contents.glance {
      let strength =
        row.strengths.isEmpty
        ? "—" : row.strengths.map { "\($1) \($0.rawValue)" }.joined(separator: ", ")
      table.append([
        ReportText.inline(row.principle.name), "\(row.rules)", "\(row.findings)",
        row.highest?.rawValue ?? "—", strength,
      ])
    }
    var text = "## At a glance\n\n"
    if contents.glance.isEmpty { return text + "No rule was loaded for the principles shown." }
    text += "Findings about the subject, per principle with at least one rule loaded.\n\n"
    return text + table.render()
  }

  // MARK: - 6. Right of reply

  func replies(_ contents: ReportContents) -> String {
    var blocks = ["## Right of reply"]
    if contents.responses.isEmpty {
      blocks.append("The case records no request for comment.")
    }
    for response in contents.responses {
      var line = "**" + ReportText.inline(contents.name(of: response.to)) + "** ("
      line += ReportText.inline(response.to) + "): "
      line +=
        response.requested.map { "asked for comment \($0)" } ?? "asked for comment (date not given)"
      line += "; outcome: " + Self.outcome(response.outcome) + "."
      blocks.append(line)
      if let text = response.text, !text.isEmpty {
        blocks.append("Reply:")
        blocks.append(ReportText.blockQuote(text))
      }
      for item in response.evidence {
        let reliability = contents.audit.source(item.source)?.reliability
        blocks.append(evidenceBlock(item, reliability, contents.verified(item), contents))
      }
    }
    return blocks.joined(separator: "\n\n")
  }

  private static func outcome(_ outcome: Response.Outcome) -> String {
    switch outcome {
    case .noResponse: "no response"
    case .declined: "declined to comment"
    case .responded: "responded"
    }
  }

  // MARK: - 7. Rules with no finding

  func quietRules(_ contents: ReportContents) -> String {
    var text = "## Rules with no finding\n\n"
    guard !contents.quietOutcomes.isEmpty else {
      return text + "Every rule evaluated found something."
    }
    text += "A negative result is a result: these rules were evaluated and found nothing.\n\n"
    var table = MarkdownTable(["Rule", "Title", "Principle", "What was searched"])
    for outcome in contents.quietOutcomes {
      let rule = contents.rule(outcome.rule)
      table.append([
        ReportText.inline(outcome.rule), ReportText.inline(rule?.title ?? "—"),
        ReportText.inline(rule.map { contents.principleName($0.basis.id) } ?? "—"),
        ReportText.inline(Self.searched(outcome, rule)),
      ])
    }
    return text + table.render()
  }

  /// "searched 5 actions dated 2022-12-12 to 2023-09", "searched 4 people".
  static func searched(_ outcome: RuleOutcome, _ rule: RuleSpec?) -> String {
    if rule?.scope == .person {
      return outcome.considered == 0
        ? "no person: the subject is not of a type the rule applies to"
        : "searched \(count(outcome.considered, "person", plural: "people"))"
    }
    guard outcome.considered > 0 else {
      let types = rule?.appliesTo ?? []
      return types.isEmpty
        ? "no action was recorded"
        : "no action attributed to an organisation of type " + types.joined(separator: " or ")
    }
    var text = "searched \(count(outcome.considered, "action"))"
    if let span = outcome.span {
      text +=
        span.first == span.last ? " dated \(span.first)" : " dated \(span.first) to \(span.last)"
    }
    if let aggregate = rule?.aggregate {
      text += " for at least \(aggregate.atLeast) within \(aggregate.withinDays) days"
    }
    return text
  }

  // MARK: - 8. Actions no rule matched

  func unmatchedActions(_ contents: ReportContents) -> String {
    var text = "## Actions no rule matched\n\n"
    guard !contents.unmatchedActions.isEmpty else {
      return text + "Every recorded action is cited by a finding."
    }
    text += "For the analyst's review: recorded acts that no rule cited.\n\n"
    var table = MarkdownTable(["Action", "Date", "Actor", "Type", "Summary"])
    for action in contents.unmatchedActions {
      table.append([
        ReportText.inline(action.id), action.date.description,
        ReportText.inline(contents.name(of: action.actor)), ReportText.inline(action.type),
        ReportText.inline(action.summary),
      ])
    }
    return text + table.render()
  }

  static func count(_ n: Int, _ singular: String, plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }
}
