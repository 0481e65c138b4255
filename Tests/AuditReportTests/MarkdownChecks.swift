import Foundation

/// Structural checks over rendered Markdown, as GitHub would read it.
enum MarkdownChecks {
  /// Each GFM table: its consecutive lines starting with `|`.
  static func tables(_ markdown: String) -> [[String]] {
    var tables: [[String]] = []
    var current: [String] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("|") {
        current.append(String(line))
      } else if !current.isEmpty {
        tables.append(current)
        current = []
      }
    }
    if !current.isEmpty { tables.append(current) }
    return tables
  }

  /// The number of cells in a table row: pipes not escaped by a backslash, minus one.
  static func cellCount(_ row: String) -> Int {
    var pipes = 0
    var backslashes = 0
    for character in row {
      if character == "|" && backslashes % 2 == 0 { pipes += 1 }
      backslashes = character == "\\" ? backslashes + 1 : 0
    }
    return pipes - 1
  }

  /// Labels of footnote references (`[^label]` not escaped and not a definition), with repeats.
  static func footnoteReferences(_ markdown: String) -> [String] {
    var labels: [String] = []
    for line in markdown.split(separator: "\n") {
      let text = String(line)
      let body = definitionLabel(text) != nil ? String(text.drop { $0 != ":" }) : text
      labels += matches(#"(?<!\\)\[\^([^\]\s]+)\]"#, in: body)
    }
    return labels
  }

  /// Labels of footnote definitions (`[^label]:` at the start of a line), with repeats.
  static func footnoteDefinitions(_ markdown: String) -> [String] {
    markdown.split(separator: "\n").compactMap { definitionLabel(String($0)) }
  }

  private static func definitionLabel(_ line: String) -> String? {
    matches(#"^\[\^([^\]\s]+)\]:"#, in: line).first
  }

  /// Lines that a Markdown reader would take as a heading, inside block quotes and lists too.
  static func headings(_ markdown: String) -> [String] {
    markdown.split(separator: "\n").compactMap { line in
      var text = Substring(line)
      while let first = text.first,
        first == ">" || first == " " || first == "-" && text.dropFirst().first == " "
      {
        text = text.dropFirst()
      }
      return text.range(of: #"^#{1,6}( |$)"#, options: .regularExpression) != nil
        ? String(text) : nil
    }
  }

  /// The first capture group of every match of `pattern`.
  static func matches(_ pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  /// The Markdown without its backslash escapes: each escaped character and its backslash
  /// dropped, so that what is left is what could still be markup.
  static func unescaped(_ markdown: String) -> String {
    var result = ""
    var escaping = false
    for character in markdown {
      if escaping {
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The Markdown without its autolinks to http(s) URLs (`<https://…>`).
  static func withoutAutolinks(_ markdown: String) -> String {
    markdown.replacingOccurrences(
      of: #"<https?://[^<>\s]*>"#, with: "", options: [.regularExpression, .caseInsensitive])
  }

  /// The Markdown without its code spans and fenced code blocks (whose text is literal).
  static func outsideCode(_ markdown: String) -> String {
    var lines: [String] = []
    var fence: String?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = String(line)
      if let open = fence {
        if text.hasPrefix(open) && text.allSatisfy({ $0 == "`" }) { fence = nil }
        continue
      }
      if text.hasPrefix("```") {
        fence = String(text.prefix { $0 == "`" })
        continue
      }
      lines.append(removingCodeSpans(text))
    }
    return lines.joined(separator: "\n")
  }

  /// `line` without its code spans: a run of N backticks up to the next run of exactly N.
  private static func removingCodeSpans(_ line: String) -> String {
    let characters = Array(line)
    var result = ""
    var index = 0
    while index < characters.count {
      if characters[index] == "\\" && index + 1 < characters.count {
        result.append(characters[index])
        result.append(characters[index + 1])
        index += 2
        continue
      }
      guard characters[index] == "`" else {
        result.append(characters[index])
        index += 1
        continue
      }
      var run = 0
      while index + run < characters.count && characters[index + run] == "`" { run += 1 }
      var search = index + run
      var close: Int?
      while search < characters.count {
        if characters[search] == "`" {
          var length = 0
          while search + length < characters.count && characters[search + length] == "`" {
            length += 1
          }
          if length == run {
            close = search
            break
          }
          search += length
        } else {
          search += 1
        }
      }
      if let close {
        result += "(code)"
        index = close + run
      } else {
        result += String(repeating: "`", count: run)
        index += run
      }
    }
    return result
  }

}
