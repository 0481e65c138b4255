/// A set of ids kept as their UTF-8 bytes one after another in one buffer, found through an
/// open-addressed table of where each starts, at most half full.
///
/// The loader declares an id for every act and person it reads, and a large case holds them
/// all until it is validated: a `Set<String>` of a million ids is two million 16-byte slots
/// (32 MB); this is their bytes (8 for an id of 7 characters) and two million 4-byte slots.
/// Ids are compared by their bytes: the loader gives every text in NFC, so two ids that are
/// equal as `String`s are equal here.
struct IDSet {
  /// Each id as its length (LEB128) followed by its UTF-8 bytes.
  private var bytes: [UInt8] = []
  /// 0 for an empty slot, else one past the offset in `bytes` where an id starts.
  private var slots: [UInt32] = []
  /// The ids that would start past `byteLimit` (never, within a case file's bound of 4 GiB).
  private var overflow: Set<String> = []
  /// The most `bytes` may hold, so that every offset fits a slot.
  private let byteLimit: Int
  /// How many distinct ids the set holds.
  private(set) var count = 0

  /// An empty set; `byteLimit` is lowered only by a test of the overflow.
  init(byteLimit: Int = Int(UInt32.max) - 1) { self.byteLimit = byteLimit }

  /// Adds `id`; false when it was there already.
  @discardableResult
  mutating func insert(_ id: String) -> Bool {
    var id = id
    return id.withUTF8 { key in
      if slots.isEmpty { slots = [UInt32](repeating: 0, count: 16) }
      let (slot, found) = find(key)
      if found { return false }
      // A length takes at most 5 bytes: every offset stays below `UInt32.max`.
      guard bytes.count + key.count + 5 <= byteLimit else {
        let inserted = overflow.insert(String(decoding: key, as: UTF8.self)).inserted
        if inserted { count += 1 }
        return inserted
      }
      slots[slot] = UInt32(bytes.count + 1)
      append(key)
      count += 1
      if (count - overflow.count) * 2 > slots.count { grow() }
      return true
    }
  }

  /// True when `id` was inserted.
  func contains(_ id: String) -> Bool {
    guard count > 0 else { return false }
    var id = id
    return id.withUTF8 { key in
      find(key).found
        || (!overflow.isEmpty && overflow.contains(String(decoding: key, as: UTF8.self)))
    }
  }

  /// Every id, for the hints of an error.
  var all: Set<String> {
    var ids = overflow
    var offset = 0
    bytes.withUnsafeBufferPointer { bytes in
      while offset < bytes.count {
        let (start, length) = Self.entry(in: bytes, at: offset)
        ids.insert(String(decoding: bytes[start..<(start + length)], as: UTF8.self))
        offset = start + length
      }
    }
    return ids
  }

  /// The slot holding `key` (`found`), or else the free slot where it would go.
  private func find(_ key: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Bool) {
    let mask = slots.count - 1
    var slot = Self.hash(key) & mask
    return bytes.withUnsafeBufferPointer { bytes in
      slots.withUnsafeBufferPointer { slots in
        while slots[slot] != 0 {
          let (start, length) = Self.entry(in: bytes, at: Int(slots[slot]) - 1)
          if length == key.count, Self.equal(bytes, from: start, key) { return (slot, true) }
          slot = (slot + 1) & mask
        }
        return (slot, false)
      }
    }
  }

  /// Twice the slots, every id placed again.
  private mutating func grow() {
    var grown = [UInt32](repeating: 0, count: slots.count * 2)
    let mask = grown.count - 1
    bytes.withUnsafeBufferPointer { bytes in
      grown.withUnsafeMutableBufferPointer { grown in
        var offset = 0
        while offset < bytes.count {
          let (start, length) = Self.entry(in: bytes, at: offset)
          var slot =
            Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)])) & mask
          while grown[slot] != 0 { slot = (slot + 1) & mask }
          grown[slot] = UInt32(offset + 1)
          offset = start + length
        }
      }
    }
    slots = grown
  }

  private mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
    var length = key.count
    repeat {
      let low = UInt8(length & 0x7F)
      length >>= 7
      bytes.append(length == 0 ? low : low | 0x80)
    } while length > 0
    bytes.append(contentsOf: key)
  }

  /// Where the bytes of the id at `offset` start, and how many there are.
  private static func entry(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> (start: Int, length: Int)
  {
    var index = offset
    var length = 0
    var shift = 0
    while true {
      let byte = bytes[index]
      index += 1
      length |= Int(byte & 0x7F) << shift
      if byte & 0x80 == 0 { return (index, length) }
      shift += 7
    }
  }

  private static func equal(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    for index in key.indices where bytes[start + index] != key[index] { return false }
    return true
  }

  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var hasher = Hasher()
    hasher.combine(bytes: UnsafeRawBufferPointer(key))
    return hasher.finalize()
  }
}
