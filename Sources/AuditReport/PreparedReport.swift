/// One case's report model, built once from its context (findings by episode, counts, limits)
/// and then rendered in any format and in the terminal summary without building it again.
public struct PreparedReport {
  let contents: ReportContents

  /// Builds the model of `context`'s report.
  public init(_ context: ReportContext) { contents = ReportContents(context) }

  /// What the report was built from.
  public var context: ReportContext { contents.context }
}
