import AuditCore

/// Turns the hits of one episode (or one lone act, or one person) into a finding.
struct FindingBuilder {
  let audit: AuditCase
  let index: CaseIndex
  let specs: [String: RuleSpec]
  let principleRank: [String: Int]
  let verified: QuoteVerification

  func finding(_ origin: Finding.Origin, hits: [RuleHit]) -> Finding {
    let hits = hits.sorted(by: CaseAssessment.hitOrder)
    let (id, title, memberIDs, person) = describe(origin, hits)
    let members: [Action] = memberIDs.compactMap { index.action($0) }.sorted { a, b in
      a.date != b.date ? a.date < b.date : a.id < b.id
    }
    let hitActs = Set(hits.flatMap { $0.actions })
    let own = members.filter { hitActs.contains($0.id) || index.isSubjects($0) }
    let others = members.filter { !hitActs.contains($0.id) && !index.isSubjects($0) }
    let strongest = hits.max { $0.strength < $1.strength }!
    var basis = strongest.strengthBasis
    if hits.contains(where: { $0.strength < strongest.strength }) {
      basis += "; some of the principles engaged rest on weaker evidence, as listed under them"
    }
    let evidence: [RuleHit.CitedEvidence] =
      person != nil
      ? hits.first?.evidence ?? []
      : own.flatMap { verified.cite($0.evidence, action: $0.id, in: index) }
    var finding = Finding(
      id: id, origin: origin, title: title, actions: own.map(\.id),
      otherActions: others.map(\.id), span: span(own), person: person,
      engagements: engagements(hits), hits: hits, severity: hits.map { $0.severity }.max()!,
      strength: strongest.strength, strengthBasis: basis, evidence: evidence,
      toVerify: own.flatMap { PointToVerify.points(for: $0, in: audit, verified: verified) })
    finding.independentSources = StrengthGrader.independentSources(
      of: evidence.map(\.evidence), in: index
    ).map(\.id)
    let episode: String? = if case .episode(let id) = origin { id } else { nil }
    finding.replies = audit.responses.filter {
      $0.answers(actions: memberIDs, episode: episode)
    }
    return finding
  }

  private func describe(_ origin: Finding.Origin, _ hits: [RuleHit])
    -> (id: String, title: String, actions: [String], person: String?)
  {
    switch origin {
    case .episode(let id):
      let episode = index.episode(id)
      return (id, episode?.title ?? id, episode?.actions ?? hits.flatMap { $0.actions }, nil)
    case .action(let id):
      guard let action = index.action(id) else { return (id, id, [id], nil) }
      let type = Vocabulary.phrase(action.type)
      let title =
        type.prefix(1).uppercased() + type.dropFirst() + " by " + index.name(of: action.actor)
      return (id, title, [id], nil)
    case .person(let id):
      let rule = hits.first.flatMap { specs[$0.rule] }
      return (id, index.name(of: id) + ": " + (rule?.title ?? "governance"), [], id)
    }
  }

  /// The principles engaged, in the catalogue's order, each with its rules.
  private func engagements(_ hits: [RuleHit]) -> [Finding.Engagement] {
    var byPrinciple: [String: [RuleHit]] = [:]
    for hit in hits { byPrinciple[hit.principle, default: []].append(hit) }
    return byPrinciple.map { principle, hits in
      Finding.Engagement(
        principle: principle, rules: Array(Set(hits.map { $0.rule })).sorted(),
        severity: hits.map { $0.severity }.max()!, strength: hits.map { $0.strength }.max()!)
    }
    .sorted {
      (principleRank[$0.principle] ?? Int.max, $0.principle)
        < (principleRank[$1.principle] ?? Int.max, $1.principle)
    }
  }

  private func span(_ actions: [Action]) -> DateRange? {
    guard let first = actions.min(by: { $0.date.firstDay < $1.date.firstDay }),
      let last = actions.max(by: { $0.date.lastDay < $1.date.lastDay })
    else { return nil }
    return DateRange(from: first.date.from, to: last.date.to) ?? first.date
  }
}
