/// The two spellings of ids in the formats, checked byte by byte (every id of a large case
/// passes here): a case's ids of entries (`arcs-statement-2023-08-22`) and rule ids (`NEU-001`).
public enum IDSyntax {
  /// An entry's id: a lowercase ASCII letter or a digit, then those, `.`, `_` or `-`.
  public static func isEntryID(_ text: String) -> Bool {
    matches(text, first: { isLowercase($0) || isDigit($0) }) {
      isLowercase($0) || isDigit($0) || isMark($0)
    }
  }

  /// A rule id: an ASCII letter, then ASCII letters, digits, `.`, `_` or `-`.
  public static func isRuleID(_ text: String) -> Bool {
    matches(text, first: isLetter) { isLetter($0) || isDigit($0) || isMark($0) }
  }

  private static func matches(
    _ text: String, first: (UInt8) -> Bool, rest: (UInt8) -> Bool
  ) -> Bool {
    var bytes = text.utf8.makeIterator()
    guard let head = bytes.next(), first(head) else { return false }
    while let byte = bytes.next() {
      guard rest(byte) else { return false }
    }
    return true
  }

  private static func isLowercase(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
  private static func isLetter(_ byte: UInt8) -> Bool {
    isLowercase(byte) || (0x41...0x5A).contains(byte)
  }
  private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
  /// `.`, `_` or `-`.
  private static func isMark(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x5F || byte == 0x2D }
}
