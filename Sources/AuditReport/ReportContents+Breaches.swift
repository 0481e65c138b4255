import AuditCore
import AuditEngine

/// What a finding's rules breach and why a hit's severity or background is what it is, as
/// plain words: every format lays them out the same, escaping them as any case text.
extension ReportContents {
  /// The provisions `rule`'s hits in `finding` breach that were in force on the acts' dates,
  /// each named by its title and when it took effect, in the rule's order.
  func breachesInForce(_ rule: String, in finding: Finding) -> [String] {
    var applied: [String] = []
    for hit in finding.hits where hit.rule == rule {
      for id in hit.breaches where hit.inForce.contains(id) && !applied.contains(id) {
        applied.append(id)
      }
    }
    return applied.map { id in
      guard let reference = context.catalogue.reference(id) else { return id }
      guard let from = reference.inForce?.from else { return reference.title }
      return reference.title + " (in force since " + DateWording.name(from) + ")"
    }
  }

  /// The circumstance that set the severity of `rule`'s hits in `finding`, if one did.
  func severityReason(_ rule: String, in finding: Finding) -> (Severity, String)? {
    for hit in finding.hits where hit.rule == rule {
      if let because = hit.severityBecause { return (hit.severity, because) }
    }
    return nil
  }

  /// For a text that was replaced, when, as a short parenthesis; nil for one in force.
  func replacement(of reference: Reference) -> String? {
    guard let inForce = reference.inForce, let successor = inForce.supersededBy,
      let next = context.catalogue.reference(successor)?.inForce
    else { return nil }
    return "(in force from " + DateWording.name(inForce.from) + " until "
      + DateWording.name(next.from) + ", when it was replaced)"
  }

  /// True when the act `id` is in a background episode (outside the period, or before its
  /// rules' norms took effect).
  func isBackground(_ id: String) -> Bool {
    // Background is short (acts outside the period): a scan per act costs nothing.
    assessment.background.contains { $0.actions.contains(id) }
  }

  /// Why a hit is background, in words.
  static func backgroundWords(_ background: RuleHit.Background) -> String {
    switch background {
    case .outsidePeriod: "outside the case's period"
    case .beforeNorms(let from):
      "before the texts the rule rests on took effect (the earliest in " + DateWording.name(from)
        + ")"
    }
  }

  /// The background part's opening sentence.
  var backgroundIntroduction: String {
    "Acts of " + name(of: audit.subject)
      + " that rules matched but that are not findings: they fall outside the case's period ("
      + DateWording.name(audit.period.from) + " to " + DateWording.name(audit.period.to)
      + "), or before the texts the rules rest on took effect. They are not numbered and no "
      + "pattern counts them."
  }

  /// Why an episode is background, and the rules it would otherwise engage, in one sentence.
  func backgroundReason(_ finding: Finding) -> String {
    let why = Set(finding.hits.compactMap(\.background)).map(Self.backgroundWords).sorted()
    let rules = finding.hits.map { hit in
      (rule(hit.rule)?.title ?? hit.title) + " (" + principleName(hit.principle) + ")"
    }
    return "Why background: " + why.joined(separator: "; ")
      + (rules.count == 1
        ? ". The rule it would otherwise engage: " : ". Rules it would otherwise engage: ")
      + rules.joined(separator: "; ") + "."
  }

  /// What a rule about the Movement's instruments alone is, under its heading in Standards.
  static let instrumentsNote =
    "Rules that judge by the Movement's instruments alone, with no principle at stake. "
    + "Each finding names the provisions in force on the act's date."
}

extension ReportContents {
  /// The short names of the provisions a finding's hits breach that were in force on the acts'
  /// dates (a title up to its first parenthesis), each once, in the hits' order.
  func instrumentNames(in finding: Finding) -> [String] {
    var names: [String] = []
    for hit in finding.hits {
      for id in hit.breaches where hit.inForce.contains(id) {
        let short = Self.shortTitle(context.catalogue.reference(id)?.title ?? id)
        if !names.contains(short) { names.append(short) }
      }
    }
    return names
  }

  /// A text's title without its parentheses and what follows a semicolon or ", from a":
  /// "Constitution of the IFRC (2019), Article 10 (Integrity and Compliance)" is "Constitution
  /// of the IFRC, Article 10". For lists on the front; Annex A gives every title whole.
  static func shortTitle(_ title: String) -> String {
    var short = ""
    var depth = 0
    for character in title {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        short.append(character)
      }
    }
    for cut in ["; ", ", from a ", ", from the ", ", as "] {
      if let range = short.range(of: cut) { short = String(short[..<range.lowerBound]) }
    }
    short = short.replacingOccurrences(of: "  ", with: " ").replacingOccurrences(
      of: " ,", with: ",")
    return short.trimmingCharacters(in: .whitespaces)
  }

  /// A measure the report recommends, with the findings (by number) that meet its conditions.
  struct RecommendedMeasure: Sendable {
    let measure: Measure
    let findings: [Int]
  }

  /// A measure the case shows taken already, with the acts that took it (by date).
  struct TakenMeasure: Sendable {
    let measure: Measure
    let actions: [Action]
  }

  /// The pack's measures some shown finding meets, split into those to recommend and those
  /// the case records as taken already; the acts are read once, whatever the number of measures.
  static func measures(
    _ measures: [Measure], shownFindings: [Finding], numbers: [String: Int],
    actions: ChronologicalActions
  ) -> (recommended: [RecommendedMeasure], taken: [TakenMeasure]) {
    // Each finding's rules and principles, gathered once for every measure.
    let gathered = shownFindings.map { finding in
      (finding, Set(finding.hits.map(\.rule)), Set(finding.engagements.map(\.principle)))
    }
    let applicable: [RecommendedMeasure] = measures.compactMap { measure in
      let found = gathered.filter { finding, rules, principles in
        measure.when.contains {
          $0.holds(
            severity: finding.severity, strength: finding.strength, rules: rules,
            principles: principles)
        }
      }.compactMap { numbers[$0.0.id] }
      return found.isEmpty ? nil : RecommendedMeasure(measure: measure, findings: found)
    }
    // Each applicable measure's `unless_recorded` tags, and every such tag: an act none of
    // whose tags is among them is passed over with one lookup per tag.
    let tagSets = applicable.map { Set($0.measure.unlessRecorded) }
    let anyTag = tagSets.reduce(into: Set<String>()) { $0.formUnion($1) }
    var acts = [[Action]](repeating: [], count: applicable.count)
    if !anyTag.isEmpty {
      // Each act's tags read alone, not the whole act (most are passed over), and in the
      // case's order, where they lie in memory about one after another; then by date.
      let all = actions.all
      let tagged = all.indices.map { all[$0].tags.contains(where: anyTag.contains) }
      for position in actions.indices where tagged[actions.casePosition(position)] {
        let tags = actions.tags(at: position)
        for (measure, wanted) in tagSets.enumerated() where !wanted.isDisjoint(with: tags) {
          acts[measure].append(actions[position])
        }
      }
    }
    var recommended: [RecommendedMeasure] = []
    var taken: [TakenMeasure] = []
    for (position, entry) in applicable.enumerated() {
      if acts[position].isEmpty {
        recommended.append(entry)
      } else {
        taken.append(TakenMeasure(measure: entry.measure, actions: acts[position]))
      }
    }
    return (recommended, taken)
  }
}
