import AuditCore
import AuditEngine

/// Where the layout shows the review record (`ReviewWording` has the words): the status line
/// after the title, each finding's decision under its heading, the dismissed findings and the
/// decisions that match no finding, each in a part of its own.
extension ReportLayout {
  /// The status line, after the title's facts.
  var reviewStatusLine: [InlineSpan] {
    ReviewWording.statusLine(
      contents.review, subjectName: contents.name(of: contents.audit.subject),
      findings: contents.findings)
  }

  /// The finding's decision, under its heading; nothing without a review record.
  func reviewStanding<W: DocumentWriter>(_ finding: Finding, _ writer: inout W) {
    guard contents.review.record != nil else { return }
    writer.paragraph(ReviewWording.standingLine(contents.review.standing(of: finding.id)))
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
}
