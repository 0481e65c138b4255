/// Finds which of many quotes occur in one text, in time linear in the text and in the quotes
/// together (a naive search per quote took the product: a 10,000-character near miss against
/// 1 MB of archive, 228 s).
///
/// Each quote's first `anchorLength` bytes are its anchor: the text's window of that many bytes
/// is hashed as it rolls (a Karp–Rabin hash mod 2^61 − 1) and looked up in a small table of the
/// anchors' hashes, one probe a byte; the quotes shorter than an anchor go into an Aho–Corasick
/// automaton run in the same pass. Where an anchor occurs, each quote still unfound with that
/// anchor is checked by a rolling hash of the text's range against the
/// quote's own (from the prefix hash at the anchor's start, kept from the pass, and the one at
/// the quote's end, computed from prefix hashes sampled every `sampleStride` bytes: at most
/// `sampleStride` steps, whatever the quote's length), and a matching hash is
/// confirmed byte by byte once. A found quote leaves the search. The work is one automaton
/// step per text byte (amortised), a bounded check per anchor occurrence and quote of that
/// anchor, and one comparison per found quote: texts and quotes of any content cost the same
/// per byte — only many unfound quotes sharing their first 32 bytes multiply the checks.
///
/// A match counts only where it is whole characters of the text, as `String.contains` judged:
/// not followed by a combining mark (`e` is not found in `é` written as `e` + U+0301).
struct QuoteSearch {
  /// Bytes of a quote put in the automaton.
  static let anchorLength = 32
  /// Every how many bytes of the text a prefix hash is kept.
  static let sampleStride = 16
  static let modulus: UInt64 = (1 << 61) - 1

  private let text: [UInt8]
  private let base: UInt64
  private let samples: [UInt64]
  /// Steps taken: automaton moves, bytes hashed and bytes compared (for tests of linearity).
  private(set) var steps = 0

  /// Prepares a search over `text` (UTF-8, NFC); `base` seeds the hash (random by default, so
  /// no text can be built to collide).
  init(text: [UInt8], base: UInt64 = UInt64.random(in: 257..<((1 << 61) - 2))) {
    self.text = text
    self.base = base
    var samples: [UInt64] = []
    samples.reserveCapacity(text.count / Self.sampleStride + 2)
    var hash: UInt64 = 0
    for (index, byte) in text.enumerated() {
      if index % Self.sampleStride == 0 { samples.append(hash) }
      hash = Self.add(Self.multiply(hash, base), UInt64(byte) + 1)
    }
    if text.count % Self.sampleStride == 0 { samples.append(hash) }
    self.samples = samples
    steps = text.count
  }

