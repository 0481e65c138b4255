import AuditCore

/// Which evidence quotes were found, word for word, in their source's archived copy.
public struct QuoteVerification: Sendable {
  private var found: [String: Bool] = [:]
  /// Sources whose archived copy was read and matched its hash.
  public private(set) var checkedSources: Set<String> = []
  /// Sources whose archived copy checked is an excerpt, not the whole source.
  public private(set) var excerptSources: Set<String> = []

  /// An empty verification: nothing checked.
  public init() {}

  /// True when found, false when checked and absent, nil when the source has no archive checked.
  public func status(of evidence: Evidence) -> Bool? {
    checkedSources.contains(evidence.source) ? found[Self.key(evidence)] ?? false : nil
  }

  mutating func record(_ evidence: Evidence, found isFound: Bool) {
    checkedSources.insert(evidence.source)
    found[Self.key(evidence)] = isFound
  }

  /// How much of the source the copy a quote was checked against holds: nil when no copy was
  /// checked. A quote found in an excerpt is verified against the excerpt, never the whole.
  public func coverage(of evidence: Evidence) -> Source.Archive.Coverage? {
    guard checkedSources.contains(evidence.source) else { return nil }
    return excerptSources.contains(evidence.source) ? .excerpt : .whole
  }

  mutating func markChecked(_ source: String, coverage: Source.Archive.Coverage = .whole) {
    checkedSources.insert(source)
    if coverage == .excerpt { excerptSources.insert(source) }
  }

  private static func key(_ evidence: Evidence) -> String {
    evidence.source + "\u{0}" + evidence.quote
  }

  /// Text with typographic quotes made straight and every run of white space made one space.
  public static func normalized(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.unicodeScalars.append(" ")
        pendingSpace = false
      }
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}":
        result.unicodeScalars.append("'")
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}":
        result.unicodeScalars.append("\"")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
