import Foundation

/// What must hold of every HTML report, whatever the case says: nothing runs, nothing is
/// fetched, only http(s) links and links to the page's own anchors are followed, and every
/// such anchor is there.
public enum HTMLChecks {
  /// The Content-Security-Policy the page must carry, word for word.
  public static let policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; "
    + "form-action 'none'"

  /// Every way `html` breaks the guarantees, described; empty when it keeps them all.
  public static func problems(in html: String) -> [String] {
    var problems: [String] = []
    let lower = html.lowercased()
    for element in ["<script", "<img", "<iframe", "<object", "<embed", "<link", "<base", "<form"]
    where lower.contains(element) {
      problems.append("an element \(element)>")
    }
    for attribute in matches(#"<[a-z][^>]*?\s(on[a-z]+)\s*="#, in: lower) {
      problems.append("an event handler attribute \(attribute)=")
    }
    for source in matches(#"\ssrc\s*=\s*"([^"]*)""#, in: lower) {
      problems.append("a resource loaded from \(source)")
    }
    if lower.contains("javascript:")
      && lower.range(
        of: #"(href|src)\s*=\s*"\s*javascript:"#, options: .regularExpression) != nil
    {
      problems.append("a javascript: link")
    }
    for href in links(in: html) where !isAllowedLink(href) {
      problems.append("a link to \(href)")
    }
    let anchors = Set(matches(#"\sid="([^"]*)""#, in: html))
    for href in links(in: html)
    where href.hasPrefix("#") && !anchors.contains(String(href.dropFirst())) {
      problems.append("a link to \(href), which is no anchor of the page")
    }
    let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"
    guard let policyRange = html.range(of: meta),
      let styleRange = html.range(of: "<style>"),
      let headEnd = html.range(of: "</head>")
    else {
      problems.append("no Content-Security-Policy, style or head")
      return problems
    }
    if !(policyRange.upperBound <= styleRange.lowerBound
      && styleRange.upperBound <= headEnd.lowerBound)
    {
      problems.append("the Content-Security-Policy is not first in the head")
    }
    if html.components(separatedBy: "<style").count != 2 { problems.append("more than one style") }
    return problems
  }

  /// Every `href` in `html`, in order.
  public static func links(in html: String) -> [String] {
    matches(#"href="([^"]*)""#, in: html)
  }

  /// http(s) pages and anchors of the page itself (`#finding-2`, `#src-occrp`), spelled with
  /// lower-case letters, digits and `-` only.
  public static func isAllowedLink(_ href: String) -> Bool {
    href.hasPrefix("http://") || href.hasPrefix("https://")
      || (href.count > 1 && href.hasPrefix("#")
        && href.dropFirst().allSatisfy {
          ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        })
  }

  /// How many times `element` opens in `html` (`table` counts `<table>`, not `<tbody>`).
  public static func count(_ element: String, in html: String) -> Int {
    matches("<" + element + #"[\s>]"#, in: html, group: 0).count
  }

  /// The first capture group (or the whole match) of each match of `pattern`.
  public static func matches(_ pattern: String, in text: String, group: Int = 1) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap {
      Range($0.range(at: group), in: text).map { String(text[$0]) }
    }
  }
}
