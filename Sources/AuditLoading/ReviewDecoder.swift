import AuditCore

/// Decodes a review record's mappings and checks them against the case.
struct ReviewDecoder {
  let decoder: NodeDecoder
  let audit: AuditCase
  let today: PartialDate
  let path: String

  /// The record, or nil when its header cannot be read (its problems are in the bag).
  func record(_ root: YAMLNode) -> ReviewRecord? {
    guard let fields = decoder.mapping(root, .reviewFile) else { return nil }
    let caseID = fields.id("case")
    if let caseID, caseID != audit.id, let node = fields["case"] {
      decoder.report(LoadErrors.reviewOfOtherCase(caseID, case: audit.id, at: node.location))
    }
    let status = fields.required("status").flatMap {
      decoder.choice($0, "status", as: ReviewRecord.Status.self)
    }
    let statusDate = day(fields, "status_date")
    let decisions = self.decisions(fields.list("findings"))
    let judgements = self.judgements(fields.list("judgements"))
    guard let caseID, let status else { return nil }
    return ReviewRecord(
      caseID: caseID, status: status, statusDate: statusDate, decisions: decisions,
      judgements: judgements, path: path)
  }

  /// A date that must be a day, not after today.
  private func day(_ fields: Fields, _ key: String) -> PartialDate? {
    guard let node = fields[key], let date = fields.date(key) else { return nil }
    guard date.isExact else {
      decoder.report(LoadErrors.notADay(date.description, at: node.location))
      return nil
    }
    if date > today {
      decoder.report(LoadErrors.futureDate(date.description, today: today, at: node.location))
    }
    return date
  }

  private func decisions(_ items: [YAMLNode]) -> [ReviewDecision] {
    // The ids a finding can have: an episode's, a lone act's, a person's. Any id of the case
    // is accepted (a decision on an act later put in an episode is reported, not refused).
    let episodes = Set(audit.episodes.map(\.id))
    let inEpisodes = Set(audit.episodes.flatMap(\.actions))
    let candidates =
      audit.episodes.map(\.id) + audit.actions.map(\.id).filter { !inEpisodes.contains($0) }
      + audit.people.map(\.id)
    let known = episodes.union(audit.actions.map(\.id)).union(audit.people.map(\.id))
    var seen: [String: SourceLocation] = [:]
    return items.compactMap { item in
      guard let f = decoder.mapping(item, .reviewFinding) else { return nil }
      let id = f.id("finding")
      if let id, let node = f["finding"] {
        if !known.contains(id) {
          decoder.report(
            LoadErrors.unknownFinding(
              id, case: audit.id, hint: decoder.hint(for: id, in: candidates), at: node.location))
        } else if let first = seen[id] {
          decoder.report(LoadErrors.decidedTwice(id, first: first, at: node.location))
        } else {
          seen[id] = node.location
        }
      }
      let fingerprint = self.fingerprint(f)
      let verdict = f.required("decision").flatMap {
        decoder.choice($0, "decision", as: ReviewDecision.Verdict.self)
      }
      let reason = f.string("reason").flatMap { Fields.isBlank($0) ? nil : $0 }
      let decidedBy = f.string("decided_by").flatMap { Fields.isBlank($0) ? nil : $0 }
      let date = day(f, "date")
      if let verdict { check(verdict, f, reason: reason, decidedBy: decidedBy, at: item.location) }
      guard let id, let fingerprint, let verdict else { return nil }
      return ReviewDecision(
        finding: id, fingerprint: fingerprint, verdict: verdict, reason: reason,
        decidedBy: decidedBy, date: date, location: item.location)
    }
  }

  /// What a decision needs: a reason to dismiss or refer; who and when unless open, and
  /// neither when open.
  private func check(
    _ verdict: ReviewDecision.Verdict, _ f: Fields, reason: String?, decidedBy: String?,
    at location: SourceLocation
  ) {
    let at = { (key: String) in f.entry(key)?.key.location ?? f["decision"]?.location ?? location }
    if verdict == .open {
      for key in ["decided_by", "date"] where f[key] != nil {
        decoder.report(LoadErrors.openWithDecision(key, at: at(key)))
      }
      return
    }
    if reason == nil, verdict == .dismissed || verdict == .referred {
      decoder.report(LoadErrors.decisionNeedsReason(verdict, at: at("reason")))
    }
    if decidedBy == nil {
      decoder.report(LoadErrors.decisionNeeds("decided_by", verdict, at: at("decided_by")))
    }
    if f["date"] == nil {
      decoder.report(LoadErrors.decisionNeeds("date", verdict, at: at("date")))
    }
  }

  private func fingerprint(_ f: Fields) -> String? {
    guard let node = f.required("fingerprint"), let text = decoder.string(node, "'fingerprint'")
    else { return nil }
    guard text.utf8.count == 16,
      text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else {
      decoder.report(LoadErrors.badFingerprint(text, at: node.location))
      return nil
    }
    return text
  }

  private func judgements(_ items: [YAMLNode]) -> [ReviewJudgement] {
    let actions = Set(audit.actions.map(\.id))
    var seen: [String: SourceLocation] = [:]
    return items.compactMap { item in
      guard let f = decoder.mapping(item, .reviewJudgement) else { return nil }
      var action: String?
      if let node = f.value("action"), let id = decoder.id(node, "'action'") {
        if actions.contains(id) {
          action = id
        } else {
          decoder.report(
            LoadErrors.unresolved(
              id, kind: "action", hint: decoder.hint(for: id, in: Array(actions)),
              at: node.location))
        }
      }
      let tag = f.term("tag", .tags)
      let kind = f.required("judgement").flatMap {
        decoder.choice($0, "judgement", as: ReviewJudgement.Kind.self)
      }
      let reason = f.string("reason")
      guard let action, let tag, let kind, let reason else { return nil }
      let key = action + "\u{1F}" + tag
      if let first = seen[key] {
        decoder.report(LoadErrors.judgedTwice(tag, action: action, first: first, at: item.location))
      } else {
        seen[key] = item.location
      }
      return ReviewJudgement(
        action: action, tag: tag, judgement: kind, reason: reason, location: item.location)
    }
  }
}
