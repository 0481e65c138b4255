/// Text shown to a reader (a terminal, a diagnostic, a report) with every character that
/// would hide itself or act on the display written out as `⟨U+XXXX⟩`.
///
/// The one definition of "hidden": C0 and C1 controls and DEL (escape sequences, a new line
/// that forges a second diagnostic), the bidirectional formatting characters (text that reads
/// in another order than it is stored), and zero-width and tag characters (text that differs
/// from what it shows: `admin` and `ad\u{200B}min`).
public enum VisibleText {
  /// `text` with every hidden character except those in `kept` written as `⟨U+XXXX⟩`.
  public static func escaped(_ text: some StringProtocol, keeping kept: Set<Unicode.Scalar> = [])
    -> String
  {
    guard text.unicodeScalars.contains(where: { isHidden($0) && !kept.contains($0) }) else {
      return String(text)
    }
    var result = ""
    for scalar in text.unicodeScalars {
      if isHidden(scalar) && !kept.contains(scalar) {
        result += notation(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `⟨U+001B⟩`: how a hidden character is shown.
  public static func notation(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
  }

  /// True for characters that would be invisible or would act on the display.
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    case 0x200B...0x200D, 0x2060, 0xFEFF, 0xE0000...0xE007F: true
    default: false
    }
  }
}
