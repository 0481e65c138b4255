import AuditCore
import AuditEngine

/// `reports/index.md`: the cases of a run side by side, principle by principle.
///
/// One row per case (sorted by case id), one column per principle engaged in some case; a cell
/// gives the number of findings (episodes) about the case's subject engaging that principle and
/// the highest severity among them.
public struct IndexReport: Sendable {
  /// Creates the index renderer.
  public init() {}

  /// The index, ending with a new line.
  public func render(_ contexts: [ReportContext]) -> String {
    render(reports: contexts.map(PreparedReport.init))
  }

  /// The index of reports whose models are already built.
  public func render(reports: [PreparedReport]) -> String {
    render(entries: reports.map(IndexEntry.init))
  }

  /// The index of cases whose rows were taken from their reports' models (which may be gone).
  public func render(entries: [IndexEntry]) -> String {
    let cases = entries.sorted { ($0.caseID, $0.casePath) < ($1.caseID, $1.casePath) }
    var principles: [(id: String, name: String)] = []
    for entry in cases {
      for principle in entry.principles
      where !principles.contains(where: { $0.id == principle.id }) {
        principles.append(principle)
      }
    }
    var table = MarkdownTable(
      ["Case", "Subject"] + principles.map { ReportText.inline($0.name) } + [
        "All", "Context",
      ])
    for entry in cases {
      var row = [
        "[" + ReportText.inline(entry.caseID) + "](" + Self.reportFile(entry.caseID) + ")",
        ReportText.inline(entry.subjectName),
      ]
      for principle in principles { row.append(entry.cell(for: principle.id)) }
      row.append(entry.allCell)
      row.append("\(entry.context)")
      table.append(row)
    }
    var blocks = ["# Audit reports"]
    if cases.isEmpty {
      blocks.append("No case was audited.")
    } else {
      blocks.append(
        "Findings (episodes) about each case's subject engaging each principle, with the highest "
          + "severity in brackets; Context counts rule hits on the acts of others. Each case links "
          + "to its report."
      )
      blocks.append(table.render())
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// `<case id>.md` as a relative link destination, every unusual byte percent-encoded.
  static func reportFile(_ caseID: String) -> String {
    var result = ""
    for byte in (caseID + ".md").utf8 {
      let scalar = Unicode.Scalar(byte)
      if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar)
        || "-_".unicodeScalars.contains(scalar) || (scalar == "." && !result.isEmpty)
      {
        result.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return result
  }
}
