extension Value {
  /// True when `part`'s Unicode scalars stand, in order and together, in `text`'s.
  ///
  /// The one notion of string equality: `==` compares scalars, so `contains` looks for
  /// scalars too (not grapheme clusters), and `matches` runs on the same scalars. Cases and
  /// rules are normalised to NFC when read, so canonically equal text has equal scalars.
  /// Equal scalars are equal UTF-8 bytes, and a valid UTF-8 needle found in valid UTF-8
  /// always starts and ends on scalar boundaries, so the search runs on bytes.
  static func text(_ text: String, contains part: String) -> Bool {
    part.isEmpty || text.utf8.firstRange(of: part.utf8) != nil
  }
}
