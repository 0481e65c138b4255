/// Turns one case's report context into a document (Markdown, JSON, HTML).
public protocol ReportRenderer: Sendable {
  /// The file extension of the output, without the dot.
  var fileExtension: String { get }
  /// The whole document; deterministic for the same context.
  func render(_ context: ReportContext) -> String
}
