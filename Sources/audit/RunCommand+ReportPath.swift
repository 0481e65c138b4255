import Foundation

/// Where a run writes its report when no `-o` is given.
///
/// `reports/<case id>.md` is the report of the default pack, committed beside the case and
/// checked by CI. A run that adds packs, leaves the default out or keeps only some principles
/// writes to `reports/custom/` instead (`reports/custom/<case id>.md`, its index beside it, so
/// the index's links hold), and says so: trying a rule never silently replaces the committed
/// report.
extension RunCommand {
  /// The options that make this run's rules differ from the default pack's, as typed.
  var customizations: [String] {
    var options: [String] = []
    if rules.noDefaultRules { options.append("--no-default-rules") }
    options += rules.directories.map { "--rules \($0)" }
    options += principles.map { "--principle \($0)" }
    return options
  }

  /// `reports/<name>.<ext>`, or `reports/custom/<name>.<ext>` for a run with custom rules.
  func defaultReportPath(_ name: String, _ fileExtension: String) -> String {
    (customizations.isEmpty ? "reports/" : "reports/custom/") + "\(name).\(fileExtension)"
  }

  /// Tells, on standard error, where a custom run wrote its reports and why there.
  func noteCustomReports(_ reports: [String], _ session: Session) {
    guard output == nil, !customizations.isEmpty, !reports.isEmpty else { return }
    session.note(
      "note: reports written to reports/custom/, not reports/: this run's rules are not the "
        + "default pack's (\(customizations.joined(separator: " "))), so the reports in "
        + "reports/ are left as they were; give -o PATH to write elsewhere")
  }
}
