/// Turns one case's report model into a document (Markdown, JSON, HTML).
public protocol ReportRenderer: Sendable {
  /// The file extension of the output, without the dot.
  var fileExtension: String { get }
  /// Writes the whole document into `stream`, piece by piece; deterministic for the same model.
  /// The stream is not flushed: its owner does that.
  func write(_ report: PreparedReport, to stream: inout ReportStream)
}

extension ReportRenderer {
  /// The whole document as one string (for tests and small reports; a run writes the stream).
  public func render(_ report: PreparedReport) -> String {
    ReportStream.collect { write(report, to: &$0) }
  }

  /// The whole document of `context`, building its model first.
  public func render(_ context: ReportContext) -> String { render(PreparedReport(context)) }
}
