/// The anchors' hashes of `QuoteSearch`, in an open-addressing table small enough to stay in
/// the processor's cache (a probe a byte of text), each with the quotes still unfound that
/// start with that anchor.
struct AnchorTable {
  private var keys: [UInt64]
  private var quotes: [[Int32]]
  private let mask: Int
  /// One bit per 2^18 values of a key's other bits: a key whose bit is clear is not in the
  /// table, known from 32 KB that stay in the fastest cache (most windows of a text are not
  /// anchors, and a probe of the table itself would miss the cache).
  private var filter = [UInt64](repeating: 0, count: 1 << 12)
  /// True when no anchor was inserted.
  private(set) var isEmpty = true

  /// A table for up to `capacity` anchors, at most a quarter full.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 4 { size *= 2 }
    keys = [UInt64](repeating: .max, count: size)
    quotes = [[Int32]](repeating: [], count: size)
    mask = size - 1
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// Adds `quote` under `key` (a hash below 2^61, so never `.max`, the empty mark).
  mutating func insert(_ key: UInt64, quote: Int32) {
    var slot = home(key)
    while keys[slot] != .max, keys[slot] != key { slot = (slot + 1) & mask }
    keys[slot] = key
    quotes[slot].append(quote)
    let bit = Self.filterBit(key)
    filter[bit >> 6] |= 1 << UInt64(bit & 63)
    isEmpty = false
  }

  @inline(__always)
  private static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 46)
  }

  /// False when `key` is surely not in the table.
  @inline(__always)
  func mayHold(_ key: UInt64) -> Bool {
    let bit = Self.filterBit(key)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The slot of `key`, or nil when no anchor has that hash.
  @inline(__always)
  func slot(of key: UInt64) -> Int? {
    var slot = home(key)
    while true {
      let found = keys[slot]
      if found == key { return slot }
      if found == .max { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// Offers each quote of `slot` to `isFound`; those found leave the table.
  mutating func removeQuotes(at slot: Int, where isFound: (Int32) -> Bool) {
    guard !quotes[slot].isEmpty else { return }
    quotes[slot].removeAll(where: isFound)
  }
}
