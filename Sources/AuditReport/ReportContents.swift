import AuditCore
import AuditEngine

/// What a report shows: a read-only view of the engine's result for one case (its assessment,
/// verification and index) with the orders and lookups renderers need, computed once from a
/// context. Every renderer (Markdown, JSON, terminal, index) renders this model and nothing
/// else. Every list is sorted, so the output never depends on the order of the case file or
/// of a dictionary.
///
/// A class, immutable once built: renderers hand it down to every row they write, and a struct
/// of this many fields would be copied, field by field, for each one; the threads rendering a
/// long list's rows at once share it.
final class ReportContents: Sendable {
  let context: ReportContext
  let audit: AuditCase
  let index: CaseIndex
  /// Hits grouped into findings by episode, patterns and context.
  let assessment: CaseAssessment
  /// Rules of the shown principles (and every context rule unless `--principle` is given), by id.
  let rules: [RuleSpec]
  /// Principles engaged by at least one finding, in the catalogue's order: the result's columns.
  let engagedPrinciples: [Principle]
  /// Outcomes of shown rules that hit nothing, by rule id.
  let quietOutcomes: [RuleOutcome]
  /// Every act, by date then id.
  let actions: ChronologicalActions
  /// Acts no rule cited, by date then id.
  let unmatchedActions: ChronologicalActions
  /// The subject's acts, by date then id.
  let subjectsActions: ChronologicalActions
  /// The acts of others than the subject, by date: the neutral chronology of their conduct.
  let othersActions: ChronologicalActions
  /// The subject's acts no rule cited and no finding holds (an act of a finding's episode is
  /// told there), by date; others' acts are in the chronology of their conduct.
  let subjectsUnmatchedActions: ChronologicalActions
  /// Sources that some evidence item cites (an act's, a reply's or a position's), by id.
  let evidenceSources: [Source]
  /// The pack's measures some shown finding meets and that no recorded act has taken, in the
  /// pack's order.
  let recommendedMeasures: [RecommendedMeasure]
  /// The pack's measures some shown finding meets but the case records as taken already (an act
  /// tagged with one of their `unless_recorded` tags): the report says so, and does not
  /// recommend them again. In the pack's order, each with its acts by date.
  let takenMeasures: [TakenMeasure]
  /// Every source, by id.
  let sources: [Source]
  /// Ids of the sources the report quotes or cites, sorted.
  let citedSources: [String]
  /// The findings the Markdown report shows in full: all of them, or past
  /// `MarkdownReport.findingLimit` the most severe (the JSON report holds every one).
  let shownFindings: [Finding]
  /// The sources quoted in what the Markdown report shows, sorted.
  let shownCitedSources: [String]
  private let citedSourceSet: Set<String>
  let labels: FootnoteLabels
  private let findingNumbers: [String: Int]
  // Built once, so that rendering one row per act or per source does not scan every finding
  // or every evidence item again.
  private let findingsByAction: [String: [Int]]
  private let contextActions: Set<String>
  private let quoteChecks: [String: QuoteCheck]

