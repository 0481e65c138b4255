import AuditCore

/// The reasons `ReportDiff` gives: why a finding is new or gone, and each difference of a
/// finding found in both reports, in words ("strength reported → established: source x
/// added", "act y removed").
struct FindingComparison {
  let old: ReportSnapshot
  let new: ReportSnapshot

  typealias Finding = ReportSnapshot.Finding
  typealias Change = ReportDiff.Change

  /// The most characters of a quote a line repeats.
  static let quoteLimit = 80

  // MARK: - New and gone

  /// Why a finding is new: what became of its acts, and what found it.
  func arrival(_ finding: Finding) -> [Change] {
    var lines = finding.actions.map { act in
      Change(subject: .act, text: history(of: act, in: old, then: "was", now: false))
    }
    if let person = finding.person, finding.actions.isEmpty {
      lines.append(Change(subject: .person, text: "person \(person)"))
    }
    lines += finding.engagements.map { engagement in
      Change(
        subject: .principle,
        text: "principle \(engagement.principle) engaged by \(rulesPhrase(engagement.rules)) "
          + "(\(engagement.severity), \(engagement.strength))")
    }
    lines += finding.instruments.map { Change(subject: .instrument, text: "breaches \($0)") }
    return lines
  }

  /// Why a finding is gone: what became of its acts (or its person).
  func departure(_ finding: Finding) -> [Change] {
    var lines = finding.actions.map { act in
      Change(subject: .act, text: history(of: act, in: new, then: "is", now: true))
    }
    if let person = finding.person, finding.actions.isEmpty {
      lines.append(Change(subject: .person, text: "no finding about person \(person) now"))
    }
    if lines.isEmpty { lines.append(Change(subject: .id, text: "not in the newer report")) }
    return lines
  }

  /// What the other report says of `act`: absent from the case, in one of its findings, or in
  /// the case with no finding.
  private func history(of act: String, in other: ReportSnapshot, then verb: String, now: Bool)
    -> String
  {
    if let holder = other.findings.first(where: { $0.actions.contains(act) }) {
      return "act \(act) \(verb) in finding \(holder.number) (\(holder.id))"
        + (now ? " now" : " before")
    }
    guard let acts = other.actions else { return "act \(act)" }
    if !acts.contains(act) {
      return now ? "act \(act) is no longer in the case" : "act \(act) is new in the case"
    }
    return now
      ? "act \(act) is still in the case, and no rule finds it now"
      : "act \(act) was in the case before, and no rule found it"
  }

  // MARK: - Changed

  /// Every difference between two findings with the same id (or fingerprint); empty when they
  /// are the same.
  func differences(_ before: Finding, _ after: Finding) -> [Change] {
    var lines: [Change] = []
    if before.id != after.id {
      lines.append(Change(subject: .id, text: "id \(before.id) → \(after.id) (the same basis)"))
    }
    if before.title != after.title {
      lines.append(
        Change(subject: .title, text: "title “\(before.title)” → “\(after.title)”"))
    }
    if before.severity != after.severity {
      lines.append(
        Change(subject: .severity, text: "severity \(before.severity) → \(after.severity)"))
    }
    var evidence = evidenceChanges(before, after)
    let evidenceChanged = !evidence.isEmpty
    if before.strength != after.strength {
      lines.append(strengthChange(before, after, explainedBy: &evidence))
    }
    lines += principleChanges(before, after)
    lines += listChanges(before.instruments, after.instruments).map { added, instrument in
      Change(
        subject: .instrument,
        text: "instrument \(instrument) " + (added ? "now breached" : "no longer breached"))
    }
    lines += listChanges(before.actions, after.actions).map { added, act in
      Change(subject: .act, text: "act \(act) " + (added ? "added" : "removed"))
    }
    if before.person != after.person {
      lines.append(
        Change(
          subject: .person, text: "person \(before.person ?? "none") → \(after.person ?? "none")"))
    }
    lines += evidence
    let basis: Set<ReportDiff.Subject> = [.act, .person, .rule, .principle, .source, .quote]
    if let was = before.fingerprint, let now = after.fingerprint, was != now, !evidenceChanged,
      !lines.contains(where: { basis.contains($0.subject) })
    {
      lines.append(
        Change(subject: .fingerprint, text: "basis changed: fingerprint \(was) → \(now)"))
    }
    return lines
  }

