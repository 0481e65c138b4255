import AuditCore
import AuditEngine
import AuditLoading

extension MarkdownReport {
  // MARK: - 9. Sources

  func sourcesSection(_ contents: ReportContents) -> String {
    var blocks = ["## Sources"]
    let cited = contents.citedSources
    let uncited = contents.sources.filter { !cited.contains($0.id) }
    if contents.sources.isEmpty && cited.isEmpty {
      blocks.append("The case lists no source.")
    }
    if !cited.isEmpty {
      blocks.append(
        "\(Self.count(cited.count, "source")) cited above; each is described in the notes at the end of "
          + "this report, with its grade, address, archived copy and how many of its quotes were verified."
      )
      for id in cited {
        let entry =
          contents.audit.source(id).map { describe($0, contents) }
          ?? "Source " + ReportText.inline(id) + " is not described in the case file."
        blocks.append("[^" + contents.labels.label(id) + "]: " + entry)
      }
    }
    if !uncited.isEmpty {
      blocks.append("Sources listed in the case but not cited by any finding or reply:")
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
    if let url = source.url { parts.append("URL: " + ReportText.link(url)) }
    if let archive = source.archive {
      parts.append(
        "archived copy: " + ReportText.inline(archive.path) + ", SHA-256 "
          + ReportText.inline(archive.sha256))
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
        ? "no archived copy, so its \(Self.count(check.quotes, "quote")) could not be verified"
        : "its archived copy was not checked in this run"
    }
    var text = "quotes verified against the archived copy: \(check.verified) of \(check.quotes)"
    if check.notFound > 0 { text += " (\(check.notFound) not found)" }
    return text
  }

  // MARK: - 10. Method

  func method(_ contents: ReportContents) -> String {
    let context = contents.context
    let packs = context.catalog.packs.map {
      ReportText.inline($0.name) + " " + ReportText.inline($0.version)
    }
    var facts = [
      "- **Rule packs:** " + (packs.isEmpty ? "none" : packs.joined(separator: "; ")),
      "- **Rules evaluated:** \(contents.rules.count)",
      "- **Tool:** audit " + ReportText.inline(context.toolVersion),
    ]
    facts.append(
      "- **Date:** "
        + (context.date.map(ReportText.inline)
          ?? "not given (a report carries a date only with `--date`)"))
    var table = MarkdownTable(["Input file", "SHA-256"])
    for input in inputs(context) {
      table.append([ReportText.inline(input.path), ReportText.inline(input.sha256)])
    }
    let command = ReportText.code(reproduction(context))
    return [
      "## Method", facts.joined(separator: "\n"), "Every file read, with its SHA-256:",
      table.render(),
      "To reproduce: run \(command) with the same rule packs and tool version; the input hashes "
        + "above must match, and the report is then the same, byte for byte.",
    ].joined(separator: "\n\n")
  }

  /// The case file and every pack file, each path once, sorted by path.
  func inputs(_ context: ReportContext) -> [(path: String, sha256: String)] {
    var seen: Set<String> = []
    var result: [(path: String, sha256: String)] = []
    for input in [context.caseInput] + context.catalog.inputs where seen.insert(input.path).inserted
    {
      result.append((input.path, input.sha256))
    }
    return result.sorted { $0.path < $1.path }
  }

  /// The command line that makes this report again.
  func reproduction(_ context: ReportContext) -> String {
    var words = ["audit", context.caseInput.path]
    // A pack nested in a folder already loaded comes with it; only the other folders need --rules.
    var loaded = Array(context.catalog.packs.prefix(1).map(\.path))
    for pack in context.catalog.packs.dropFirst()
    where !loaded.contains(where: { pack.path == $0 || pack.path.hasPrefix($0 + "/") }) {
      words += ["--rules", pack.path]
      loaded.append(pack.path)
    }
    for principle in context.principles.sorted() { words += ["--principle", principle] }
    if let date = context.date { words += ["--date", date] }
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
