import AuditCore
import AuditEngine

/// The text `audit new review CASE` writes: a review record that loads as written, its status
/// draft, every finding of the run listed open with its current fingerprint and, in a comment,
/// its title; no judgement yet.
struct ReviewSkeleton {
  /// The id of the case reviewed.
  var caseID: String
  /// The case file, named in the header comment.
  var casePath: String
  /// The run's findings about the subject, in the report's order.
  var findings: [Finding]

  var text: String {
    var lines = [
      "# The review record of case '\(caseID)' (\(Self.comment(casePath))): where the case stands",
      "# with the committee, the decision on each finding, and the analyst's recorded judgements.",
      "# `audit` reads it with the case; see docs/review-format.md.",
      "case: \(caseID)",
      "status: draft                    # draft | preliminary | sent_for_response | response_received | decided",
      "# status_date: YYYY-MM-DD        # when the case reached that status",
    ]
    if findings.isEmpty {
      lines.append("findings: []                     # this run makes no finding")
    } else {
      lines.append("findings:")
      for (number, finding) in findings.enumerated() {
        lines += [
          "  # Finding \(number + 1). \(Self.comment(finding.title))",
          "  - finding: \(finding.id)",
          "    fingerprint: \"\(finding.fingerprint)\"  # the basis decided on: acts, rules, cited evidence",
          "    decision: open               # open | upheld | dismissed | referred",
          "    # reason: why                # required to dismiss or refer",
          "    # decided_by: who decided    # required unless open",
          "    # date: YYYY-MM-DD           # required unless open",
        ]
      }
    }
    lines += [
      "judgements: []                   # tags considered for an act and declined (or applied), with why:",
      "#  - {action: ACT, tag: TAG, judgement: declined, reason: \"the words do not name the offensive\"}",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` on one line with no control characters, safe inside a YAML comment.
  private static func comment(_ text: String) -> String {
    String(
      SourceText.oneLine(text).unicodeScalars.map {
        $0.properties.generalCategory == .control ? " " : Character($0)
      })
  }
}
