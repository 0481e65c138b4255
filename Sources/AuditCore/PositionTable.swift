/// The positions of a list's entries by id: an open-addressed table of positions, at most half
/// full, that finds an id by comparing it with the ids of the list itself.
///
/// Four bytes a slot (two slots an entry, or fewer) where a `[String: Int]` of a million acts
/// holds a copy of each id and its position in two million 24-byte slots: about 100 MB of a
/// large case's peak memory for its acts and people. The first entry with an id wins.
package struct PositionTable: Sendable {
  /// A position in the list, or -1 for an empty slot.
  private var slots: [Int32]

  /// Indexes `items` by `id`.
  package init<Item>(_ items: [Item], id: (borrowing Item) -> String) {
    // Positions are 32-bit: a list of over two billion entries is far past any file's limit.
    precondition(items.count < Int(Int32.max), "too many entries to index")
    var size = 16
    while size < items.count * 2 { size <<= 1 }
    var slots = [Int32](repeating: -1, count: size)
    let mask = size - 1
    items.withUnsafeBufferPointer { items in
      slots.withUnsafeMutableBufferPointer { slots in
        for position in items.indices {
          let key = id(items[position])
          var slot = key.hashValue & mask
          while slots[slot] >= 0, id(items[Int(slots[slot])]) != key {
            slot = (slot + 1) & mask
          }
          if slots[slot] < 0 { slots[slot] = Int32(position) }
        }
      }
    }
    self.slots = slots
  }

  /// The position in `items` (the list indexed) of the first entry with id `key`.
  package func position<Item>(of key: String, in items: [Item], id: (borrowing Item) -> String) -> Int? {
    let mask = slots.count - 1
    return items.withUnsafeBufferPointer { items in
      slots.withUnsafeBufferPointer { slots in
        var slot = key.hashValue & mask
        while slots[slot] >= 0 {
          let position = Int(slots[slot])
          if id(items[position]) == key { return position }
          slot = (slot + 1) & mask
        }
        return nil
      }
    }
  }
}
