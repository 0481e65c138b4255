/// The report of one case as one self-contained HTML page, for people: the report's layout
/// (`ReportLayout`, the Markdown's words in the Markdown's order) written by `HTMLWriter`, with
/// a table of contents, an anchor on every heading, the findings linked from the result table
/// and the chronology, severities as badges, and page breaks before the long parts when
/// printed.
///
/// Nothing runs and nothing is fetched: no script, no external resource, and a
/// Content-Security-Policy that forbids both should anything slip through. No markup comes
/// from the case: the writer escapes every text it is given and writes every tag itself. The
/// same context always gives the same bytes.
public struct HTMLReport: ReportRenderer {
  /// What the page may load: its own inline style, nothing else — no script, no image, no
  /// font, no frame, no form target, no base URL.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; "
    + "form-action 'none'"

  /// `html`.
  public var fileExtension: String { "html" }

  /// Creates the renderer.
  public init() {}

  /// The whole page, ending with a new line.
  public func write(_ report: PreparedReport, to stream: inout ReportStream) {
    let context = report.context
    let title = "Audit report: " + ReportText.terminal(context.audit.title)
    let (head, tail) = Self.frame(
      title: title, generator: "audit " + context.toolVersion,
      origin: ReportOrigin.htmlMeta(context.caseInput.path))
    stream.write(head)
    var writer = HTMLWriter(stream)
    ReportLayout(report.contents).write(into: &writer)
    stream = writer.finish()
    stream.write(tail)
  }

  /// What goes before and after the body (an HTML fragment): the head with its policy and
  /// style, and the end; `title` is plain text, `origin` the `<meta>` recording the case file.
  private static func frame(title: String, generator: String, origin: String) -> (
    String, String
  ) {
    let head = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
      <meta name="referrer" content="no-referrer">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="\(ReportText.html(generator))">
      \(origin)      <title>\(ReportText.html(title))</title>
      <style>
      \(Self.styleSheet)</style>
      </head>
      <body>
      <main>

      """
    let tail = """
      </main>
      </body>
      </html>

      """
    return (head, tail)
  }
}