  /// `strength a → b`, with the evidence lines that explain it taken into it (sources added or
  /// removed, else quotes), else the newer report's own words for the strength.
  private func strengthChange(
    _ before: Finding, _ after: Finding, explainedBy evidence: inout [Change]
  )
    -> Change
  {
    var text = "strength \(before.strength) → \(after.strength)"
    let sources = evidence.filter { $0.subject == .source }
    let reasons = sources.isEmpty ? evidence : sources
    if !reasons.isEmpty {
      text += ": " + reasons.map(\.text).joined(separator: "; ")
      evidence.removeAll { reasons.contains($0) }
    } else if let basis = after.strengthBasis, !basis.isEmpty {
      text += ": " + basis
    }
    return Change(subject: .strength, text: text)
  }

  /// Each principle engaged, dropped, or engaged differently (grades, rules).
  private func principleChanges(_ before: Finding, _ after: Finding) -> [Change] {
    var lines: [Change] = []
    let old = Dictionary(
      before.engagements.map { ($0.principle, $0) }, uniquingKeysWith: { a, _ in a })
    let now = Set(after.engagements.map(\.principle))
    // With one principle on each side, its grades are the finding's, already said.
    let gradesSaid = before.engagements.count == 1 && after.engagements.count == 1
    for engagement in after.engagements {
      let name = engagement.principle
      guard let was = old[name] else {
        lines.append(
          Change(
            subject: .principle,
            text: "principle \(name) now engaged by \(rulesPhrase(engagement.rules)) "
              + "(\(engagement.severity), \(engagement.strength))"))
        continue
      }
      if was.severity != engagement.severity, !gradesSaid {
        lines.append(
          Change(
            subject: .severity,
            text: "principle \(name): severity \(was.severity) → \(engagement.severity)"))
      }
      if was.strength != engagement.strength, !gradesSaid {
        lines.append(
          Change(
            subject: .strength,
            text: "principle \(name): strength \(was.strength) → \(engagement.strength)"))
      }
      lines += listChanges(was.rules, engagement.rules).map { added, rule in
        Change(
          subject: .rule, text: "principle \(name): rule \(rule) " + (added ? "added" : "removed"))
      }
    }
    for engagement in before.engagements where !now.contains(engagement.principle) {
      lines.append(
        Change(subject: .principle, text: "principle \(engagement.principle) no longer engaged"))
    }
    return lines
  }

  /// Sources added or removed, then quotes added to or removed from a source both cite.
  private func evidenceChanges(_ before: Finding, _ after: Finding) -> [Change] {
    let oldSources = Set(before.evidence.map(\.source))
    let newSources = Set(after.evidence.map(\.source))
    var lines = listChanges(
      unique(before.evidence.map(\.source)), unique(after.evidence.map(\.source))
    ).map { added, source in
      Change(subject: .source, text: "source \(source) " + (added ? "added" : "removed"))
    }
    let oldQuotes = Set(before.evidence)
    let newQuotes = Set(after.evidence)
    for item in unique(after.evidence)
    where !oldQuotes.contains(item) && oldSources.contains(item.source) {
      lines.append(
        Change(subject: .quote, text: "quote added to source \(item.source): \(shown(item.quote))"))
    }
    for item in unique(before.evidence)
    where !newQuotes.contains(item) && newSources.contains(item.source) {
      lines.append(
        Change(
          subject: .quote, text: "quote removed from source \(item.source): \(shown(item.quote))"))
    }
    return lines
  }

  // MARK: - Words

  /// Items of `after` not in `before` (true, in `after`'s order), then items of `before` not in
  /// `after` (false, in `before`'s order).
  private func listChanges(_ before: [String], _ after: [String]) -> [(Bool, String)] {
    let was = Set(before)
    let now = Set(after)
    return unique(after).filter { !was.contains($0) }.map { (true, $0) }
      + unique(before).filter { !now.contains($0) }.map { (false, $0) }
  }

  private func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen: Set<T> = []
    return items.filter { seen.insert($0).inserted }
  }

  private func rulesPhrase(_ rules: [String]) -> String {
    (rules.count == 1 ? "rule " : "rules ") + rules.joined(separator: ", ")
  }

  /// A quote in typographic quotes, cut to `quoteLimit` characters.
  private func shown(_ quote: String) -> String {
    let cut =
      quote.count > Self.quoteLimit ? String(quote.prefix(Self.quoteLimit - 1)) + "…" : quote
    return "“\(cut)”"
  }
}
