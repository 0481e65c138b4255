import AuditCore
import AuditEngine

/// The report of one case as GitHub-flavoured Markdown, written for a compliance committee: it
/// says each thing once.
///
/// Twelve parts, in order: title and summary; result; limits of the evidence; standards;
/// findings (one per episode); patterns; context; right of reply; rules with no match and
/// undecided rules; acts no rule matched; chronology; sources and method. Every string from the
/// case goes through `ReportText`; every list is sorted; nothing reads a clock. The same
/// context always gives the same bytes.
public struct MarkdownReport: ReportRenderer {
  /// `md`.
  public var fileExtension: String { "md" }

  /// Creates the renderer.
  public init() {}

  /// The whole report, ending with a new line, written part by part.
  public func write(_ report: PreparedReport, to stream: inout ReportStream) {
    let contents = report.contents
    let memory = MarkdownMemory()
    var document = MarkdownDocument(stream)
    if contents.isAbridged {
      abridged(contents, memory, &document)
    } else {
      document.part(header(contents))
      document.part(result(contents))
      document.part(limits(contents))
      document.part(standards(contents))
      document.part(findingsSection(contents, memory))
      document.part(patterns(contents))
      document.part(contextSection(contents, memory))
      document.part(replies(contents, memory))
      document.part(outcomes(contents))
      unmatchedActions(contents, &document)
      chronology(contents, &document)
      document.part(sourcesSection(contents))
      document.part(method(contents))
    }
    stream = document.finish()
  }

  // MARK: - 1. Title, subject, period, summary

  func header(_ contents: ReportContents) -> String {
    let audit = contents.audit
    let subject = ReportText.inline(contents.name(of: audit.subject))
    var facts = [
      "**Case:** " + ReportText.inline(audit.id),
      "**Subject:** \(subject) (" + ReportText.inline(audit.subject) + ")",
      "**Period:** " + DateWording.name(audit.period.from) + " to "
        + DateWording.name(audit.period.to),
    ]
    if let date = contents.context.date { facts.append("**Date:** " + ReportText.inline(date)) }
    var lines = [
      "# Audit report: " + ReportText.inline(audit.title), facts.joined(separator: " · "),
    ]
    let summary = ReportText.paragraphs(audit.summary)
    if !summary.isEmpty { lines.append(summary) }
    if !contents.context.principles.isEmpty {
      let names = contents.context.principles.sorted().map(ReportText.inline)
      lines.append(
        "This report is restricted to the principles " + names.joined(separator: ", ")
          + "; rules of other principles and context rules were not evaluated.")
    }
    return lines.joined(separator: "\n\n")
  }

  // MARK: - 2. Result

  func result(_ contents: ReportContents) -> String {
    var blocks = ["## Result", "**Result.** " + ReportText.inline(contents.counts.sentence)]
    blocks.append(
      "A finding is one episode of the subject's conduct (an act, or acts that form one "
        + "incident) with every principle it engages; a pattern counts an episode once. "
        + "Each cell gives the severity and the strength of the evidence.")
    guard !contents.findings.isEmpty else {
      blocks.append("No rule found anything about the subject.")
      return blocks.joined(separator: "\n\n")
    }
    let principles = contents.engagedPrinciples
    var table = MarkdownTable(["Finding"] + principles.map { ReportText.inline($0.name) })
    for finding in contents.shownFindings {
      let number = contents.number(of: finding.id) ?? 0
      var title = "\(number). " + ReportText.inline(finding.title)
      // An analyst's episode title says when; a lone act's generated title does not.
      if case .action = finding.origin, let span = finding.span {
        title += ", " + DateWording.cell(span)
      }
      var row = [title]
      for principle in principles {
        let engagement = finding.engagements.first { $0.principle == principle.id }
        row.append(engagement.map { "\($0.severity.rawValue), \($0.strength.rawValue)" } ?? "")
      }
      table.append(row)
    }
    blocks.append(table.render())
    return blocks.joined(separator: "\n\n")
  }

  // MARK: - 3. Limits of the evidence