  init(_ context: ReportContext) {
    self.context = context
    let result = context.result
    let audit = result.audit
    self.audit = audit
    let catalogue = context.catalogue
    rules = result.rules
    self.index = result.index
    let assessment = result.assessment
    self.assessment = assessment
    let index = result.index
    // The two passes over every act that remain are made at once on two threads.
    let (quoteChecks, (actions, unmatchedActions, subjects)) = Parallel.both {
      Self.quoteChecks(audit, result.verification)
    } _: {
      let actions = ChronologicalActions(
        all: audit.actions, order: Self.chronological(audit.actions))
      var unmatched = [Bool](repeating: false, count: audit.actions.count)
      for position in result.evaluation.unmatchedPositions { unmatched[position] = true }
      // Whose each act is, by its position in the case: asked once per act.
      let subjects = audit.actions.indices.map { index.isSubjects(at: $0) }
      return (actions, actions.filter(positions: { unmatched[$0] }), subjects)
    }
    self.actions = actions
    self.unmatchedActions = unmatchedActions
    subjectsActions = actions.filter(positions: { subjects[$0] })
    othersActions = actions.filter(positions: { !subjects[$0] })
    self.quoteChecks = quoteChecks
    evidenceSources = audit.sources.filter { quoteChecks[$0.id] != nil }.sorted { $0.id < $1.id }
    let engaged = Set(assessment.findings.flatMap { $0.engagements.map(\.principle) })
    engagedPrinciples =
      catalogue.principles.filter { engaged.contains($0.id) }
      + (engaged.contains(RuleBasis.instrumentsID) ? [Self.instruments] : [])
    quietOutcomes = result.evaluation.outcomes.filter { $0.hits == 0 }.sorted { $0.rule < $1.rule }
    sources = audit.sources.sorted { $0.id < $1.id }
    findingNumbers = Dictionary(
      assessment.findings.enumerated().map { ($1.id, $0 + 1) },
      uniquingKeysWith: { first, _ in first })
    var findingsByAction: [String: [Int]] = [:]
    for finding in assessment.findings {
      guard let number = findingNumbers[finding.id] else { continue }
      for action in Set(finding.actions) { findingsByAction[action, default: []].append(number) }
    }
    self.findingsByAction = findingsByAction
    subjectsUnmatchedActions = unmatchedActions.filter(positions: {
      subjects[$0] && findingsByAction[audit.actions[$0].id] == nil
    })
    contextActions = Set(assessment.context.flatMap(\.actions))
    var cited = assessment.findings.flatMap { $0.evidence.map(\.evidence.source) }
    cited += assessment.context.flatMap { $0.evidence.map(\.evidence.source) }
    // Others' acts are cited in their chronology (Annex B), matched by a rule or not.
    for position in othersActions.indices {
      let evidence = othersActions.evidence(at: position)
      for item in evidence.indices { cited.append(evidence[item].source) }
    }
    cited += audit.responses.flatMap { $0.evidence.map(\.source) }
    citedSources = Set(cited).sorted()
    citedSourceSet = Set(cited)
    let shownFindings = Array(assessment.findings.prefix(MarkdownReport.findingLimit))
    self.shownFindings = shownFindings
    if shownFindings.count == assessment.findings.count {
      shownCitedSources = citedSources
    } else {
      // An abridged report quotes the shown findings and the replies, and no context.
      let quoted =
        shownFindings.flatMap { $0.evidence.map(\.evidence.source) }
        + audit.responses.flatMap { $0.evidence.map(\.source) }
      shownCitedSources = Set(quoted).sorted()
    }
    labels = FootnoteLabels(audit.sources.map(\.id) + cited)
    (recommendedMeasures, takenMeasures) = Self.measures(
      catalogue.measures, shownFindings: shownFindings, numbers: findingNumbers, actions: actions)
  }

  /// The findings about the subject, most severe first.
  var findings: [Finding] { assessment.findings }

  /// The case's review record matched to the findings: the status line, each finding's
  /// decision, the dismissed findings and the decisions no finding matches
  /// (`ReviewWording` words them).
  var review: ReviewAssessment { context.result.review }

  /// True when the Markdown report leaves findings to the JSON report.
  var isAbridged: Bool { shownFindings.count < assessment.findings.count }

  /// True when a finding, a context hit or a reply quotes the source `id`.
  func isCited(_ id: String) -> Bool { citedSourceSet.contains(id) }

  /// The 1-based number of a finding in the report, by its id.
  func number(of finding: String) -> Int? { findingNumbers[finding] }

  /// The name of the person or organisation `id`, or the id itself.
  func name(of id: String) -> String { index.name(of: id) }

  /// The rule with `id`.
  func rule(_ id: String) -> RuleSpec? { context.result.rule(id) }

  /// The act with `id`.
  func action(_ id: String) -> Action? { index.action(id) }

  /// The principle's name, or its id when the catalogue lacks it.
  func principleName(_ id: String) -> String {
    id == RuleBasis.instrumentsID
      ? Self.instruments.name : context.catalogue.principle(id)?.name ?? id
  }

  /// The column of rules about the Movement's instruments alone, with no principle at stake:
  /// its texts are those the rules breach, listed under it.
  static let instruments = Principle(
    id: RuleBasis.instrumentsID, name: "Movement instruments", text: "")

  /// The standard's title, or its id when the catalogue lacks it.
  func standardTitle(_ id: String) -> String { context.catalogue.standard(id)?.title ?? id }

  /// The name of what a rule judges by: a principle's name or a standard's title.
  func basisName(_ basis: RuleBasis) -> String {
    switch basis {
    case .principle(let id): principleName(id)
    case .instruments: principleName(RuleBasis.instrumentsID)
    case .standard(let id): standardTitle(id)
    }
  }

  /// True when the quote was found in the archived copy, false when it was not, nil when unchecked.
  func verified(_ evidence: Evidence) -> Bool? { context.verification.status(of: evidence) }

