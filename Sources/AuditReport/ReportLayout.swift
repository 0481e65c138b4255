import AuditCore
import AuditEngine

/// The report of one case for a compliance committee, laid out once for every format people
/// read (Markdown, HTML): which parts, in what order, with what words. It writes into a
/// `DocumentWriter` and never writes markup itself: every string from the case is a text span
/// the writer escapes. It says each thing once (`LayoutMemory`), sorts every list and reads no
/// clock, so the same context always gives the same document.
struct ReportLayout {
  let contents: ReportContents
  let memory = LayoutMemory()

  /// A layout of `contents`.
  init(_ contents: ReportContents) { self.contents = contents }

  /// The sections in order (`ReportSection.full`, or `abridged` past the finding limit),
  /// the table of contents after the title block.
  func write<W: DocumentWriter>(into writer: inout W) {
    let sections = contents.isAbridged ? ReportSection.abridged : ReportSection.full
    for section in sections where isShown(section) {
      if section.startsPage { writer.pageBreak() }
      if let heading = heading(of: section) {
        writer.heading(heading.level, [.text(heading.title)], anchor: heading.anchor)
      }
      write(section, into: &writer)
      if section == .title { writer.contents(outline(sections)) }
    }
  }

  /// A part's heading as this report words it: the position is the subject's, by name.
  func heading(of section: ReportSection) -> (level: Int, title: String, anchor: String)? {
    guard var heading = section.heading else { return nil }
    if section == .position { heading.title = "Position of " + subjectName }
    return heading
  }

  /// The subject's name.
  var subjectName: String { contents.name(of: contents.audit.subject) }

  /// False for a part with nothing to say in this report, which is then left out whole.
  func isShown(_ section: ReportSection) -> Bool {
    switch section {
    case .standards:
      !contents.engagedPrinciples.isEmpty || !contents.recommendedMeasures.isEmpty
        || (contents.context.invocation.gradeOthers && !contextStandards.isEmpty)
    case .background: !contents.assessment.background.isEmpty
    case .patterns: !contents.assessment.patterns.isEmpty
    case .context: !contents.othersActions.isEmpty
    case .unmatchedActions: !contents.subjectsUnmatchedActions.isEmpty
    case .chronology: !contents.actions.isEmpty
    case .dismissed: !dismissedFindings.isEmpty
    case .orphanedDecisions: !contents.review.orphanedDecisions.isEmpty
    case .judgements: !(contents.review.record?.judgements.isEmpty ?? true)
    case .questions: !contents.findings.isEmpty
    case .measures: !contents.findings.isEmpty
    default: true
    }
  }

  /// The table of contents: every part with a heading, the findings under theirs.
  func outline(_ sections: [ReportSection]) -> [OutlineEntry] {
    var entries: [OutlineEntry] = []
    for section in sections where isShown(section) {
      guard let heading = heading(of: section) else { continue }
      var entry = OutlineEntry(title: heading.title, anchor: heading.anchor)
      if section == .findings {
        entry.children = contents.shownFindings.map { finding in
          let number = contents.number(of: finding.id) ?? 0
          return OutlineEntry(
            title: "Finding \(number). " + finding.title, anchor: Self.anchor(finding: number))
        }
      }
      if heading.level > 2, !entries.isEmpty {
        entries[entries.count - 1].children.append(entry)
      } else {
        entries.append(entry)
      }
    }
    return entries
  }

  /// The anchor of finding `number`'s heading.
  static func anchor(finding number: Int) -> String { "finding-\(number)" }

  /// A reference to finding `number`, shown as `text`.
  static func reference(finding number: Int, _ text: String) -> InlineSpan {
    .reference(text, anchor: anchor(finding: number))
  }

  private func write<W: DocumentWriter>(_ section: ReportSection, into writer: inout W) {
    switch section {
    case .title: title(&writer)
    case .summary: summary(&writer)
    case .result: result(&writer)
    case .position: position(&writer)
    case .questions: questions(&writer)
    case .measures: measures(&writer)
    case .limits: limits(&writer)
    case .judgements: judgements(&writer)
    case .standards: standards(&writer)
    case .findings: findings(&writer)
    case .dismissed: dismissed(&writer)
    case .orphanedDecisions: orphanedDecisions(&writer)
    case .background: background(&writer)
    case .patterns: patterns(&writer)
    case .context: contextSection(&writer)
    case .outcomes: outcomes(&writer)
    case .unmatchedActions: unmatchedActions(&writer)
    case .chronology: chronology(&writer)
    case .sources: sources(&writer)
    case .method: method(&writer)
    case .shownNote: shownNote(&writer)
    case .tallies: tallies(&writer)
    case .leftOut: leftOut(&writer)
    }
  }

  /// A source as the report names it: its title in italics, its publisher after it.
  func sourceName(_ source: Source) -> [InlineSpan] {
    [.emphasis(source.title), .text(source.publisher.map { " (" + $0 + ")" } ?? "")]
  }
}

/// What a layout has already said, so that it says each thing once.
final class LayoutMemory {
  /// The finding number under which a rule's rationale was given.
  var explainedRules: [String: Int] = [:]
  /// Where a passage (source and quote) was quoted first.
  var quotedPassages: [String: String] = [:]
  /// The finding number under which a list of provisions breached was first given.
  var listedBreaches: [String: Int] = [:]
}