  /// For each quote (UTF-8, NFC), whether it occurs in the text; an empty quote never does.
  mutating func find(_ quotes: [[UInt8]]) -> [Bool] {
    var found = [Bool](repeating: false, count: quotes.count)
    let anchorLength = Self.anchorLength
    var automaton = AnchorAutomaton()
    var hasShort = false
    var maxLength = anchorLength
    for (index, quote) in quotes.enumerated() where !quote.isEmpty && quote.count < anchorLength {
      automaton.insert(quote, quote: Int32(index))
      hasShort = true
    }
    let hashes = quotes.map { quote in
      quote.reduce(UInt64(0)) { Self.add(Self.multiply($0, base), UInt64($1) + 1) }
    }
    var anchors = AnchorTable(capacity: quotes.count)
    for (index, quote) in quotes.enumerated() where quote.count >= anchorLength {
      let anchor = quote.prefix(anchorLength).reduce(UInt64(0)) {
        Self.add(Self.multiply($0, base), UInt64($1) + 1)
      }
      anchors.insert(anchor, quote: Int32(index))
      maxLength = max(maxLength, quote.count)
    }
    var remaining = quotes.lazy.filter { !$0.isEmpty }.count
    guard remaining > 0, !text.isEmpty else { return found }
    automaton.link()
    var powers = [UInt64](repeating: 1, count: maxLength + 1)
    for length in stride(from: 1, through: maxLength, by: 1) {
      powers[length] = Self.multiply(powers[length - 1], base)
    }
    var state: Int32 = 0
    // recent[i % ring] is the prefix hash of the first i bytes, for the last `ring` values of
    // i: every anchor that ends here starts among them.
    // A power of two above the anchor's length, so that the ring is indexed by a mask.
    let ring = 64
    let wrap = ring - 1
    var recent = [UInt64](repeating: 0, count: ring)
    var running: UInt64 = 0
    var moves = 0
    defer { steps += moves }
    // Whether the quote at `start` holds, by hash and then byte by byte; a found one is marked.
    // (`prefix`, the prefix hash up to `start`, is passed in: a captured `recent` would be
    // checked for exclusive access at every byte.)
    func check(_ quote: Int32, at start: Int, anchor: Int, prefix: UInt64) -> Bool {
      steps += 1
      let candidate = quotes[Int(quote)]
      guard start + candidate.count <= text.count,
        candidate.count == anchor
          || rangeHash(start, candidate.count, from: prefix, powers) == hashes[Int(quote)],
        confirm(candidate, at: start)
      else { return false }
      found[Int(quote)] = true
      remaining -= 1
      return true
    }
    for end in 0..<text.count {
      let byte = text[end]
      recent[end & wrap] = running
      running = Self.add(Self.multiply(running, base), UInt64(byte) + 1)
      moves += 1
      // Quotes of an anchor's length or longer: the window of the last `anchorLength` bytes.
      if end + 1 >= anchorLength, !anchors.isEmpty {
        let start = end + 1 - anchorLength
        let before = Self.multiply(recent[start & wrap], powers[anchorLength])
        let window = running >= before ? running - before : running + Self.modulus - before
        if anchors.mayHold(window), let slot = anchors.slot(of: window) {
          let prefix = recent[start & wrap]
          anchors.removeQuotes(at: slot) {
            check($0, at: start, anchor: anchorLength, prefix: prefix)
          }
          if remaining == 0 { break }
        }
      }
      // Shorter quotes: the automaton over them.
      if hasShort {
        state = automaton.step(state, byte, steps: &moves)
        var node = automaton.firstOutput(state)
        while node >= 0 {
          let anchor = automaton.depth(node)
          let prefix = recent[(end + 1 - anchor) & wrap]
          automaton.removeQuotes(at: node) {
            check($0, at: end + 1 - anchor, anchor: anchor, prefix: prefix)
          }
          node = automaton.nextOutput(node)
        }
        if remaining == 0 { break }
      }
    }
    return found
  }

  /// The prefix hash of the text's first `count` bytes.
  private mutating func prefixHash(_ count: Int) -> UInt64 {
    var hash = samples[count / Self.sampleStride]
    var index = count - count % Self.sampleStride
    while index < count {
      hash = Self.add(Self.multiply(hash, base), UInt64(text[index]) + 1)
      index += 1
    }
    steps += count % Self.sampleStride + 1
    return hash
  }

  /// The hash of `count` bytes from `start`, given the prefix hash up to `start`.
  private mutating func rangeHash(
    _ start: Int, _ count: Int, from prefix: UInt64, _ powers: [UInt64]
  ) -> UInt64 {
    let whole = prefixHash(start + count)
    let before = Self.multiply(prefix, powers[count])
    return whole >= before ? whole - before : whole + Self.modulus - before
  }

  /// The bytes match, and the match ends at a character's end in the text.
  private mutating func confirm(_ quote: [UInt8], at start: Int) -> Bool {
    steps += quote.count
    guard text[start..<(start + quote.count)].elementsEqual(quote) else { return false }
    return !Self.continuesCharacter(text, at: start + quote.count)
  }

  /// True when the scalar at `offset` (a scalar's first byte) extends the character before it.
  static func continuesCharacter(_ bytes: [UInt8], at offset: Int) -> Bool {
    guard offset < bytes.count, bytes[offset] >= 0x80 else { return false }
    var iterator = bytes[offset...].makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return false }
    let scalar = Unicode.UTF8.decode(encoded)
    if scalar.properties.isGraphemeExtend || scalar.value == 0x200D { return true }
    return scalar.properties.generalCategory == .spacingMark
      || scalar.properties.isEmojiModifier
  }

  static func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let sum = a + b
    return sum >= modulus ? sum - modulus : sum
  }

  static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    var result = (low & modulus) + ((low >> 61) | (high << 3))
    result = (result & modulus) + (result >> 61)
    return result >= modulus ? result - modulus : result
  }
}
