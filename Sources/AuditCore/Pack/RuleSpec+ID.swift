extension RuleSpec {
  /// True for a valid rule id: an ASCII letter, then ASCII letters, digits, `_`, `.` or `-`
  /// (`NEU-001`).
  public static func isValidID(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next(), isLetter(first) else { return false }
    while let byte = bytes.next() {
      guard
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x5F || byte == 0x2E
          || byte == 0x2D
      else { return false }
    }
    return true
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }
}