  func limits(_ contents: ReportContents) -> String {
    let limits = contents.limits
    var items: [String] = []
    let sources = limits.citedSources
    let independent = limits.independentSources
    if sources.count == 1, let only = sources.first {
      items.append(
        "Every quote comes from one source, " + sourceName(only)
          + ": no finding is confirmed by an independent source.")
    } else {
      let types = Set(sources.map { $0.type.replacingOccurrences(of: "_", with: " ") }).sorted()
      items.append(
        "\(ReportCounts.count(sources.count, "source")) quoted, "
          + "\(independent.count) of them independent of the others; types: "
          + ReportText.inline(types.joined(separator: ", ")) + ".")
    }
    for source in limits.republished {
      var text = "The copy of " + sourceName(source) + " that was read is a republication"
      if let original = source.republishedFrom {
        if let publisher = original.publisher { text += " of " + ReportText.inline(publisher) }
        if let url = original.url { text += " (" + ReportText.link(url) + ")" }
      }
      text +=
        source.archive == nil
        ? "; no copy of it is archived with the case."
        : "; its archive hash is of that copy, not of the original."
      items.append(text)
    }
    if !limits.translated.isEmpty {
      let acts = Set(limits.translated.map(\.action)).sorted().map(ReportText.inline)
      let n = limits.translated.count
      items.append(
        "\(ReportCounts.count(n, "quote")) " + (n == 1 ? "is a translation" : "are translations")
          + ", not the speaker's own words in their language: " + acts.joined(separator: ", ")
          + ".")
    }
    if !limits.inferredCapacities.isEmpty {
      let acts = limits.inferredCapacities.map { action in
        ReportText.inline(action.id) + " (" + ReportText.inline(contents.name(of: action.actor))
          + ")"
      }
      items.append(
        "In \(ReportCounts.count(acts.count, "act")) the capacity in which the actor acted is "
          + "the analyst's reading, not the source's: " + acts.joined(separator: "; ") + ".")
    }
    if !limits.analysisOnlyFindings.isEmpty {
      let numbers = limits.analysisOnlyFindings.compactMap { contents.number(of: $0.id) }
      items.append(
        "\(ReportCounts.count(numbers.count, "finding")) "
          + (numbers.count == 1 ? "rests" : "rest") + " only on the source's analysis, "
          + "not on the actor's words or stated fact, and so are at most alleged: "
          + numbers.map { "\($0)" }.joined(separator: ", ") + ".")
    }
    items.append(
      limits.unverifiedQuotes == 0
        ? "All \(limits.quotes) distinct quotes were found word for word in an archived copy of "
          + "their source."
        : "\(limits.unverifiedQuotes) of \(limits.quotes) distinct quotes "
          + (limits.unverifiedQuotes == 1 ? "was" : "were")
          + " not verified against an archived copy of their source.")
    if limits.verifiedInExcerpts > 0 {
      items.append(
        "Of the quotes verified, \(limits.verifiedInExcerpts) "
          + (limits.verifiedInExcerpts == 1 ? "was" : "were")
          + " verified against an excerpt: only the part of its source that could be read is "
          + "archived, so the rest of the source was not read.")
    }
    if !limits.weaklyGraded.isEmpty {
      let acts = limits.weaklyGraded.map { ReportText.inline($0.id) }
      items.append(
        "\(ReportCounts.count(acts.count, "act")) "
          + (acts.count == 1 ? "rests" : "rest")
          + " in part on evidence the source itself could not confirm or graded below "
          + "reliable (credibility 4–6 or reliability D–F): " + acts.joined(separator: ", ")
          + ".")
    }
    if limits.approximateDates > 0 {
      let n = limits.approximateDates
      items.append(
        "\(ReportCounts.count(n, "act")) " + (n == 1 ? "is" : "are") + " dated only to a "
          + "month, a year or a range; a date range means some day within it.")
    }
    return "## Limits of the evidence\n\n" + items.map { "- " + $0 }.joined(separator: "\n")
      + "\n\nGrades: a source's reliability A (completely reliable) to E (unreliable), F (cannot "
      + "be judged); an item's credibility 1 (confirmed by other sources) to 5 (improbable), "
      + "6 (cannot be judged). Only the actor's words and facts a source states count toward a "
      + "finding's strength: established (the actor's own words in a primary source, or two "
      + "independent sources), reported (one reliable, credible source), alleged (anything "
      + "weaker, including the source's analysis alone)."
  }

  func sourceName(_ source: Source) -> String {
    "*" + ReportText.inline(source.title) + "*"
      + (source.publisher.map { " (" + ReportText.inline($0) + ")" } ?? "")
  }
}

/// What a Markdown rendering has already said, so that it says each thing once.
final class MarkdownMemory {
  /// The finding number under which a rule's rationale was given.
  var explainedRules: [String: Int] = [:]
  /// Where a passage (source and quote) was quoted first.
  var quotedPassages: [String: String] = [:]
}
