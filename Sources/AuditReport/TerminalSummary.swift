import AuditCore
import AuditEngine

/// The short plain-text summary the command line prints after writing a report.
///
/// One line per finding (severity, rule, principle, message), the counts, and where the report
/// went. Colour (ANSI) only when asked for: the command line decides from the terminal and
/// `NO_COLOR`. Case text is stripped of control characters, so a case cannot drive the terminal.
public struct TerminalSummary: Sendable {
  /// Creates the summary renderer.
  public init() {}

  /// The summary, ending with a new line.
  public func render(_ context: ReportContext, reportPath: String, color: Bool) -> String {
    let contents = ReportContents(context)
    let audit = contents.audit
    let paint = Painter(enabled: color)
    var lines = [
      paint.bold("audit: " + ReportText.terminal(audit.title)) + " ("
        + ReportText.terminal(audit.id) + ")"
    ]
    let findings = contents.subjectFindings + contents.otherFindings
    let ruleWidth = findings.map { ReportText.terminal($0.rule).count }.max() ?? 0
    let principleWidth = findings.map { ReportText.terminal($0.principle).count }.max() ?? 0
    for finding in findings {
      let severity = Self.pad(finding.severity.rawValue, 8)
      var line = "  " + paint.severity(severity, finding.severity) + " "
      line += paint.bold(Self.pad(ReportText.terminal(finding.rule), ruleWidth)) + "  "
      line += Self.pad(ReportText.terminal(finding.principle), principleWidth) + "  "
      line += ReportText.terminal(finding.message)
      if finding.organization != audit.subject {
        line += " [about " + ReportText.terminal(finding.organization) + "]"
      }
      lines.append(line)
    }
    lines.append(counts(findings, contents))
    lines.append("report written to " + ReportText.terminal(reportPath))
    return lines.joined(separator: "\n") + "\n"
  }

  private func counts(_ findings: [Finding], _ contents: ReportContents) -> String {
    var text = MarkdownReport.count(findings.count, "finding")
    let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
      let n = findings.filter { $0.severity == severity }.count
      return n == 0 ? nil : "\(n) \(severity.rawValue)"
    }
    if !bySeverity.isEmpty { text += " (" + bySeverity.joined(separator: ", ") + ")" }
    text += ", " + MarkdownReport.count(contents.quietOutcomes.count, "rule") + " with no finding"
    text += ", " + MarkdownReport.count(contents.unmatchedActions.count, "unmatched action")
    return text
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
