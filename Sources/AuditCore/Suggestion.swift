/// Finds the nearest known name to a misspelt one, for "did you mean …" hints.
public enum Suggestion {
  /// The candidate closest to `name` by edit distance, if close enough to be a likely typo.
  public static func nearest(to name: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
      let distance = editDistance(target, Array(candidate.lowercased()))
      // One- and two-letter names (grades, codes) only match when they differ in case.
      let longest = max(target.count, candidate.count)
      let allowed = longest <= 2 ? 0 : max(1, min(3, longest / 3))
      if distance <= allowed,
        best == nil || distance < best!.1
          || (distance == best!.1 && candidate < best!.0)
      {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// `; did you mean 'x'?` or the empty string.
  public static func hint(
    for name: String, in candidates: some Sequence<String>, prefix: String = ""
  )
    -> String
  {
    nearest(to: name, in: candidates).map { "; did you mean '\(prefix)\($0)'?" } ?? ""
  }

  /// Levenshtein distance with transpositions counted as one edit.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
