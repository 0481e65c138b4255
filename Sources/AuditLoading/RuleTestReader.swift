import AuditCore

/// Reads a test embedded in a rule file into the small case it describes (docs/rule-format.md, "Tests").
///
/// The case has an organisation `subject` (a national society) as its subject, a default
/// source graded B and, for each action without evidence, one item graded 2.
struct RuleTestReader {
  let decoder: NodeDecoder
  let vocabulary: Vocabulary
  let path: String

  static let subject = Organization(
    id: "subject", name: "Subject Society", type: "national_society")
  static let source = Source(
    id: "test-source", title: "Test source", type: "test", reliability: .B)
  static let defaultDate = PartialDate(year: 2000, month: 1, day: 1)!

  func test(_ node: YAMLNode, aggregate: Bool) -> RuleTest? {
    let local = NodeDecoder(vocabulary: vocabulary)
    local.recordsKeysRead = decoder.recordsKeysRead
    defer {
      decoder.bag.report(contentsOf: local.bag.diagnostics)
      decoder.keysRead.formUnion(local.keysRead)
    }
    guard
      let f = local.mapping(node, .ruleTest),
      let name = f.string("name"), let expectNode = f.required("expect"),
      let expect = local.choice(expectNode, "expectation", as: Expectation.self)
    else { return nil }
    // The subject and the source a test need not write are there all the same.
    local.declared.insert(Self.subject.id, as: .organization)
    local.declared.insert(Self.source.id, as: .source)
    let cases = CaseDecoder(decoder: local, path: path)
    let organizations = [Self.subject] + f.list("organizations").compactMap(cases.organization)
    let people = f.list("people").compactMap(cases.person)
    var actionNodes = f.list("actions")
    if let single = f["action"] {
      if f["actions"] != nil {
        local.report(
          .error(
            .ruleTest, "a test gives either 'action' or 'actions', not both",
            at: single.location))
      }
      actionNodes = [single]
    }
    let actions = actionNodes.enumerated().compactMap { index, item in
      cases.action(
        item,
        defaults: .init(
          id: "a\(index + 1)", date: DateRange(Self.defaultDate),
          evidence: Evidence(
            source: Self.source.id, quote: "(test evidence)", credibility: 2, kind: .fact)))
    }
    // Without a 'period', the year 2000 widened to the test's acts: an act outside the period
    // is background, and a test shows that only when it says so with a period of its own.
    var period = (from: Self.defaultDate, to: PartialDate(year: 2000, month: 12, day: 31)!)
    for action in actions {
      if action.date.from < period.from { period.from = action.date.from }
      if action.date.to > period.to { period.to = action.date.to }
    }
    if let p = f["period"], let pf = local.mapping(p, .period),
      let from = pf.date("from"), let to = pf.date("to")
    {
      period = (from, to)
    }
    let cites = f["cites"].map { _ in f.strings("cites").map(\.0) }
    if cites != nil, !aggregate, let node = f["cites"] {
      local.report(
        .error(.ruleTest, "'cites' is for pattern rules (with 'aggregate')", at: node.location))
    }
    let fixture = AuditCase(
      id: "test", title: name, subject: Self.subject.id, period: period, summary: name,
      organizations: organizations, people: people, sources: [Self.source], actions: actions,
      responses: [], path: path)
    CaseValidator(decoder: local).validate(fixture)
    return RuleTest(
      name: name, expectMatch: expect == .match, expectUndecided: expect == .undecided,
      fixture: fixture, message: f.string("message"),
      cites: cites, location: node.location)
  }

  enum Expectation: String, CaseIterable {
    case match
    case noMatch = "no_match"
    case undecided
  }
}
