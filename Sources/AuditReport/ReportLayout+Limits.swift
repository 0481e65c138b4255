import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Limits of the evidence

  func limits<W: DocumentWriter>(_ writer: inout W) {
    let limits = contents.limits
    var items: [[InlineSpan]] = []
    let sources = limits.citedSources
    let independent = limits.independentSources
    if sources.count == 1, let only = sources.first {
      items.append(
        [.text("Every quote comes from one source, ")] + sourceName(only)
          + [.text(": no finding is confirmed by an independent source.")])
    } else {
      let types = Set(sources.map { Vocabulary.phrase($0.type) }).sorted()
      items.append([
        .text(
          "\(ReportCounts.count(sources.count, "source")) quoted, "
            + "\(independent.count) of them independent of the others; types: "
            + types.joined(separator: ", ") + ".")
      ])
    }
    for source in limits.republished {
      var item = [.text("The copy of ")] + sourceName(source)
      item.append(.text(" that was read is a republication"))
      if let original = source.republishedFrom {
        if let publisher = original.publisher { item.append(.text(" of " + publisher)) }
        if let url = original.url {
          item += [.text(" ("), .link(url: url, label: nil), .text(")")]
        }
      }
      item.append(
        .text(
          source.archive == nil
            ? "; no copy of it is archived with the case."
            : "; its archive hash is of that copy, not of the original."))
      items.append(item)
    }
    if !limits.translated.isEmpty {
      let acts = Set(limits.translated.map(\.action)).sorted()
      let n = limits.translated.count
      let inActs = acts.count > 1 ? ", in " + ReportCounts.count(acts.count, "act") + "," : ""
      items.append([
        .text(
          "\(ReportCounts.count(n, "quote"))" + inActs + " "
            + (n == 1 ? "is a translation" : "are translations")
            + ", not the speaker's own words in their language: " + acts.joined(separator: ", ")
            + ".")
      ])
    }
    if !limits.inferredCapacities.isEmpty {
      let acts = limits.inferredCapacities.map { action in
        action.id + " (" + contents.name(of: action.actor) + ")"
      }
      items.append([
        .text(
          "In \(ReportCounts.count(acts.count, "act")) the capacity in which the actor acted is "
            + "the analyst's reading, not the source's: " + acts.joined(separator: "; ") + ".")
      ])
    }
    if !limits.analysisOnlyFindings.isEmpty {
      let numbers = limits.analysisOnlyFindings.compactMap { contents.number(of: $0.id) }
      items.append(
        [
          .text(
            "\(ReportCounts.count(numbers.count, "finding")) "
              + (numbers.count == 1 ? "rests" : "rest") + " only on the source's analysis, "
              + "not on the actor's words or stated fact, and so are at most alleged: ")
        ] + Self.references(findings: numbers) + [.text(".")])
    }
    items.append([
      .text(
        limits.unverifiedQuotes == 0
          ? "All \(limits.quotes) distinct quotes were found word for word in an archived copy "
            + "of their source."
          : "\(limits.unverifiedQuotes) of \(limits.quotes) distinct quotes "
            + (limits.unverifiedQuotes == 1 ? "was" : "were")
            + " not verified against an archived copy of their source.")
    ])
    if limits.verifiedInExcerpts > 0 {
      items.append([
        .text(
          "Of the quotes verified, \(limits.verifiedInExcerpts) "
            + (limits.verifiedInExcerpts == 1 ? "was" : "were")
            + " verified against an excerpt: only the part of its source that could be read is "
            + "archived, so the rest of the source was not read.")
      ])
    }
    if !limits.weaklyGraded.isEmpty {
      let acts = limits.weaklyGraded.map(\.id)
      items.append([
        .text(
          "\(ReportCounts.count(acts.count, "act")) "
            + (acts.count == 1 ? "rests" : "rest")
            + " in part on evidence the source itself could not confirm or graded below "
            + "reliable (credibility 4–6 or reliability D–F): " + acts.joined(separator: ", ")
            + ".")
      ])
    }
    if limits.approximateDates > 0 {
      let n = limits.approximateDates
      items.append([
        .text(
          "\(ReportCounts.count(n, "act")) " + (n == 1 ? "is" : "are") + " dated only to a "
            + "month, a year or a range; a date range means some day within it.")
      ])
    }
    writer.list(items.map { ListItem(text: $0) })
    writer.paragraph(
      "Grades: a source's reliability A (completely reliable) to E (unreliable), F (cannot "
        + "be judged); an item's credibility 1 (confirmed by other sources) to 5 (improbable), "
        + "6 (cannot be judged). Only the actor's words and facts a source states count toward "
        + "a finding's strength: established (the actor's own words in a primary source, or "
        + "two independent sources), reported (one reliable, credible source), alleged "
        + "(anything weaker, including the source's analysis alone).")
  }

  /// References to findings by number, `1, 2, 3`.
  static func references(findings numbers: [Int], separator: String = ", ") -> [InlineSpan] {
    var spans: [InlineSpan] = []
    for (index, number) in numbers.enumerated() {
      if index > 0 { spans.append(.text(separator)) }
      spans.append(reference(finding: number, "\(number)"))
    }
    return spans
  }
}
