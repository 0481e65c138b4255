import AuditCore
import AuditEngine

/// What `reports/index.md` needs of one case: its row, taken from the report's model, so a run
/// over many cases can drop each model once its report is written and still build the index.
public struct IndexEntry: Sendable {
  /// The case id, the row's sort key and link.
  let caseID: String
  /// The case file, the sort key among cases of the same id.
  let casePath: String
  /// The subject's name, as the report writes it.
  let subjectName: String
  /// The principles the case's findings engage, in the report's order, with their names.
  let principles: [(id: String, name: String)]
  /// The cell of each engaged principle, by principle id: `2 (high)`.
  let cells: [String: String]
  /// The cell of all findings together.
  let allCell: String
  /// Rule hits on the acts of others.
  let context: Int

  /// The row of `report`.
  public init(_ report: PreparedReport) {
    let contents = report.contents
    caseID = contents.audit.id
    casePath = contents.context.caseInput.path
    subjectName = contents.name(of: contents.audit.subject)
    principles = contents.engagedPrinciples.map { ($0.id, $0.name) }
    var cells: [String: String] = [:]
    for principle in principles {
      cells[principle.id] = Self.cell(
        contents.findings.filter { $0.engagements.contains { $0.principle == principle.id } })
    }
    self.cells = cells
    allCell = Self.cell(contents.findings)
    context = contents.counts.context
  }

  /// The cell of a principle this case engages none of the findings of: `0`.
  func cell(for principle: String) -> String { cells[principle] ?? "0" }

  /// `2 (high)`, or `0`.
  private static func cell(_ findings: [Finding]) -> String {
    guard let highest = findings.map(\.severity).max() else { return "0" }
    return "\(findings.count) (\(highest.rawValue))"
  }
}
