import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Standards

  /// Each principle engaged and each standard of a context hit, its text once, then the texts
  /// its rules cite: the words of those that were read, the title alone of those that were not.
  func standards<W: DocumentWriter>(_ writer: inout W) {
    var cited: Set<String> = []
    let origins = Set(
      contents.engagedPrinciples.filter { $0.id != RuleBasis.instrumentsID }.map {
        Origin(source: $0.source, url: $0.url)
      })
    if origins.count == 1, let origin = origins.first {
      writer.paragraph([.text("The principles are quoted from ")] + origin.words + [.text(".")])
    }
    for principle in contents.engagedPrinciples {
      writer.heading(3, [.text(principle.name)], anchor: "principle-" + principle.id)
      if principle.id == RuleBasis.instrumentsID {
        writer.paragraph(ReportContents.instrumentsNote)
      }
      if !principle.text.isEmpty {
        if origins.count > 1 {
          writer.paragraph(
            [.text("Quoted from ")] + Origin(source: principle.source, url: principle.url).words
              + [.text(":")])
        }
        writer.quote(principle.text, note: nil)
      }
      let rules = contents.findings.flatMap(\.hits).filter { $0.principle == principle.id }
      references(of: rules.map(\.rule), cited: &cited, &writer)
    }
    // The standards others' acts are read against go with that reading (--grade-others).
    for id in contents.context.invocation.gradeOthers ? contextStandards : [] {
      writer.heading(
        3, [.text(contents.standardTitle(id) + " (context, not a principle)")],
        anchor: "standard-" + id)
      if let standard = contents.context.catalogue.standard(id) {
        let link: [InlineSpan] =
          standard.url.map { [.text(" ("), .link(url: $0, label: nil), .text(")")] } ?? []
        if let text = standard.text, !text.isEmpty, standard.status != .notRead {
          writer.paragraph(
            [
              .text(
                standard.status == .read ? "Its words" : "Its words, from a secondary reproduction")
            ]
              + link + [.text(":")])
          writer.quote(text, note: nil)
        } else {
          writer.paragraph(
            [.text("Cited by title")] + link
              + [.text(standard.summary.map { ": " + $0 } ?? ".")])
        }
      }
      let rules = contents.assessment.context.map(\.rule).filter {
        if case .standard(id)? = contents.rule($0)?.basis { true } else { false }
      }
      references(of: rules, cited: &cited, &writer)
    }
    measureTexts(&writer)
  }

  /// The references of `rules` not yet listed, as one list; nothing when there are none.
  private func references<W: DocumentWriter>(
    of rules: [String], cited: inout Set<String>, _ writer: inout W
  ) {
    var ids: [String] = []
    for rule in Set(rules).sorted() {
      let spec = contents.rule(rule)
      for id in (spec?.breaches ?? []) + (spec?.references ?? []) where cited.insert(id).inserted {
        ids.append(id)
      }
    }
    guard !ids.isEmpty else { return }
    writer.paragraph("Texts cited by the rules that found something here:")
    writer.list(
      ids.map { id -> ListItem in
        guard let reference = contents.context.catalogue.reference(id) else {
          return ListItem(text: [.code(id), .text(" (not in the loaded packs)")])
        }
        var item = ListItem(text: [.strong(reference.title)])
        if let replaced = contents.replacement(of: reference) {
          item.text.append(.text(" " + replaced))
        }
        if let url = reference.url {
          item.text += [.text(" ("), .link(url: url, label: nil), .text(")")]
        }
        guard let text = reference.text, !text.isEmpty, reference.status != .notRead else {
          return item
        }
        item.text.append(
          .text(reference.status == .read ? ":" : ", from a secondary reproduction:"))
        item.quote = text
        return item
      })
  }

  /// Where a principle's wording comes from.
  private struct Origin: Hashable {
    let source: String?
    let url: String?
    var words: [InlineSpan] {
      [.text(source ?? "the Statutes of the Movement")]
        + (url.map { [.text(" ("), .link(url: $0, label: nil), .text(")")] } ?? [])
    }
  }
}
