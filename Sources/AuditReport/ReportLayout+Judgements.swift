import AuditCore
import AuditEngine

extension ReportLayout {
  // MARK: - Judgements on the coding

  /// The analyst's recorded judgements on the coding (the review record's `judgements`): each
  /// reading of an act considered, whether its tag was applied or declined, and why, so that a
  /// committee sees what the paper chose not to allege as well as what it alleges. A judgement
  /// the act's tags now contradict says so.
  func judgements<W: DocumentWriter>(_ writer: inout W) {
    let judgements = contents.review.record?.judgements ?? []
    writer.paragraph(
      "The analyst considered these readings of the acts and recorded, for each, whether its "
        + "tag was applied or declined, and why. A declined tag is left off its act, so no rule "
        + "reads it.")
    let contradicted = Set(contents.review.contradictedJudgements)
    writer.list(
      judgements.map { judgement in
        var item = ListItem(text: line(judgement, contradicted: contradicted.contains(judgement)))
        if let definition = contents.context.catalogue.vocabulary.terms[.tags]?[judgement.tag] {
          item.children = [ListItem(text: [.text("What the tag says: " + definition)])]
        }
        return item
      })
  }

  /// "The interview of X on …: *tag*, declined. Reason."
  private func line(_ judgement: ReviewJudgement, contradicted: Bool) -> [InlineSpan] {
    let act = contents.action(judgement.action)
    var spans: [InlineSpan] = [
      .strong(act.map { Self.sentenceStart(Self.actName($0, contents)) } ?? judgement.action),
      .text(": "),
      .emphasis(Vocabulary.phrase(judgement.tag)),
      .text(", " + judgement.judgement.rawValue + ". " + judgement.reason),
    ]
    if contradicted {
      spans.append(
        .text(
          judgement.judgement == .declined
            ? " The act now carries this tag all the same: the coding and the record disagree, "
              + "for the analyst to settle."
            : " The act no longer carries this tag: the coding and the record disagree, for the "
              + "analyst to settle."))
    }
    return spans
  }

  /// `text` with its first letter in capitals.
  private static func sentenceStart(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
