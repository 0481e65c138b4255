/// A report as the body of an HTML page: every text escaped as it is written
/// (`ReportText.html`), every link checked to be http(s) or an anchor of the page itself, no
/// attribute but the writer's own. Headings carry anchors, references to findings are links,
/// notes are numbered in the order they are first referred to.
struct HTMLWriter: DocumentWriter {
  private var stream: ReportStream
  private var noteNumbers: [String: Int] = [:]
  private var columns = 0
  private var shortColumns: Set<Int> = []

  /// A body written into `stream`.
  init(_ stream: ReportStream) { self.stream = stream }

  mutating func heading(_ level: Int, _ text: [InlineSpan], anchor: String) {
    let level = min(max(level, 1), 6)
    stream.write(
      "<h\(level) id=\"\(Self.anchor(anchor))\">" + inline(text) + "</h\(level)>\n")
  }

  mutating func paragraph(_ text: [InlineSpan]) {
    stream.write("<p>" + inline(text) + "</p>\n")
  }

  mutating func list(_ items: [ListItem]) {
    guard !items.isEmpty else { return }
    stream.write("<ul>\n")
    for item in items {
      stream.write("<li>" + inline(item.text))
      if let quote = item.quote {
        stream.write("\n")
        self.quote(quote, note: nil)
      }
      if !item.children.isEmpty {
        stream.write("\n")
        list(item.children)
      }
      stream.write("</li>\n")
    }
    stream.write("</ul>\n")
  }

  mutating func quote(_ text: String, note: InlineSpan?) {
    let paragraphs = ReportText.blocks(of: text)
    stream.write("<blockquote>\n")
    for (index, lines) in paragraphs.enumerated() {
      var body = lines.map { ReportText.html($0) }.joined(separator: "\n")
      if index == paragraphs.count - 1, let note { body += inline([note]) }
      stream.write("<p>" + body + "</p>\n")
    }
    stream.write("</blockquote>\n")
  }

  mutating func noteDefinition(label: String, _ text: [InlineSpan]) {
    let number = self.number(of: label)
    stream.write(
      "<p class=\"note\" id=\"\(Self.anchor(label))\"><span class=\"note-number\">\(number)."
        + "</span> " + inline(text) + "</p>\n")
  }

  mutating func startTable(_ header: [[InlineSpan]], rightAligned: Set<Int>, short: Set<Int>) {
    columns = max(1, header.count)
    shortColumns = short
    stream.write("<table>\n<thead>\n<tr>")
    for (index, cell) in header.enumerated() {
      stream.write(cellTag("th", index) + inline(cell) + "</th>")
    }
    stream.write("</tr>\n</thead>\n<tbody>\n")
  }

  mutating func row(_ cells: [[InlineSpan]]) {
    var cells = cells
    if cells.count > columns {
      let extra = cells[(columns - 1)...].joined(separator: [.text(" ")])
      cells = Array(cells[..<(columns - 1)]) + [Array(extra)]
    }
    while cells.count < columns { cells.append([]) }
    stream.write("<tr>")
    for (index, cell) in cells.enumerated() {
      stream.write(cellTag("td", index) + inline(cell) + "</td>")
    }
    stream.write("</tr>\n")
  }

  mutating func endTable() { stream.write("</tbody>\n</table>\n") }

  /// `<td>`, or `<td class="short">` for a column of a word or two.
  private func cellTag(_ name: String, _ column: Int) -> String {
    shortColumns.contains(column) ? "<" + name + " class=\"short\">" : "<" + name + ">"
  }

  mutating func contents(_ entries: [OutlineEntry]) {
    guard !entries.isEmpty else { return }
    stream.write("<nav class=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n")
    writeOutline(entries)
    stream.write("</nav>\n")
  }

  mutating func pageBreak() { stream.write("<div class=\"page-break\"></div>\n") }

  consuming func finish() -> ReportStream { stream }

  private mutating func writeOutline(_ entries: [OutlineEntry]) {
    stream.write("<ol>\n")
    for entry in entries {
      stream.write(
        "<li><a href=\"#\(Self.anchor(entry.anchor))\">" + ReportText.html(entry.title) + "</a>")
      if !entry.children.isEmpty {
        stream.write("\n")
        writeOutline(entry.children)
      }
      stream.write("</li>\n")
    }
    stream.write("</ol>\n")
  }

  /// The spans as HTML: text escaped, markup the writer's own.
  private mutating func inline(_ spans: [InlineSpan]) -> String {
    var result = ""
    for span in spans {
      switch span {
      case .text(let text):
        result += Self.text(text)
      case .strong(let text):
        result += "<strong>" + Self.text(text) + "</strong>"
      case .emphasis(let text):
        result += "<em>" + Self.text(text) + "</em>"
      case .code(let text):
        result += "<code>" + ReportText.html(ReportText.oneLine(text)) + "</code>"
      case .link(let url, let label):
        if ReportText.linkDestination(url) != nil {
          result += "<a href=\"" + ReportText.html(url) + "\">" + Self.text(label ?? url) + "</a>"
        } else {
          result += Self.text(label ?? url)
          if label == nil { result += " (not linked: not a plain http(s) URL)" }
        }
      case .reference(let text, let anchor):
        result += "<a href=\"#\(Self.anchor(anchor))\">" + Self.text(text) + "</a>"
      case .note(let label):
        result +=
          "<sup class=\"note-ref\"><a href=\"#\(Self.anchor(label))\">\(number(of: label))</a></sup>"
      case .severity(let text):
        result +=
          "<span class=\"severity severity-\(Self.anchor(text))\">" + Self.text(text) + "</span>"
      }
    }
    return result
  }

  private static func text(_ text: String) -> String {
    ReportText.html(ReportText.flattened(text))
  }

  /// A note's number: the order in which its label was first referred to.
  private mutating func number(of label: String) -> Int {
    if let number = noteNumbers[label] { return number }
    let number = noteNumbers.count + 1
    noteNumbers[label] = number
    return number
  }

  /// `text` as an anchor: lower-case letters, digits and `-`, never empty. Anchors are made
  /// by the layout from its own words and the case's ids; this keeps them inert whatever they are.
  static func anchor(_ text: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
      result.unicodeScalars.append(keep ? scalar : "-")
    }
    return result.isEmpty ? "section" : result
  }
}
