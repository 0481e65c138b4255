import ArgumentParser
import AuditCore
import AuditReport
import Foundation

/// `audit diff OLD.json NEW.json`: the findings new, gone and changed between two runs of a case.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "List the findings new, gone and changed between two JSON reports of one case.",
    discussion: """
      Findings are matched by their id (the episode, act or person id), then by fingerprint; \
      each new, gone or changed finding is listed with why. The reports are audit-report/2 or \
      /3 files (`audit CASE --format json`). Exit status: 0; 1 with --fail-on-new when a new \
      finding is at or above it; 2 bad input (not JSON, not a report, two different cases).
      """)

  /// The output forms.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
  }

  @Argument(help: ArgumentHelp("The older JSON report.", valueName: "OLD.json"))
  var old: String

  @Argument(help: ArgumentHelp("The newer JSON report.", valueName: "NEW.json"))
  var new: String

  @Option(help: "Output: text (for a terminal), markdown, or json (audit-diff/1).")
  var format: Format = .text

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to PATH instead of standard output ('-').", valueName: "PATH"))
  var output: String?

  @Flag(help: "Compare reports of two different case ids (a case renamed).")
  var force = false

  @Option(
    name: .customLong("fail-on-new"),
    help: ArgumentHelp(
      "Exit 1 when a new finding is at or above this severity.", valueName: "SEVERITY"))
  var failOnNew: Severity?

  func run() throws {
    let session = Session()
    let diff: ReportDiff
    do {
      let before = try ReportReading.read(old)
      let after = try ReportReading.read(new)
      try ReportReading.checkSameCase(before, after, force: force)
      diff = ReportDiff(old: before, new: after)
    } catch Failure.input(let diagnostics) {
      session.print(diagnostics)
      throw ExitCode(2)
    }
    let document =
      switch format {
      case .text: diff.text()
      case .markdown: diff.markdown()
      case .json: diff.json()
      }
    do {
      try ReportWriter.write(document, to: output ?? "-")
    } catch {
      session.note(error.rendered("the diff"))
      throw ExitCode(3)
    }
    if let threshold = failOnNew {
      let found = diff.newFindings(atOrAbove: threshold).count
      guard found > 0 else { return }
      session.note(
        "audit: " + Counted.phrase(found, "new finding") + " at or above \(threshold.rawValue)"
          + " (--fail-on-new): exit 1")
      throw ExitCode(1)
    }
  }
}
