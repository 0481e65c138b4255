/// A piece of a line of a report: text the writer escapes for its own format, or one of the
/// few kinds of inline markup the report uses. Layout code never writes markup itself, so no
/// string from a case can become markup in any format.
enum InlineSpan: Sendable {
  /// Plain text, escaped by the writer; line breaks in it become spaces.
  case text(String)
  /// Strong emphasis (`**…**`, `<strong>`), for labels.
  case strong(String)
  /// Emphasis (`*…*`, `<em>`).
  case emphasis(String)
  /// Text shown literally in a monospace font: an expression, a command, a field path.
  case code(String)
  /// A link to `url` when it is a plain http(s) URL; otherwise the label (or the URL) as text,
  /// with a word saying why it is not linked. `label` defaults to the URL.
  case link(url: String, label: String?)
  /// A reference to a place in this report (a finding): a link where the format has anchors
  /// of its own making (HTML), plain text elsewhere (GitHub makes its own heading anchors).
  case reference(String, anchor: String)
  /// A reference to a source's note (`[^label]`; a numbered superscript in HTML).
  case note(label: String)
  /// A severity, set off where the format allows (a coloured badge in HTML).
  case severity(String)
}

/// One item of a bulleted list: its line, the items nested under it, and a quotation under it.
struct ListItem: Sendable {
  /// The item's own line.
  var text: [InlineSpan]
  /// Items one level deeper.
  var children: [ListItem] = []
  /// A passage quoted under the item, its lines kept (case text).
  var quote: String? = nil
}

/// An entry of a report's table of contents: a heading's text and anchor, and the entries
/// under it.
struct OutlineEntry: Sendable {
  /// The heading's text.
  var title: String
  /// The heading's anchor.
  var anchor: String
  /// Headings one level deeper.
  var children: [OutlineEntry] = []
}
