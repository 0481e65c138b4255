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
    ReportStream.collect { stream in write({ $0.write(markdown) }, to: &stream) }
  }

  /// Writes the HTML fragment of the Markdown `markdown` writes into `stream`: the Markdown is
  /// fed to the parser piece by piece as it is written, never held whole.
  static func write(
    _ markdown: (inout ReportStream) -> Void, to stream: inout ReportStream
  ) {
    _ = registration
    let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
    guard let parser = cmark_parser_new(options) else {
      return stream.write(fallback(ReportStream.collect(markdown)))
    }
    defer { cmark_parser_free(parser) }
    for name in extensions {
      if let extensionPointer = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, extensionPointer)
      }
    }
    var feed = ReportStream { piece in
      let bytes = piece.bindMemory(to: CChar.self)
      if let base = bytes.baseAddress { cmark_parser_feed(parser, base, bytes.count) }
      return true
    }
    markdown(&feed)
    feed.flush()
    guard let document = cmark_parser_finish(parser) else {
      return stream.write(fallback(ReportStream.collect(markdown)))
    }
    defer { cmark_node_free(document) }
    guard
      let html = cmark_render_html(
        document, options, cmark_parser_get_syntax_extensions(parser))
    else { return stream.write(fallback(ReportStream.collect(markdown))) }
    defer { free(html) }
    html.withMemoryRebound(to: UInt8.self, capacity: strlen(html)) { bytes in
      stream.write(bytes: UnsafeBufferPointer(start: bytes, count: strlen(html)))
    }
  }

  /// Registers the core extensions once per process: cmark-gfm's own guard is a plain flag,
  /// not safe when two threads render at once; a static `let` is initialised exactly once.
  private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

  /// The Markdown itself as preformatted text, should cmark-gfm fail to allocate.
  private static func fallback(_ markdown: String) -> String {
    "<pre>" + ReportText.html(markdown) + "</pre>\n"
  }
}
