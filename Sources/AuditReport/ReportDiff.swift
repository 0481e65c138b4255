import AuditCore

/// What changed between two runs of one case: the findings that are new, gone or changed, each
/// with the reasons in words. A pure comparison of two `ReportSnapshot`s, so the same two
/// reports always give the same diff.
///
/// Findings are matched by `id` (the episode, act or person id, stable between runs); one left
/// unmatched on both sides is then matched by its fingerprint (an episode renamed, its basis
/// unchanged). A matched pair is changed when its id, title, grades, principles, instruments,
/// acts, person, evidence or fingerprint differ.
public struct ReportDiff: Sendable {
  /// The older report.
  public var old: ReportSnapshot
  /// The newer report.
  public var new: ReportSnapshot
  /// New and changed findings by their new number, then gone ones by their old number.
  public var entries: [Entry]
  /// The findings that did not change, by new number.
  public var unchanged: [Pair]

  /// One finding that is new, gone or changed.
  public struct Entry: Sendable {
    /// What happened to it.
    public var status: Status
    /// The finding in the older report (nil when new).
    public var before: ReportSnapshot.Finding?
    /// The finding in the newer report (nil when gone).
    public var after: ReportSnapshot.Finding?
    /// The reasons, in order: why it is new or gone, or each difference.
    public var changes: [Change]

    /// The newer finding, else the older: the one to name it by.
    public var finding: ReportSnapshot.Finding { (after ?? before)! }
  }

  /// New, gone or changed.
  public enum Status: String, Sendable, CaseIterable {
    case new, changed, gone
  }

  /// One difference, or one reason, with what it is about.
  public struct Change: Sendable, Equatable {
    /// What the line is about: `act`, `strength`, `source` …
    public var subject: Subject
    /// The line in words: "act pres-again added".
    public var text: String
  }

  /// What a change is about, for machines (`audit-diff/1`'s `changes[].subject`).
  public enum Subject: String, Sendable, CaseIterable {
    case id, title, severity, strength, principle, instrument, act, person, source, quote
    case fingerprint, rule
  }

  /// A finding unchanged between the reports.
  public struct Pair: Sendable {
    /// Its number in the older report.
    public var oldNumber: Int
    /// Its number in the newer report.
    public var number: Int
    /// Its id.
    public var id: String
  }

  /// How many of each status, and unchanged.
  public func count(_ status: Status) -> Int { entries.filter { $0.status == status }.count }

  /// The new findings at or above `severity` (an unknown severity counts as above all).
  public func newFindings(atOrAbove severity: Severity) -> [ReportSnapshot.Finding] {
    entries.compactMap { entry in
      guard entry.status == .new, let finding = entry.after else { return nil }
      guard let level = Severity(rawValue: finding.severity) else { return finding }
      return level >= severity ? finding : nil
    }
  }

  /// Compares `old` with `new`.
  public init(old: ReportSnapshot, new: ReportSnapshot) {
    self.old = old
    self.new = new
    var pairs: [(ReportSnapshot.Finding?, ReportSnapshot.Finding?)] = []
    var oldByID: [String: ReportSnapshot.Finding] = [:]
    for finding in old.findings where oldByID[finding.id] == nil { oldByID[finding.id] = finding }
    var matched: Set<String> = []
    var newLeft: [ReportSnapshot.Finding] = []
    for finding in new.findings {
      if let before = oldByID[finding.id], matched.insert(finding.id).inserted {
        pairs.append((before, finding))
      } else {
        newLeft.append(finding)
      }
    }
    var oldLeft = old.findings.filter { !matched.contains($0.id) }
    for finding in newLeft {
      if let print = finding.fingerprint,
        let index = oldLeft.firstIndex(where: { $0.fingerprint == print })
      {
        pairs.append((oldLeft.remove(at: index), finding))
      } else {
        pairs.append((nil, finding))
      }
    }
    pairs += oldLeft.map { ($0, nil) }
    var entries: [Entry] = []
    var unchanged: [Pair] = []
    let why = FindingComparison(old: old, new: new)
    for (before, after) in pairs {
      switch (before, after) {
      case (let before?, let after?):
        let changes = why.differences(before, after)
        if changes.isEmpty {
          unchanged.append(Pair(oldNumber: before.number, number: after.number, id: after.id))
        } else {
          entries.append(Entry(status: .changed, before: before, after: after, changes: changes))
        }
      case (nil, let after?):
        entries.append(Entry(status: .new, before: nil, after: after, changes: why.arrival(after)))
      case (let before?, nil):
        entries.append(
          Entry(status: .gone, before: before, after: nil, changes: why.departure(before)))
      case (nil, nil): break
      }
    }
    self.entries = entries.sorted(by: Self.order)
    self.unchanged = unchanged.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
  }

  /// New and changed by new number, then gone by old number; ids break ties.
  private static func order(_ a: Entry, _ b: Entry) -> Bool {
    let rank = { (entry: Entry) in entry.status == .gone ? 1 : 0 }
    if rank(a) != rank(b) { return rank(a) < rank(b) }
    let number = { (entry: Entry) in entry.after?.number ?? entry.before?.number ?? 0 }
    if number(a) != number(b) { return number(a) < number(b) }
    return a.finding.id < b.finding.id
  }
}
