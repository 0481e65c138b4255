/// A report as GitHub-flavoured Markdown: its blocks in order, a blank line between two, a new
/// line at the end. Every text is escaped where it stands (`ReportText.escapeLine`), and only
/// where a character would change the rendering, so the Markdown reads cleanly as text.
struct MarkdownWriter: DocumentWriter {
  private var stream: ReportStream
  private var isEmpty = true
  private var table: MarkdownTable?

  /// A document written into `stream`.
  init(_ stream: ReportStream) { self.stream = stream }

  mutating func heading(_ level: Int, _ text: [InlineSpan], anchor: String) {
    block(String(repeating: "#", count: level) + " " + Self.line(text, at: .inLine))
  }

  mutating func paragraph(_ text: [InlineSpan]) {
    block(Self.line(text, at: .lineStart))
  }

  mutating func list(_ items: [ListItem]) {
    guard !items.isEmpty else { return }
    block(Self.lines(items, indent: "").joined(separator: "\n"))
  }

  mutating func quote(_ text: String, note: InlineSpan?) {
    block(ReportText.blockQuote(text, suffix: note.map { Self.line([$0], at: .inLine) } ?? ""))
  }

  mutating func noteDefinition(label: String, _ text: [InlineSpan]) {
    block("[^" + label + "]: " + Self.line(text, at: .inLine))
  }

  mutating func startTable(_ header: [[InlineSpan]], rightAligned: Set<Int>, short: Set<Int>) {
    let table = MarkdownTable(
      header.map { Self.line($0, at: .inLine, inTable: true) },
      alignments: header.indices.map { rightAligned.contains($0) ? .right : .left })
    block(table.head)
    self.table = table
  }

  mutating func row(_ cells: [[InlineSpan]]) {
    guard let table else { return }
    stream.write("\n")
    stream.write(table.line(cells.map { Self.line($0, at: .inLine, inTable: true) }))
  }

  mutating func endTable() { table = nil }

  /// GitHub shows a file's outline of its own.
  mutating func contents(_ entries: [OutlineEntry]) {}

  mutating func pageBreak() {}

  consuming func finish() -> ReportStream {
    stream.write("\n")
    return stream
  }

  private mutating func block(_ text: String) {
    if !isEmpty { stream.write("\n\n") }
    stream.write(text)
    isEmpty = false
  }

  /// Each item on its line (`- `), the items under it indented two spaces, a quote under it
  /// after a blank line.
  private static func lines(_ items: [ListItem], indent: String) -> [String] {
    var lines: [String] = []
    for item in items {
      var line = indent + "- " + Self.line(item.text, at: .lineStart)
      if let quote = item.quote {
        let quoted = ReportText.blockQuote(quote).split(separator: "\n").map {
          indent + "  " + $0
        }
        line += "\n\n" + quoted.joined(separator: "\n")
      }
      lines.append(line)
      lines += Self.lines(item.children, indent: indent + "  ")
    }
    return lines
  }

  /// The spans as one line of Markdown; the first stands at `position`, the others in line.
  static func line(
    _ spans: [InlineSpan], at position: ReportText.Position, inTable: Bool = false
  ) -> String {
    var result = ""
    for (index, span) in spans.enumerated() {
      let position = index == 0 ? position : .inLine
      switch span {
      case .text(let text), .reference(let text, _), .severity(let text):
        result += ReportText.linePiece(text, at: position)
      case .strong(let text):
        result += "**" + ReportText.linePiece(text, at: .inLine) + "**"
      case .emphasis(let text):
        result += "*" + ReportText.linePiece(text, at: .inLine) + "*"
      case .code(let text):
        result += ReportText.code(text, inTable: inTable)
      case .link(let url, let label):
        result += ReportText.link(url, label: label)
      case .note(let label):
        result += "[^" + label + "]"
      }
    }
    return result
  }
}
