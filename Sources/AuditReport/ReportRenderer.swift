/// Turns one case's report model into a document (Markdown, JSON, HTML).
public protocol ReportRenderer: Sendable {
  /// The file extension of the output, without the dot.
  var fileExtension: String { get }
  /// The whole document; deterministic for the same model.
  func render(_ report: PreparedReport) -> String
}

extension ReportRenderer {
  /// The whole document of `context`, building its model first.
  public func render(_ context: ReportContext) -> String { render(PreparedReport(context)) }
}
