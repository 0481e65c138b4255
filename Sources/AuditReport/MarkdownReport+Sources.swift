import AuditCore
import AuditEngine

extension MarkdownReport {
  // MARK: - 12. Sources and method

  func sourcesSection(_ contents: ReportContents) -> String {
    var blocks = ["## Sources and method"]
    let cited = contents.shownCitedSources
    let uncited =
      contents.isAbridged ? [] : contents.sources.filter { !contents.isCited($0.id) }
    if contents.sources.isEmpty && cited.isEmpty {
      blocks.append("The case lists no source.")
    }
    if !cited.isEmpty {
      blocks.append(
        "\(ReportCounts.count(cited.count, "source")) quoted above; each is described in the notes at the "
          + "end of this report, with its grade, address, archived copy and how many of its quotes "
          + "were verified."
      )
      for id in cited {
        let entry =
          contents.index.source(id).map { describe($0, contents) }
          ?? "Source " + ReportText.inline(id) + " is not described in the case file."
        blocks.append("[^" + contents.labels.label(id) + "]: " + entry)
      }
    }
    if !uncited.isEmpty {
      blocks.append("Sources listed in the case but not quoted in this report:")
      blocks.append(uncited.map { "- " + describe($0, contents) }.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// One source on one line: title, publisher, author, type, date, grade, URL, archive, checks.
  private func describe(_ source: Source, _ contents: ReportContents) -> String {
    var parts = [
      "**" + ReportText.inline(source.title) + "** (" + ReportText.inline(source.id) + ")"
    ]
    if let publisher = source.publisher {
      parts.append("publisher: " + ReportText.inline(publisher))
    }
    if let author = source.author { parts.append("author: " + ReportText.inline(author)) }
    parts.append("type: " + ReportText.inline(source.type.replacingOccurrences(of: "_", with: " ")))
    if let published = source.published { parts.append("published \(published)") }
    if let by = source.by {
      parts.append("the own publication of " + ReportText.inline(contents.name(of: by)))
    }
    if !source.derivedFrom.isEmpty {
      parts.append(
        "repeats " + source.derivedFrom.sorted().map(ReportText.inline).joined(separator: ", "))
    }
    parts.append("reliability " + GradeWording.reliability(source.reliability))
    if let language = source.language { parts.append("language: " + ReportText.inline(language)) }
    if let url = source.url { parts.append("URL: " + ReportText.link(url)) }
    if let original = source.republishedFrom {
      var text = "the copy read is a republication"
      if let publisher = original.publisher { text += " of " + ReportText.inline(publisher) }
      if let url = original.url { text += ", original at " + ReportText.link(url) }
      parts.append(text)
    }
    if let archive = source.archive {
      parts.append(
        (archive.coverage == .excerpt
          ? "archived excerpt (only the part of the source that could be read): "
          : "archived copy: ") + ReportText.inline(archive.path) + ", SHA-256 "
          + ReportText.inline(archive.sha256)
          + (source.republishedFrom == nil ? "" : " (of the republished copy)"))
    }
    parts.append(checks(source, contents))
    return parts.joined(separator: "; ") + "."
  }

  private func checks(_ source: Source, _ contents: ReportContents) -> String {
    let check = contents.quoteCheck(source.id)
    let checked = contents.context.verification.checkedSources.contains(source.id)
    if check.quotes == 0 { return "no quote from it in the case" }
    if !checked && check.verified + check.notFound == 0 {
      return source.archive == nil
        ? "no archived copy, so its \(ReportCounts.count(check.quotes, "quote")) could not be verified"
        : "its archived copy was not checked in this run"
    }
    let copy = source.archive?.coverage == .excerpt ? "excerpt" : "copy"
    var text = "quotes verified against the archived \(copy): \(check.verified) of \(check.quotes)"
    if check.notFound > 0 { text += " (\(check.notFound) not found)" }
    return text
  }

  func method(_ contents: ReportContents) -> String {
    let context = contents.context
    let packs = context.catalogue.packs.map {
      ReportText.inline($0.name) + " " + ReportText.inline($0.version)
    }
    var facts = [
      "- **Rule packs:** " + (packs.isEmpty ? "none" : packs.joined(separator: "; ")),
      "- **Rules evaluated:** \(contents.rules.count)",
      "- **Rule hits:** \(contents.counts.hits) behind the findings and patterns, "
        + "\(contents.counts.context) in context (each with its conditions in the JSON report "
        + "and in `audit explain`)",
      "- **Tool:** audit " + ReportText.inline(context.toolVersion),
    ]
    facts.append(
      "- **Date:** "
        + (context.date.map(ReportText.inline)
          ?? "not given (a report carries a date only with `--date`)"))
    var table = MarkdownTable(["Input file", "SHA-256"])
    for input in contents.inputs {
      table.append([ReportText.inline(input.path), ReportText.inline(input.sha256)])
    }
    let command = ReportText.code(reproduction(context))
    return [
      "### Method", facts.joined(separator: "\n"), "Every file read, with its SHA-256:",
      table.render(),
      "To reproduce: run \(command) from the same folder with the same tool version; when the "
        + "input hashes above match, the report is the same, byte for byte.",
    ].joined(separator: "\n\n")
  }

  /// The command line that makes this report again.
  func reproduction(_ context: ReportContext) -> String {
    let invocation = context.invocation
    var words = ["audit", context.caseInput.path]
    for directory in invocation.ruleDirectories { words += ["--rules", directory] }
    if invocation.noDefaultRules { words.append("--no-default-rules") }
    if let directory = invocation.archiveDirectory { words += ["--archive-dir", directory] }
    for principle in context.principles.sorted() { words += ["--principle", principle] }
    if let date = context.date { words += ["--date", date] }
    if let format = invocation.format { words += ["--format", format] }
    if invocation.explain { words.append("--explain") }
    return words.map(Self.shellWord).joined(separator: " ")
  }

  private static func shellWord(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "._/-=,+".unicodeScalars.contains($0)
    }
    return safe && !word.isEmpty
      ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
