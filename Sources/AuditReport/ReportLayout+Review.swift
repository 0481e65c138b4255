import AuditCore
import AuditEngine

/// Where the layout shows the review record (`ReviewWording` has the words; the status line
/// is `ReportStatus`'s): each finding's decision under its heading, the dismissed findings and the
/// decisions that match no finding, each in a part of its own.
extension ReportLayout {
  /// The finding's decision, under its heading, when one is recorded (upheld, dismissed,
  /// referred, or changed since); an open finding says so in its facts line instead
  /// (`openStanding`), which keeps the findings short while the case is undecided.
  func reviewStanding<W: DocumentWriter>(_ finding: Finding, _ writer: inout W) {
    let standing = contents.review.standing(of: finding.id)
    guard contents.review.record != nil, standing.verdict != .open || standing.isChanged else {
      return
    }
    writer.paragraph(ReviewWording.standingLine(standing))
  }

  /// "Decision: open · " at the head of an open finding's facts line; nothing without a
  /// review record or for a decided finding.
  func openStanding(_ finding: Finding) -> [InlineSpan] {
    let standing = contents.review.standing(of: finding.id)
    guard contents.review.record != nil, standing.verdict == .open, !standing.isChanged else {
      return []
    }
    return ReviewWording.openFact(standing) + [.text(" · ")]
  }

  /// " (dismissed)" after a dismissed finding's title in the result table.
  func dismissedMark(_ finding: Finding) -> String {
    contents.review.isDismissed(finding.id) ? " (dismissed)" : ""
  }

  /// The findings shown that stand dismissed, in the findings' order.
  var dismissedFindings: [Finding] {
    contents.shownFindings.filter { contents.review.isDismissed($0.id) }
  }

  /// Each dismissed finding under its number's heading (the result table links to it), with
  /// the decision and its reason.
  func dismissed<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(ReviewWording.dismissedIntroduction)
    for finding in dismissedFindings {
      let number = contents.number(of: finding.id) ?? 0
      writer.heading(
        3, [.text("Finding \(number). " + finding.title)], anchor: Self.anchor(finding: number))
      writer.paragraph(ReviewWording.standingLine(contents.review.standing(of: finding.id)))
    }
  }

  /// The decisions that match no finding of this run, each named by what it was about.
  func orphanedDecisions<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(ReviewWording.orphanIntroduction)
    let index = contents.index
    writer.list(
      contents.review.orphanedDecisions.map { decision in
        let id = decision.finding
        let name =
          index.episode(id)?.title ?? index.person(id)?.name ?? index.action(id)?.summary
        return ListItem(text: ReviewWording.orphanLine(decision, name: name))
      })
  }

  /// The review record's path and SHA-256, in the method, when one was read.
  func reviewRecordHash<W: DocumentWriter>(_ writer: inout W) {
    guard let input = contents.context.reviewInput else { return }
    writer.paragraph([
      .text("The review record, "), .code(input.path), .text(", has the SHA-256 "),
      .code(input.sha256), .text("."),
    ])
  }
}
