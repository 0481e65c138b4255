import AuditCore

/// Which sources count as independent of each other (DESIGN §5): two sources are independent
/// only if neither repeats the other, directly or through others (`derived_from`), they do not
/// both repeat a common source, and they are not the same wire story or press release
/// republished (`story`).
public enum SourceIndependence {
  /// True when the two sources are not independent of each other.
  public static func dependent(_ a: Source, _ b: Source, in index: CaseIndex) -> Bool {
    if a.id == b.id { return true }
    if let story = a.story, story == b.story { return true }
    let aOrigins = origins(a, index)
    if aOrigins.contains(b.id) { return true }
    let bOrigins = origins(b, index)
    return bOrigins.contains(a.id) || !aOrigins.isDisjoint(with: bOrigins)
  }

  /// The sources of `sources` independent of every one kept before them, in order: one for
  /// each body of reporting they stand for.
  public static func independent(_ sources: [Source], in index: CaseIndex) -> [Source] {
    var kept: [Source] = []
    for source in sources where !kept.contains(where: { dependent($0, source, in: index) }) {
      kept.append(source)
    }
    return kept
  }

  /// Every source `source` repeats, directly or through others.
  static func origins(_ source: Source, _ index: CaseIndex) -> Set<String> {
    var seen: Set<String> = []
    var queue = source.derivedFrom
    while let next = queue.popLast() {
      guard seen.insert(next).inserted, let origin = index.source(next) else { continue }
      queue += origin.derivedFrom
    }
    return seen
  }
}
