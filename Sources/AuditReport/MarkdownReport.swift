/// The report of one case as GitHub-flavoured Markdown: the report's layout (`ReportLayout`)
/// written by `MarkdownWriter`, which escapes every text where it stands and only there, so
/// that the file reads cleanly raw and renders the same on GitHub. The same context always
/// gives the same bytes.
public struct MarkdownReport: ReportRenderer {
  /// The most findings a report shows in full; past it the report is abridged.
  public static let findingLimit = 200

  /// `md`.
  public var fileExtension: String { "md" }

  /// Creates the renderer.
  public init() {}

  /// The whole report, ending with a new line, written block by block; its last line records
  /// the case file it was made from (`ReportOrigin`).
  public func write(_ report: PreparedReport, to stream: inout ReportStream) {
    var writer = MarkdownWriter(stream)
    ReportLayout(report.contents).write(into: &writer)
    stream = writer.finish()
    stream.write("\n" + ReportOrigin.markdownLine(report.context.caseInput.path))
  }
}
