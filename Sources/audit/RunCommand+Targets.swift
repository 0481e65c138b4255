import AuditCore
import AuditReport
import Foundation

/// What a run says after writing its reports about the new ones (docs/commands.md, "Where
/// reports go"); the check that a report is of the same case file is `ReportTarget`'s.
extension RunCommand {
  /// Tells, on standard error, which reports this run created inside a git checkout: git
  /// does not track them yet, and an experiment's report belongs outside it.
  func noteNewReports(_ created: [String], _ session: Session) {
    // Each report judged by its own folder: `-o /tmp/x.md` from a checkout is not in it.
    var shown: [String] = []
    var ignoresCustom = false
    for path in created {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      guard let root = Checkout.root(from: folder) else { continue }
      let custom = Checkout.ignores("reports/custom/", root: root)
      ignoresCustom = ignoresCustom || custom
      if custom, path.hasPrefix("reports/custom/") || path.contains("/reports/custom/") { continue }
      shown.append(path)
    }
    guard !shown.isEmpty else { return }
    let them = shown.count == 1 ? "it" : "them"
    let elsewhere =
      ignoresCustom
      ? "write experiments with -o reports/custom/NAME.md (ignored by this checkout's .gitignore)"
      : "list \(them) in .gitignore, or write experiments outside the checkout with -o PATH"
    session.note(
      "note: \(Counted.phrase(shown.count, "new report")) not yet in git: "
        + shown.map { VisibleText.escaped($0) }.joined(separator: ", ")
        + "; commit \(them) if \(shown.count == 1 ? "it belongs" : "they belong") to the "
        + "repository, or \(elsewhere)")
  }
}
