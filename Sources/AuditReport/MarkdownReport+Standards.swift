import AuditCore
import AuditEngine

extension MarkdownReport {
  // MARK: - 4. Standards

  /// Each principle engaged and each standard of a context hit, its text once, then the texts
  /// its rules cite: the words of those that were read, the title alone of those that were not.
  func standards(_ contents: ReportContents) -> String {
    var blocks = ["## Standards"]
    var cited: Set<String> = []
    let origins = Set(contents.engagedPrinciples.map { Origin(source: $0.source, url: $0.url) })
    if origins.count == 1, let origin = origins.first {
      blocks.append("The principles are quoted from " + origin.words + ".")
    }
    for principle in contents.engagedPrinciples {
      blocks.append("### " + ReportText.inline(principle.name))
      if !principle.text.isEmpty {
        if origins.count > 1 {
          blocks.append(
            "Quoted from " + Origin(source: principle.source, url: principle.url).words + ":")
        }
        blocks.append(ReportText.blockQuote(principle.text))
      }
      let rules = contents.findings.flatMap(\.hits).filter { $0.principle == principle.id }
      blocks += references(of: rules.map(\.rule), contents, cited: &cited)
    }
    let standardIDs = contents.assessment.context.compactMap { hit -> String? in
      if case .standard(let id)? = contents.rule(hit.rule)?.basis { return id }
      return nil
    }
    for id in Set(standardIDs).sorted() {
      blocks.append(
        "### " + ReportText.inline(contents.standardTitle(id)) + " (context, not a principle)")
      if let standard = contents.context.catalogue.standard(id) {
        blocks.append(textBlock(standard.text, standard.summary, standard.status, standard.url))
      }
      let rules = contents.assessment.context.map(\.rule).filter {
        if case .standard(id)? = contents.rule($0)?.basis { true } else { false }
      }
      blocks += references(of: rules, contents, cited: &cited)
    }
    return blocks.count == 1 ? "" : blocks.joined(separator: "\n\n")
  }

  /// The references of `rules` not yet listed, as one list; empty when there are none.
  private func references(
    of rules: [String], _ contents: ReportContents, cited: inout Set<String>
  ) -> [String] {
    var ids: [String] = []
    for rule in Set(rules).sorted() {
      for id in contents.rule(rule)?.references ?? [] where cited.insert(id).inserted {
        ids.append(id)
      }
    }
    guard !ids.isEmpty else { return [] }
    let lines = ids.map { id -> String in
      guard let reference = contents.context.catalogue.reference(id) else {
        return "- " + ReportText.code(id) + " (not in the loaded packs)"
      }
      var line = "- **" + ReportText.inline(reference.title) + "**"
      if let url = reference.url { line += " (" + ReportText.link(url) + ")" }
      guard let text = reference.text, !text.isEmpty, reference.status != .notRead else {
        return line
      }
      line += reference.status == .read ? ":" : ", from a secondary reproduction:"
      let quote = ReportText.blockQuote(text).split(separator: "\n").map { "  " + $0 }
      return line + "\n\n" + quote.joined(separator: "\n")
    }
    return ["Texts cited by the rules that found something here:", lines.joined(separator: "\n")]
  }

  /// Where a principle's wording comes from.
  private struct Origin: Hashable {
    let source: String?
    let url: String?
    var words: String {
      ReportText.inline(source ?? "the Statutes of the Movement")
        + (url.map { " (" + ReportText.link($0) + ")" } ?? "")
    }
  }

  private func textBlock(
    _ text: String?, _ summary: String?, _ status: Reference.Status, _ url: String?
  ) -> String {
    let link = url.map { " (" + ReportText.link($0) + ")" } ?? ""
    if let text, !text.isEmpty, status != .notRead {
      return (status == .read ? "Its words" : "Its words, from a secondary reproduction") + link
        + ":\n\n" + ReportText.blockQuote(text)
    }
    return "Cited by title" + link + (summary.map { ": " + ReportText.inline($0) } ?? ".")
  }
}
