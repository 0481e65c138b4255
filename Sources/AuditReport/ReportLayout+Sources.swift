import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Sources and method

  func sources<W: DocumentWriter>(_ writer: inout W) {
    let cited = contents.shownCitedSources
    let uncited =
      contents.isAbridged ? [] : contents.sources.filter { !contents.isCited($0.id) }
    if contents.sources.isEmpty && cited.isEmpty {
      writer.paragraph("The case lists no source.")
    }
    if !cited.isEmpty {
      writer.paragraph(
        "\(ReportCounts.count(cited.count, "source")) quoted above; each is described in the "
          + "notes at the end of this report, with its grade, address, archived copy and how "
          + "many of its quotes were verified.")
      for id in cited {
        writer.noteDefinition(
          label: contents.labels.label(id),
          contents.index.source(id).map(describe)
            ?? [.text("Source " + id + " is not described in the case file.")])
      }
    }
    if !uncited.isEmpty {
      writer.paragraph("Sources listed in the case but not quoted in this report:")
      writer.list(uncited.map { ListItem(text: describe($0)) })
    }
  }

  /// One source on one line: title, publisher, author, type, date, grade, URL, archive, checks.
  private func describe(_ source: Source) -> [InlineSpan] {
    var parts: [[InlineSpan]] = [[.strong(source.title), .text(" (" + source.id + ")")]]
    if let publisher = source.publisher { parts.append([.text("publisher: " + publisher)]) }
    if let author = source.author { parts.append([.text("author: " + author)]) }
    parts.append([.text("type: " + Vocabulary.phrase(source.type))])
    if let published = source.published { parts.append([.text("published \(published)")]) }
    if let by = source.by {
      parts.append([.text("the own publication of " + contents.name(of: by))])
    }
    if !source.derivedFrom.isEmpty {
      parts.append([.text("repeats " + source.derivedFrom.sorted().joined(separator: ", "))])
    }
    parts.append([.text("reliability " + GradeWording.reliability(source.reliability))])
    if let language = source.language { parts.append([.text("language: " + language)]) }
    if let url = source.url { parts.append([.text("URL: "), .link(url: url, label: nil)]) }
    if let original = source.republishedFrom {
      var part: [InlineSpan] = [.text("the copy read is a republication")]
      if let publisher = original.publisher { part.append(.text(" of " + publisher)) }
      if let url = original.url { part += [.text(", original at "), .link(url: url, label: nil)] }
      parts.append(part)
    }
    if let archive = source.archive {
      parts.append([
        .text(
          (archive.coverage == .excerpt
            ? "archived excerpt (only the part of the source that could be read): "
            : "archived copy: ") + archive.path + ", SHA-256 " + archive.sha256
            + (source.republishedFrom == nil ? "" : " (of the republished copy)"))
      ])
    }
    parts.append([.text(checks(source))])
    return Array(parts.joined(separator: [.text("; ")])) + [.text(".")]
  }

  private func checks(_ source: Source) -> String {
    let check = contents.quoteCheck(source.id)
    let checked = contents.context.verification.checkedSources.contains(source.id)
    if check.quotes == 0 { return "no quote from it in the case" }
    if !checked && check.verified + check.notFound == 0 {
      return source.archive == nil
        ? "no archived copy, so its \(ReportCounts.count(check.quotes, "quote")) could not be "
          + "verified"
        : "its archived copy was not checked in this run"
    }
    let copy = source.archive?.coverage == .excerpt ? "excerpt" : "copy"
    var text = "quotes verified against the archived \(copy): \(check.verified) of \(check.quotes)"
    if check.notFound > 0 { text += " (\(check.notFound) not found)" }
    return text
  }

  func method<W: DocumentWriter>(_ writer: inout W) {
    let context = contents.context
    let packs = context.catalogue.packs.map { $0.name + " " + $0.version }
    writer.list([
      ListItem(text: [
        .strong("Rule packs:"),
        .text(" " + (packs.isEmpty ? "none" : packs.joined(separator: "; "))),
      ]),
      ListItem(text: [.strong("Rules evaluated:"), .text(" \(contents.rules.count)")]),
      ListItem(text: [.strong("Counts:"), .text(" " + contents.counts.sentence)]),
      ListItem(text: [
        .strong("Rule hits:"),
        .text(
          " \(contents.counts.hits) behind the findings and patterns, "
            + "\(contents.counts.context) in context (each with its conditions in the JSON "
            + "report and in "),
        .code("audit explain"), .text(")"),
      ]),
      ListItem(text: [.strong("Tool:"), .text(" audit " + context.toolVersion)]),
      ListItem(
        text: [.strong("Date:")]
          + (context.date.map { [.text(" " + $0)] }
            ?? [
              .text(" not given (a report carries a date only with "), .code("--date"), .text(")"),
            ])
      ),
    ])
    let packFiles = contents.inputs.filter {
      $0.path != context.caseInput.path && $0.path != context.reviewInput?.path
    }
    writer.paragraph([
      .text("The case file, "), .code(context.caseInput.path), .text(", has the SHA-256 "),
      .code(context.caseInput.sha256),
      .text(
        "; the \(ReportCounts.count(packFiles.count, "rule pack file")) read have theirs in the "
          + "JSON report of the same run (its "),
      .code("inputs"), .text(")."),
    ])
    reviewRecordHash(&writer)
    writer.paragraph([
      .text("To reproduce: run "), .code(Self.reproduction(context)),
      .text(
        " from the same folder with the same tool version; when the input hashes match, "
          + "the report is the same, byte for byte."),
    ])
  }

  /// The command line that makes this report again.
  static func reproduction(_ context: ReportContext) -> String {
    let invocation = context.invocation
    // A case read from standard input is given again the same way: `audit -`.
    var words = ["audit", context.caseInput.path == "<stdin>" ? "-" : context.caseInput.path]
    for directory in invocation.ruleDirectories { words += ["--rules", directory] }
    if invocation.noDefaultRules { words.append("--no-default-rules") }
    if let directory = invocation.archiveDirectory { words += ["--archive-dir", directory] }
    for principle in context.principles.sorted() { words += ["--principle", principle] }
    if let date = context.date { words += ["--date", date] }
    if let format = invocation.format { words += ["--format", format] }
    if invocation.explain { words.append("--explain") }
    if let review = invocation.review { words += ["--review", review] }
    if invocation.noReview { words.append("--no-review") }
    if invocation.gradeOthers { words.append("--grade-others") }
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
