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
    String(decoding: normalizedBytes(text), as: UTF8.self)
  }

  /// `normalized(text)` as UTF-8 bytes, built over the bytes: an ASCII byte (nearly all of an
  /// archive) is judged by a table, and only other scalars are decoded (100 MB in about a
  /// second, where a `String` built scalar by scalar took ten).
  static func normalizedBytes(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let scalar: Unicode.Scalar
        if byte < 0x80 {
          scalar = Unicode.Scalar(byte)
          index += 1
        } else {
          var iterator = bytes[index...].makeIterator()
          var parser = Unicode.UTF8.ForwardParser()
          guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else {
            // Not reached: a String holds valid UTF-8.
            index += 1
            continue
          }
          scalar = Unicode.UTF8.decode(encoded)
          index += encoded.count
        }
        let isSpace =
          byte < 0x80
          ? (byte == 0x20 || (0x09...0x0D).contains(byte)) : scalar.properties.isWhitespace
        if isSpace {
          pendingSpace = !result.isEmpty
          continue
        }
        if pendingSpace {
          result.append(0x20)
          pendingSpace = false
        }
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result.append(0x27)
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": result.append(0x22)
        default:
          if byte < 0x80 {
            result.append(byte)
          } else {
            result.append(contentsOf: UTF8.encode(scalar)!)
          }
        }
      }
    }
    return result
  }
}
