import CCmarkGFM

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// GitHub-flavoured Markdown made HTML by the system's cmark-gfm, GitHub's own engine, so the
/// HTML report reads as the Markdown does on GitHub: tables, footnotes, strikethrough, autolinks.
///
/// Safe mode (no `CMARK_OPT_UNSAFE`): raw HTML in the text becomes a comment, and `javascript:`,
/// `vbscript:`, `file:` and `data:` link destinations become empty. The reports' Markdown
/// already escapes every case string; this is the second wall.
enum CommonMarkHTML {
  /// The extensions turned on, by cmark-gfm's names (footnotes are an option, not an extension).
  static let extensions = ["table", "strikethrough", "autolink"]

  /// The HTML fragment of `markdown`; deterministic, and never raw HTML from the input.
  static func render(_ markdown: String) -> String {
    _ = registration
    let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
    guard let parser = cmark_parser_new(options) else { return fallback(markdown) }
    defer { cmark_parser_free(parser) }
    for name in extensions {
      if let extensionPointer = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, extensionPointer)
      }
    }
    var bytes = Array(markdown.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          cmark_parser_feed(parser, $0, buffer.count)
        }
      }
    }
    guard let document = cmark_parser_finish(parser) else { return fallback(markdown) }
    defer { cmark_node_free(document) }
    guard
      let html = cmark_render_html(
        document, options, cmark_parser_get_syntax_extensions(parser))
    else { return fallback(markdown) }
    defer { free(html) }
    return String(cString: html)
  }

  /// Registers the core extensions once per process: cmark-gfm's own guard is a plain flag,
  /// not safe when two threads render at once; a static `let` is initialised exactly once.
  private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

  /// The Markdown itself as preformatted text, should cmark-gfm fail to allocate.
  private static func fallback(_ markdown: String) -> String {
    "<pre>" + ReportText.html(markdown) + "</pre>\n"
  }
}
