import Foundation

/// Unicode Normalization Form C with a fast path: text already known to be in NFC (ASCII, and
/// nearly all the text a case or an archived source is written in) is returned as it is,
/// without Foundation's normaliser, which costs about a thousand instructions a byte.
public enum CanonicalForm {
  /// `text` in NFC: "Café" typed precomposed and "Cafe\u{301}" typed decomposed become one
  /// string to `==`, `contains` and `matches` alike.
  public static func nfc(_ text: String) -> String {
    var text = text
    let known = text.withUTF8 { isKnownNFC($0) }
    return known ? text : text.precomposedStringWithCanonicalMapping
  }

  /// The UTF-8 `bytes` decoded (invalid sequences repaired) and in NFC.
  public static func nfc(decoding bytes: UnsafeBufferPointer<UInt8>) -> String {
    let decoded = String(decoding: bytes, as: UTF8.self)
    return isKnownNFC(bytes) ? decoded : decoded.precomposedStringWithCanonicalMapping
  }

  /// True when no byte is past 0x7F, read eight at a time (every scalar is checked).
  public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    var high: UInt64 = 0
    while index + 8 <= bytes.count {
      high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < bytes.count {
      high |= UInt64(bytes[index])
      index += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  /// True when every scalar of the UTF-8 `bytes` is one that NFC leaves as it is wherever it
  /// stands (NFC_Quick_Check=Yes and combining class 0, so no reordering and no composing with
  /// what comes before or after): ASCII; U+0080–U+02FF (Latin-1 and the Latin extensions,
  /// precomposed already); the Cyrillic letters U+0400–U+0482 and U+048A–U+052F (not the
  /// combining marks between them); the Armenian letters and signs U+0531–U+0556 and
  /// U+0559–U+058A; U+2002–U+20CF (general punctuation: curly quotes, dashes, ellipsis; and
  /// currency signs); and the arrows U+2190–U+21FF. False says only "not known": Foundation's
  /// normaliser then decides. A quick check in the sense of UAX #15, narrowed to the ranges
  /// that the texts are written in; `CanonicalFormTests` checks every scalar of these ranges
  /// against Foundation. Invalid UTF-8 is never known.
  public static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if isASCII(bytes) { return true }
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
      } else if lead >= 0xC2, lead < 0xE0, index + 1 < bytes.count,
        bytes[index + 1] & 0xC0 == 0x80
      {
        // Two bytes: U+0080–U+07FF.
        let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
        guard isKnownTwoByte(scalar) else { return false }
        index += 2
      } else if lead == 0xE2, index + 2 < bytes.count, bytes[index + 1] & 0xC0 == 0x80,
        bytes[index + 2] & 0xC0 == 0x80
      {
        // Three bytes from E2: U+2000–U+2FFF.
        let scalar =
          0x2000 | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
        guard (0x2002...0x20CF).contains(scalar) || (0x2190...0x21FF).contains(scalar) else {
          return false
        }
        index += 3
      } else {
        return false
      }
    }
    return true
  }

  /// The two-byte scalars `isKnownNFC` knows.
  private static func isKnownTwoByte(_ scalar: UInt32) -> Bool {
    scalar <= 0x02FF || (0x0400...0x0482).contains(scalar) || (0x048A...0x052F).contains(scalar)
      || (0x0531...0x0556).contains(scalar) || (0x0559...0x058A).contains(scalar)
  }
}
