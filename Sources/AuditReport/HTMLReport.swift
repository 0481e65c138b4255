/// The report of one case as one self-contained HTML file, for a reader without a Markdown
/// viewer: the Markdown report, word for word, made HTML by cmark-gfm and wrapped in a page
/// with its style inline.
///
/// Nothing runs and nothing is fetched: no script, no external resource, and a
/// Content-Security-Policy that forbids both should anything slip through. Raw HTML never
/// passes (cmark-gfm's safe mode, behind the Markdown's own escaping). The same context always
/// gives the same bytes.
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
  public func render(_ report: PreparedReport) -> String {
    let context = report.context
    let markdown = MarkdownReport().render(report)
    return page(
      title: "Audit report: " + ReportText.terminal(context.audit.title),
      body: CommonMarkHTML.render(markdown), generator: "audit " + context.toolVersion)
  }

  /// A complete HTML5 document around `body` (an HTML fragment); `title` is plain text.
  func page(title: String, body: String, generator: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="\(ReportText.html(generator))">
    <title>\(ReportText.html(title))</title>
    <style>
    \(Self.styleSheet)</style>
    </head>
    <body>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }
}
