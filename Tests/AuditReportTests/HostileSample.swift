import AuditCore
import AuditLoading
import AuditReport

@testable import AuditEngine

/// A case written to break the report: every string tries to inject markup, break a table, add
/// a fake finding or hide text. It mirrors `Tests/Fixtures/hostile/hostile-case.yaml`.
enum HostileSample {
  static let rlo = "\u{202E}"
  static let script = "<script>alert(1)</script>"
  static let jsLink = "[x](javascript:alert(1))"
  static let image = "![img](http://x)"
  static let fakeHeading = "## Finding: fake"

  /// Every trick in one string, on several lines.
  static let everything =
    "pipes | in | text \(script) \(jsLink) \(image) [^1] `tick` ``double``\n\(fakeHeading)\n"
    + "| a | b | c |\n> nested quote\n- list item\n1. ordered\n[^1]: fake footnote\n[ref]: javascript:alert(2)\n"
    + "<img src=x onerror=alert(1)>\n```\nfence\n===\n*em* _em_ ~~del~~ $x$ &amp; &#60;b&#62;\n\(rlo)gnp.exe\u{2066}x\u{2069}\u{200F}\u{1B}[31mred"

  static func hostileCase() -> AuditCase {
    let evidence = Evidence(
      source: "evil.src", quote: everything, locator: "p. 1 | col <2> \(rlo)", credibility: 2,
      kind: .fact)
    let second = Evidence(
      source: "evil_src", quote: "second \(jsLink)\n\(fakeHeading)", locator: "[^1]",
      credibility: 3,
      kind: .analysis
    )
    return AuditCase(
      id: "hostile", title: "Hostile | case \(script) \(rlo)", subject: "evil-org",
      period: (ReportSamples.date("2023"), ReportSamples.date("2024-06")),
      summary: "Summary line one \(jsLink)\n\(fakeHeading)\n\n| x | y |\n\(everything)",
      organizations: [
        Organization(
          id: "evil-org", name: "Evil | Org <b>bold</b> *star* \(rlo)", type: "national_society"),
        Organization(id: "gov", name: "Gov \(script)\n\(fakeHeading)", type: "government"),
      ],
      people: [
        Person(
          id: "boss", name: "Boss \(rlo)\(jsLink)",
          positions: [
            Person.Position(organization: "evil-org", role: "president | x", evidence: [second])
          ])
      ],
      sources: [
        Source(
          id: "evil.src", title: "[^1]: fake footnote \(script)",
          publisher: "Pub | lisher \(image)",
          author: "Au`thor\n\(fakeHeading)", type: "news_report", reliability: .C,
          url: "javascript:alert(1)",
          archive: Source.Archive(path: "../../etc/passwd | x", sha256: "not-a-hash <b>")),
        Source(
          id: "evil_src", title: "Second source", type: "news_report", reliability: .D,
          url: "https://example.org/a path\"onmouseover=alert(1)"),
        Source(
          id: "ok", title: "Fine \(everything)", type: "news_report", reliability: .B,
          url: "https://example.org/ok_(1)"),
      ],
      actions: [
        Action(
          id: "act-1", date: ReportSamples.range("2023-05-01"), actor: "boss",
          type: "public_statement",
          channel: "tv | \(script)", summary: "Said things | with pipes\n\(fakeHeading)",
          quote: everything,
          tags: ["x"], evidence: [evidence]),
        Action(
          id: "act-2", date: ReportSamples.range("2023-06"), actor: "gov", type: "public_statement",
          summary: "Gov \(jsLink)", evidence: [second]),
        Action(
          id: "act-3", date: ReportSamples.range("2024"), actor: "evil-org", type: "aid | delivery",
          summary: "a | b | c\nnext line \(everything)", evidence: [evidence]),
      ],
      responses: [
        Response(
          by: "evil-org", requested: ReportSamples.date("2024-01"), outcome: .responded,
          text: "We deny it [^1]\n\(fakeHeading)\n\(script)", evidence: [evidence])
      ],
      path: "Tests/Fixtures/hostile/hostile-case.yaml")
  }

  static func hostileFindings(_ audit: AuditCase) -> [RuleHit] {
    let act1 = audit.actions[0].evidence[0]
    let act2 = audit.actions[1].evidence[0]
    return [
      RuleHit(
        rule: "NEU-001", title: "Title | with pipe \(script)", principle: "neutrality",
        severity: .high,
        organization: "evil-org", actions: ["act-1"], person: nil,
        message: "Message with `backticks` and \(jsLink) and \(rlo)RLO\n\(fakeHeading)",
        evidence: [ReportSamples.cite("act-1", act1, .C, false)],
        references: ["principle.neutrality", "statutes.art4.4", "missing.ref"], strength: .reported,
        strengthBasis: "one source | evil.src \(script)",
        conditions: [
          RuleHit.Condition(
            text: "action.summary contains \"`\" and action.quote != \"|\"",
            values: ["action.summary = \"\(script) | x\"", "action.quote = \"\(everything)\""])
        ]),
      RuleHit(
        rule: "IND-001", title: "Person \(fakeHeading)", principle: "independence",
        severity: .critical,
        organization: "evil-org", actions: [], person: "boss", message: "Boss \(image)",
        evidence: [ReportSamples.cite("", audit.people[0].positions[0].evidence[0], .D, nil)],
        references: ["principle.independence"], strength: .alleged,
        strengthBasis: "only weak evidence",
        conditions: [
          RuleHit.Condition(
            text: "person.name matches /<script>/", values: ["person.name = \"\(rlo)\""])
        ]),
      RuleHit(
        rule: "NEU-004", title: "Gov", principle: "neutrality", severity: .medium,
        organization: "gov",
        actions: ["act-2"], person: nil, message: "Gov \(everything)",
        evidence: [ReportSamples.cite("act-2", act2, .D, nil)],
        references: ["principle.neutrality"],
        strength: .alleged, strengthBasis: "only weak evidence", conditions: []),
    ]
  }

  static let hostileReferences =
    ReportSamples.references + [
      Reference(
        id: "evil.ref", title: "Evil \(script)", summary: everything, url: "javascript:alert(3)",
        status: .notRead)
    ]

  static func context() -> ReportContext {
    let audit = hostileCase()
    let rules = [
      ReportSamples.rule("NEU-001", "neutrality", .high, title: "Title | with pipe \(script)"),
      ReportSamples.rule("NEU-004", "neutrality", .medium, references: ["evil.ref"]),
      ReportSamples.rule("IND-001", "independence", .critical, scope: .person),
      ReportSamples.rule(
        "IMP-001", "impartiality", .high, title: "Quiet \(jsLink) | x\n\(fakeHeading)"),
    ]
    var verification = QuoteVerification()
    verification.record(audit.actions[0].evidence[0], found: false)
    return ReportContext(
      evaluation: CaseEvaluation(
        audit: audit, hits: hostileFindings(audit),
        outcomes: [
          RuleOutcome(
            rule: "IMP-001", considered: 3,
            span: (ReportSamples.range("2023-05-01"), ReportSamples.range("2024")), hits: 0),
          RuleOutcome(rule: "IND-001", considered: 1, span: nil, hits: 1),
          RuleOutcome(rule: "NEU-001", considered: 3, span: nil, hits: 1),
          RuleOutcome(rule: "NEU-004", considered: 3, span: nil, hits: 1),
        ],
        unmatchedActions: ["act-3"]),
      catalogue: ReportSamples.catalogue(rules, references: hostileReferences),
      caseInput: InputFile(path: audit.path, text: everything), verification: verification,
      toolVersion: "0.1.0 \(script)", date: nil)
  }
}
