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
    let cases = reports.map(\.contents).sorted {
      ($0.audit.id, $0.context.caseInput.path) < ($1.audit.id, $1.context.caseInput.path)
    }
    var principles: [(id: String, name: String)] = []
    for contents in cases {
      for principle in contents.engagedPrinciples
      where !principles.contains(where: { $0.id == principle.id }) {
        principles.append((principle.id, principle.name))
      }
    }
    var table = MarkdownTable(
      ["Case", "Subject"] + principles.map { ReportText.inline($0.name) } + [
        "All", "Context",
      ])
    for contents in cases {
      var row = [
        "[" + ReportText.inline(contents.audit.id) + "](" + Self.reportFile(contents.audit.id)
          + ")",
        ReportText.inline(contents.name(of: contents.audit.subject)),
      ]
      for principle in principles {
        row.append(
          Self.cell(
            contents.findings.filter { $0.engagements.contains { $0.principle == principle.id } }))
      }
      row.append(Self.cell(contents.findings))
      row.append("\(contents.counts.context)")
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

  /// `2 (high)`, or `0`.
  private static func cell(_ findings: [Finding]) -> String {
    guard let highest = findings.map(\.severity).max() else { return "0" }
    return "\(findings.count) (\(highest.rawValue))"
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
