/// Where a report's layout writes: a typed document of headings, paragraphs, lists, quotes and
/// tables, which each format writes and escapes in its own way (`MarkdownWriter`,
/// `HTMLWriter`). One layout, so the Markdown and the HTML say the same thing in the same order.
///
/// Blocks go out as they are written; a table is written row by row, so a report of a million
/// acts is never held whole.
protocol DocumentWriter {
  /// A heading of `level` (1 to 4); `anchor` (`[a-z0-9-]`) is where references to it point.
  mutating func heading(_ level: Int, _ text: [InlineSpan], anchor: String)
  /// A paragraph, on one line.
  mutating func paragraph(_ text: [InlineSpan])
  /// A bulleted list.
  mutating func list(_ items: [ListItem])
  /// A quoted passage of case text, its lines and paragraphs kept, with `note` after it.
  mutating func quote(_ text: String, note: InlineSpan?)
  /// A source's note: what `InlineSpan.note(label:)` refers to.
  mutating func noteDefinition(label: String, _ text: [InlineSpan])
  /// Starts a table with its header row; rows follow one by one, then `endTable()`. Columns
  /// in `short` hold a word or two (a severity, a strength) and are never wrapped where the
  /// format wraps cells (HTML).
  mutating func startTable(_ header: [[InlineSpan]], rightAligned: Set<Int>, short: Set<Int>)
  /// One row of the table started last; missing cells are empty, extra cells join the last.
  mutating func row(_ cells: [[InlineSpan]])
  /// Ends the table started last.
  mutating func endTable()
  /// The table of contents, where the format has one (HTML); nothing elsewhere.
  mutating func contents(_ entries: [OutlineEntry])
  /// Where a printed report starts a new page (an annex, a long section); nothing where the
  /// format is not printed (Markdown).
  mutating func pageBreak()
  /// Ends the document and gives its stream back, unflushed.
  consuming func finish() -> ReportStream
}

extension DocumentWriter {
  /// Starts a table none of whose columns is short.
  mutating func startTable(_ header: [[InlineSpan]], rightAligned: Set<Int>) {
    startTable(header, rightAligned: rightAligned, short: [])
  }

  /// A paragraph of plain text.
  mutating func paragraph(_ text: String) { paragraph([.text(text)]) }

  /// A table with every row given at once (a small table).
  mutating func table(
    _ header: [String], rightAligned: Set<Int> = [], rows: [[[InlineSpan]]]
  ) {
    startTable(header.map { [.text($0)] }, rightAligned: rightAligned)
    for cells in rows { row(cells) }
    endTable()
  }
}
