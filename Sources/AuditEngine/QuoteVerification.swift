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
    status(source: evidence.source, quote: evidence.quote)
  }

  /// `status(of:)` of an item quoting `quote` from `source`: what reads an item's fields in
  /// place need not copy the whole item to ask.
  public func status(source: String, quote: String) -> Bool? {
    checkedSources.contains(source) ? found[Self.key(source, quote)] ?? false : nil
  }

  mutating func record(_ evidence: Evidence, found isFound: Bool) {
    checkedSources.insert(evidence.source)
    found[Self.key(evidence)] = isFound
  }

  /// How much of the source the copy a quote was checked against holds: nil when no copy was
  /// checked. A quote found in an excerpt is verified against the excerpt, never the whole.
  public func coverage(of evidence: Evidence) -> Source.Archive.Coverage? {
    coverage(ofSource: evidence.source)
  }

  /// `coverage(of:)` of an item citing `source`.
  public func coverage(ofSource source: String) -> Source.Archive.Coverage? {
    guard checkedSources.contains(source) else { return nil }
    return excerptSources.contains(source) ? .excerpt : .whole
  }

  mutating func markChecked(_ source: String, coverage: Source.Archive.Coverage = .whole) {
    checkedSources.insert(source)
    if coverage == .excerpt { excerptSources.insert(source) }
  }

  private static func key(_ evidence: Evidence) -> String { key(evidence.source, evidence.quote) }

  private static func key(_ source: String, _ quote: String) -> String {
    source + "\u{0}" + quote
  }

  /// Text with typographic quotes made straight and every run of white space made one space.
  public static func normalized(_ text: String) -> String {
    String(decoding: normalizedBytes(text), as: UTF8.self)
  }

  /// `normalized(text)` as UTF-8 bytes, built over the bytes straight into an array of the
  /// text's length (the result is never longer: a typographic quote's three bytes become one,
  /// a run of white space one space, anything else itself): an ASCII byte (nearly all of an
  /// archive) is judged by two comparisons, and only other scalars are decoded (100 MB in
  /// about a second, where a `String` built scalar by scalar took ten).
  static func normalizedBytes(_ text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { bytes in
      [UInt8](unsafeUninitializedCapacity: bytes.count) { output, written in
        var count = 0
        var pendingSpace = false
        // Writes `byte`, after the one space standing for the white space before it.
        func put(_ byte: UInt8) {
          if pendingSpace {
            output[count] = 0x20
            count += 1
            pendingSpace = false
          }
          output[count] = byte
          count += 1
        }
        var index = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte < 0x80 {
            index += 1
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
              pendingSpace = count > 0
            } else {
              put(byte)
            }
            continue
          }
          // A String holds valid UTF-8: the lead byte gives the scalar's length.
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          var value = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
          for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
          if let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace {
            pendingSpace = count > 0
          } else {
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: put(0x27)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: put(0x22)
            default: for offset in 0..<length { put(bytes[index + offset]) }
            }
          }
          index += length
        }
        written = count
      }
    }
  }
}
