/// Where each declared key of a mapping stands in its declaration, found by a hash of the
/// key's length and end bytes: every key of every mapping of a case is looked up here, and a
/// `Dictionary` of strings spent most of that time seeding and finalising its hasher.
struct KeyPositions: Sendable {
  /// Open addressing: the key in each slot ("" for none) and its position.
  private let names: [String]
  private let positions: [Int]
  private let mask: Int

  /// The table of `keys`, each at its index; a key given twice keeps its first position.
  init(_ keys: [String]) {
    var size = 8
    while size < keys.count * 2 { size *= 2 }
    var names = [String](repeating: "", count: size)
    var positions = [Int](repeating: -1, count: size)
    for (position, key) in keys.enumerated() where !key.isEmpty {
      var slot = Self.hash(key) & (size - 1)
      while !names[slot].isEmpty && names[slot] != key { slot = (slot + 1) & (size - 1) }
      if names[slot].isEmpty {
        names[slot] = key
        positions[slot] = position
      }
    }
    self.names = names
    self.positions = positions
    self.mask = size - 1
  }

  /// The position of `name`, or nil when it is not declared.
  func position(of name: String) -> Int? {
    var slot = Self.hash(name) & mask
    while true {
      let candidate = names[slot]
      if candidate.isEmpty { return nil }
      if candidate == name { return positions[slot] }
      slot = (slot + 1) & mask
    }
  }

  /// The length and the first and last bytes, mixed: O(1) for any string, and enough to
  /// tell apart the few keys of one mapping (a collision costs one more comparison).
  private static func hash(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      guard let first = bytes.first, let last = bytes.last else { return 0 }
      let mixed =
        UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(first) &* 0xC2B2_AE3D_27D4_EB4F
        ^ UInt64(last) &* 0x1656_67B1_9E37_79F9
      return Int(truncatingIfNeeded: mixed ^ (mixed >> 32))
    }
  }
}
