/// Finds the nearest known name to a misspelt one, for "did you mean …" hints.
///
/// Bounded work: only names up to `longestName` characters get a suggestion (a typo is in a
/// name someone typed, not in a 1 MB scalar), candidates are looked up by length in an
/// `Index` built once, and the edit distance stops as soon as it exceeds what could be kept.
public enum Suggestion {
  /// The longest name, in characters, that gets a suggestion.
  public static let longestName = 64

  /// Known names grouped by length, so a misspelt name is compared only with names whose
  /// length is within the edits allowed.
  public struct Index: Sendable {
    /// The names of one length, column by column, so the cheap test reads one array.
    private struct Bucket: Sendable {
      var names: [String] = []
      var folded: [[Character]] = []
      var letters: [UInt64] = []
    }
    private var byLength: [Int: Bucket] = [:]

    /// Indexes `candidates`; those longer than `longestName` are left out.
    public init(_ candidates: some Sequence<String>) {
      for candidate in candidates where candidate.utf8.count <= 4 * longestName {
        let folded = Array(candidate.lowercased())
        guard folded.count <= longestName else { continue }
        byLength[folded.count, default: Bucket()].names.append(candidate)
        byLength[folded.count]!.folded.append(folded)
        byLength[folded.count]!.letters.append(Self.letters(folded))
      }
    }

    /// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
    ///
    /// Searched one distance at a time (0, then 1, …): most typos are one edit away, and at
    /// a small distance the letter sets rule out nearly every candidate without computing it.
    public func nearest(to name: String) -> String? {
      var comparisons = 0
      return nearest(to: name, comparisons: &comparisons)
    }

    /// `nearest(to:)`, adding to `comparisons` one per edit distance computed: the costly
    /// step, which a test counts to show the index spares it for nearly every candidate.
    func nearest(to name: String, comparisons: inout Int) -> String? {
      guard name.utf8.count <= 4 * longestName else { return nil }
      let target = Array(name.lowercased())
      guard target.count <= longestName else { return nil }
      let targetLetters = Self.letters(target)
      for limit in 0...3 {
        var best: String?
        for length in max(0, target.count - limit)...(target.count + limit) {
          guard let bucket = byLength[length] else { continue }
          // One- and two-letter names (grades, codes) only match when they differ in case.
          let longest = max(target.count, length)
          let allowed = longest <= 2 ? 0 : max(1, min(3, longest / 3))
          guard limit <= allowed else { continue }
          // An edit changes at most two letters of the set, so differing sets bound the
          // distance from below without computing it.
          for (offset, letters) in bucket.letters.enumerated()
          where (targetLetters ^ letters).nonzeroBitCount <= 2 * limit {
            let candidate = bucket.names[offset]
            guard best.map({ candidate < $0 }) ?? true else { continue }
            comparisons += 1
            guard Suggestion.editDistance(target, bucket.folded[offset], atMost: limit) != nil
            else { continue }
            best = candidate
          }
        }
        if let best { return best }
      }
      return nil
    }

    /// The set of characters in `text`, each hashed to one of 64 bits.
    private static func letters(_ text: [Character]) -> UInt64 {
      text.reduce(0) { set, character in
        // Fibonacci hashing: neighbouring characters (digits, letters) land far apart.
        set | 1 << ((UInt64(character.unicodeScalars.first!.value) &* 0x9E37_79B9_7F4A_7C15) >> 58)
      }
    }
  }

  /// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
  public static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
    guard name.utf8.count <= 4 * longestName else { return nil }
    return Index(candidates).nearest(to: name)
  }

  /// `; did you mean 'x'?` or the empty string.
  public static func hint(
    for name: String, in candidates: some Sequence<String>, prefix: String = ""
  )
    -> String
  {
    guard name.utf8.count <= 4 * longestName else { return "" }
    return hint(for: name, in: Index(candidates), prefix: prefix)
  }

  /// `; did you mean 'x'?` or the empty string, looked up in an index built once.
  public static func hint(for name: String, in index: Index, prefix: String = "") -> String {
    index.nearest(to: name).map { "; did you mean '\(prefix)\($0)'?" } ?? ""
  }

  /// Levenshtein distance with transpositions counted as one edit, or nil once it exceeds
  /// `limit` (every entry of a row past the limit: no later row can come back under it).
  static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    let width = b.count + 1
    var previous2 = [Int](repeating: 0, count: width)
    var previous = [Int](repeating: 0, count: width)
    for j in 0..<width { previous[j] = j }
    var current = [Int](repeating: 0, count: width)
    var previousSmallest = 0
    for i in 1...a.count {
      current[0] = i
      var smallest = i
      for j in 1..<width {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        smallest = min(smallest, value)
      }
      // A transposition reaches back two rows, so stop only when both rows are past the limit.
      if smallest > limit, previousSmallest > limit { return nil }
      previousSmallest = smallest
      swap(&previous2, &previous)
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}
