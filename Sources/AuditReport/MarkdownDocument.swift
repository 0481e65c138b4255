/// A Markdown report on its way into a stream: its parts in order, a blank line between two,
/// an empty part left out, a new line at the end. Each part goes out as soon as it is made.
struct MarkdownDocument {
  private var stream: ReportStream
  private var isEmpty = true

  /// A document written into `stream`.
  init(_ stream: ReportStream) { self.stream = stream }

  /// Appends a part (a section, already Markdown); an empty one adds nothing.
  mutating func part(_ text: String) {
    guard !text.isEmpty else { return }
    if !isEmpty { stream.write("\n\n") }
    stream.write(text)
    isEmpty = false
  }

  /// Appends a part written piece by piece (a table of every act), so that it is never held
  /// whole; `write` must write something.
  mutating func part(_ write: (inout ReportStream) -> Void) {
    if !isEmpty { stream.write("\n\n") }
    write(&stream)
    isEmpty = false
  }

  /// Ends the document with its new line and gives the stream back.
  consuming func finish() -> ReportStream {
    stream.write("\n")
    return stream
  }
}
