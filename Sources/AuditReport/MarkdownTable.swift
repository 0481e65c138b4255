/// A GitHub-flavoured Markdown table whose every row has the header's number of cells.
///
/// Cells must already be escaped (`ReportText.inline` escapes pipes and removes line breaks);
/// the table only guarantees its shape.
struct MarkdownTable {
  /// Column alignment.
  enum Alignment { case left, right }

  let header: [String]
  let alignments: [Alignment]
  private(set) var rows: [[String]] = []

  /// Creates an empty table; columns are left-aligned unless `alignments` says otherwise.
  init(_ header: [String], alignments: [Alignment] = []) {
    self.header = header
    self.alignments = header.indices.map { $0 < alignments.count ? alignments[$0] : .left }
  }

  /// Adds a row, padding it with empty cells or folding extra cells into the last column.
  mutating func append(_ cells: [String]) {
    rows.append(shaped(cells))
  }

  /// The table's lines.
  func render() -> String {
    ([head] + rows.map(Self.line)).joined(separator: "\n")
  }

  /// The header and delimiter lines: a table written row by row starts with them, and each
  /// row follows as a new line and its `line(_:)`, never held together.
  var head: String {
    let delimiter = alignments.map { $0 == .right ? "---:" : "---" }
    return Self.line(header) + "\n" + Self.line(delimiter)
  }

  /// One row's line, shaped as `append` shapes it.
  func line(_ cells: [String]) -> String { Self.line(shaped(cells)) }

  private func shaped(_ cells: [String]) -> [String] {
    var row = cells.map { $0.isEmpty ? " " : $0 }
    if row.count > header.count {
      let extra = row[(header.count - 1)...].joined(separator: " ")
      row = Array(row[..<(header.count - 1)]) + [extra]
    }
    while row.count < header.count { row.append(" ") }
    return row
  }

  private static func line(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }
}