  /// The findings citing the act `id` (by number), and whether a context rule cites it.
  func citations(of action: String) -> (findings: [Int], context: Bool) {
    (findingsByAction[action] ?? [], contextActions.contains(action))
  }

  /// Undecided evaluations of shown rules, by rule then act.
  var undecided: [Undecided] { context.result.evaluation.undecided }

  /// How the distinct quotes of `source` fared against its archived copy.
  func quoteCheck(_ source: String) -> (quotes: Int, verified: Int, notFound: Int) {
    let check = quoteChecks[source] ?? QuoteCheck()
    return (check.quotes, check.verified, check.notFound)
  }

  /// The distinct quotes of one source, and how many were found or not in its archived copy.
  struct QuoteCheck: Sendable {
    var quotes = 0
    var verified = 0
    var notFound = 0
  }

  /// Every source's quote check, over the case's evidence (acts, replies, positions); a quote
  /// is judged by its first item, as a reader meets them.
  private static func quoteChecks(
    _ audit: AuditCase, _ verification: QuoteVerification
  ) -> [String: QuoteCheck] {
    // A first pass gives each source a slot, once, and counts the items citing it, so that its
    // set of distinct quotes is made as large as it may need at once: grown item by item, the
    // sets were rehashed at every doubling. The second reads each item's slot back.
    var slots: [String: Int] = [:]
    var sizes: [Int] = []
    var itemSlots: [Int32] = []
    forEachEvidence(of: audit) { items in
      for item in items.indices {
        let source = items[item].source
        let slot: Int
        if let known = slots[source] {
          slot = known
        } else {
          slot = sizes.count
          slots[source] = slot
          sizes.append(0)
        }
        sizes[slot] += 1
        itemSlots.append(Int32(slot))
      }
    }
    var seen = sizes.map { Set<String>(minimumCapacity: $0) }
    var checks = [QuoteCheck](repeating: QuoteCheck(), count: sizes.count)
    var next = 0
    forEachEvidence(of: audit) { items in
      for item in items.indices {
        let slot = Int(itemSlots[next])
        next += 1
        let quote = items[item].quote
        guard seen[slot].insert(quote).inserted else { continue }
        checks[slot].quotes += 1
        switch verification.status(source: items[item].source, quote: quote) {
        case true?: checks[slot].verified += 1
        case false?: checks[slot].notFound += 1
        case nil: break
        }
      }
    }
    return Dictionary(uniqueKeysWithValues: slots.map { ($0.key, checks[$0.value]) })
  }

  /// Calls `body` with the evidence of every act, reply and position, in the case's order;
  /// each list read alone, not the whole act or person that holds it.
  private static func forEachEvidence(of audit: AuditCase, _ body: ([Evidence]) -> Void) {
    let (actions, responses, people) = (audit.actions, audit.responses, audit.people)
    for position in actions.indices { body(actions[position].evidence) }
    for position in responses.indices { body(responses[position].evidence) }
    for person in people.indices {
      let positions = people[person].positions
      for position in positions.indices { body(positions[position].evidence) }
    }
  }

  /// The case file, its review record and every pack file, each path once, sorted by path.
  var inputs: [(path: String, sha256: String)] {
    var seen: Set<String> = []
    var result: [(path: String, sha256: String)] = []
    let review = context.reviewInput.map { [$0] } ?? []
    for input in [context.caseInput] + review + context.catalogue.inputs
    where seen.insert(input.path).inserted {
      result.append((input.path, input.sha256))
    }
    return result.sorted { $0.path < $1.path }
  }

  /// What the evidence can and cannot bear, computed from the case when asked: only the full
  /// Markdown report states it, and at a million acts it is not free.
  var limits: EvidenceLimits {
    EvidenceLimits(
      audit, index: index, findings: assessment.findings, verification: context.verification)
  }

  /// The counts every renderer states, so that the terminal, the Markdown and the JSON agree.
  var counts: ReportCounts { ReportCounts(self) }

  /// The positions of `actions` by date, then id. The days of each date are computed once and
  /// positions sorted: sorting the acts themselves compared and moved whole structures, 0.15 s
  /// at 100,000.
  static func chronological(_ actions: [Action]) -> [Int] {
    let days = actions.map { ($0.date.firstDay, $0.date.lastDay) }
    let order = actions.indices.sorted { a, b in
      if days[a] != days[b] { return days[a] < days[b] }
      // The same days: as `DateRange`'s order (its text), then the id.
      let (first, second) = (actions[a].date, actions[b].date)
      if first != second { return first.description < second.description }
      return actions[a].id < actions[b].id
    }
    return order
  }
}
