extension HTMLReport {
  /// The page's only style: a readable column of text, tables with borders that scroll rather
  /// than overflow, quotes set apart, and a print layout that keeps rows and headings whole.
  static let styleSheet = """
    :root { color-scheme: light; }
    body {
      margin: 0; padding: 2rem 1rem; background: #fff; color: #1f2328;
      font-family: Georgia, "DejaVu Serif", "Liberation Serif", serif;
      font-size: 1.0625rem; line-height: 1.55;
    }
    main { max-width: 52rem; margin: 0 auto; }
    h1, h2, h3, h4 {
      font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif;
      line-height: 1.25; margin: 2rem 0 0.75rem;
    }
    h1 { font-size: 1.9rem; margin-top: 0; }
    h2 { font-size: 1.45rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.25rem; }
    h3 { font-size: 1.15rem; margin-top: 2.5rem; }
    h4 { font-size: 1rem; }
    h3[id^="finding-"] { border-top: 1px solid #d0d7de; padding-top: 1.25rem; }
    p, ul, ol, blockquote, table, pre { margin: 0 0 1rem; }
    ul, ol { padding-left: 1.6rem; }
    li + li { margin-top: 0.25rem; }
    a { color: #0550ae; overflow-wrap: anywhere; }
    blockquote {
      margin-left: 0; padding: 0.5rem 1rem; border-left: 4px solid #8c959f;
      background: #f6f8fa; color: #1f2328;
    }
    blockquote p:last-child { margin-bottom: 0; }
    code, pre {
      font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace;
      font-size: 0.85em;
    }
    code { background: #eff1f3; padding: 0.1em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
    pre { background: #f6f8fa; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; }
    pre code { background: none; padding: 0; }
    table {
      display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse;
      font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif;
      font-size: 0.9rem;
    }
    th, td { border: 1px solid #8c959f; padding: 0.35rem 0.6rem; vertical-align: top; }
    th { background: #eaeef2; text-align: left; }
    tbody tr:nth-child(even) { background: #f6f8fa; }
    td:first-child { min-width: 5em; }
    th.short, td.short { white-space: nowrap; }
    td code { overflow-wrap: anywhere; word-break: break-all; }
    nav.contents {
      font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif;
      font-size: 0.95rem; background: #f6f8fa; border: 1px solid #d0d7de; padding: 0.25rem 1rem;
      margin: 1.5rem 0 2rem;
    }
    nav.contents h2 { font-size: 1.1rem; border: 0; margin: 0.75rem 0 0.5rem; }
    nav.contents ol { margin: 0 0 0.75rem; }
    nav.contents ol ol { list-style: none; padding-left: 1rem; font-size: 0.9rem; }
    nav.contents li + li { margin-top: 0.15rem; }
    nav.contents a { text-decoration: none; }
    .severity {
      display: inline-block; padding: 0 0.45em; border-radius: 0.25em; font-weight: bold;
      font-family: "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif;
      font-size: 0.85em; line-height: 1.4; border: 1px solid; white-space: nowrap;
    }
    .severity-critical { background: #82071e; border-color: #82071e; color: #fff; }
    .severity-high { background: #cf222e; border-color: #cf222e; color: #fff; }
    .severity-medium { background: #fff1c5; border-color: #9a6700; color: #4d2d00; }
    .severity-low { background: #ddf4ff; border-color: #54aeff; color: #0a3069; }
    .note { font-size: 0.9rem; }
    .note-number { font-weight: bold; }
    .note-ref { line-height: 0; }
    .note-ref a { text-decoration: none; }
    .note-ref::before { content: "["; }
    .note-ref::after { content: "]"; }
    .page-break { display: none; }
    @media (max-width: 40rem) {
      body { padding: 1rem 0.75rem; font-size: 1rem; }
      th, td { min-width: 6em; }
      td:first-child { min-width: 11em; }
    }
    @page { size: A4; margin: 11mm 12mm; }
    @media print {
      body { padding: 0; font-size: 9.5pt; line-height: 1.25; }
      h3[id^="finding-"] { border-top: 0; padding-top: 0; }
      main { max-width: none; }
      a { color: inherit; text-decoration: none; }
      /* A row wider than the page (a 64-digit hash) would make the browser shrink every page. */
      table { display: table; overflow: visible; width: 100%; }
      th, td { overflow-wrap: anywhere; padding: 0.2rem 0.4rem; }
      table, .note { font-size: 8.5pt; }
      /* Headings in the body's scale, not the screen's: the front then fits two pages. */
      h1 { font-size: 16pt; margin-bottom: 0.4rem; }
      h2 { font-size: 12.5pt; margin-top: 0.9rem; margin-bottom: 0.4rem; }
      h3 { font-size: 11pt; margin-top: 1.2rem; }
      h4 { font-size: 10pt; }
      li + li { margin-top: 0.1rem; }
      p, ul, ol, blockquote, table { margin-bottom: 0.6rem; }
      tr, blockquote, pre, .note { break-inside: avoid; }
      h1, h2, h3, h4 { break-after: avoid; }
      .page-break { display: block; break-before: page; }
      /* On paper the headings and the findings at a glance are the contents. */
      nav.contents { display: none; }
      /* The front's long lists in the notes' size, so that the front fits two pages. */
      h2#questions + ul, h2#measures + ul, h2#position + ul { font-size: 8.5pt; }
      .severity { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }

    """
}
