import AuditCore
import AuditEngine

/// The short plain-text summary the command line prints after writing a report.
///
/// The status line, then one line per finding (severity, strength, number, title, principles engaged) — past
/// `MarkdownReport.findingLimit`, for the most severe, with how many more there are — the same
/// counts as the report, and where the report went. Colour (ANSI) only when asked for: the command line decides from the terminal and
/// `NO_COLOR`. Case text is stripped of control characters, so a case cannot drive the terminal.
public struct TerminalSummary: Sendable {
  /// Creates the summary renderer.
  public init() {}

  /// The summary, ending with a new line.
  public func render(_ context: ReportContext, reportPath: String, color: Bool) -> String {
    render(PreparedReport(context), reportPath: reportPath, color: color)
  }

  /// The summary of a report whose model is already built.
  public func render(_ report: PreparedReport, reportPath: String, color: Bool) -> String {
    let contents = report.contents
    let audit = contents.audit
    let paint = Painter(enabled: color)
    var lines = [
      paint.bold("audit: " + ReportText.terminal(audit.title)) + " ("
        + ReportText.terminal(audit.id) + ")",
      "  " + ReportText.terminal(ReportStatus.line(contents)),
    ]
    for finding in contents.shownFindings {
      let number = contents.number(of: finding.id) ?? 0
      let severity = Self.pad(finding.severity.rawValue, 8)
      var line = "  " + paint.severity(severity, finding.severity) + " "
      line += Self.pad(finding.strength.rawValue, 11) + " "
      line += paint.bold("Finding \(number)") + ": " + ReportText.terminal(finding.title)
      let principles = finding.engagements.map { contents.principleName($0.principle) }
      line += " [" + ReportText.terminal(principles.joined(separator: ", ")) + "]"
      if let note = ReviewWording.terminalNote(contents.review.standing(of: finding.id)) {
        line += " — " + note
      }
      lines.append(line)
    }
    if contents.isAbridged {
      let more = contents.findings.count - contents.shownFindings.count
      lines.append("  … \(ReportCounts.count(more, "more finding")), in the JSON report")
    }
    lines.append(ReportText.terminal(contents.counts.sentence))
    lines.append("report written to " + ReportText.terminal(reportPath))
    return lines.joined(separator: "\n") + "\n"
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// Wraps text in ANSI colour codes, or leaves it alone when colour is off.
  private struct Painter {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }

    func severity(_ text: String, _ severity: Severity) -> String {
      switch severity {
      case .critical: wrap(text, "1;31")
      case .high: wrap(text, "31")
      case .medium: wrap(text, "33")
      case .low: wrap(text, "36")
      case .info: wrap(text, "2")
      }
    }

    private func wrap(_ text: String, _ code: String) -> String {
      enabled ? "\u{1B}[" + code + "m" + text + "\u{1B}[0m" : text
    }
  }
}
