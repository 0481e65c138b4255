import AuditCore
import AuditLoading
import AuditReport

@testable import AuditEngine

/// Report contexts built by hand (the loader and engine are not needed to test the renderers).
enum ReportSamples {
  static func date(_ text: String) -> PartialDate { PartialDate(parsing: text)! }

  static func range(_ text: String) -> DateRange { DateRange(parsing: text)! }

  static func located(_ text: String, _ path: String = "Rules/rule.yaml") -> LocatedText {
    LocatedText(
      text, origin: TextOrigin(startingAt: SourceLocation(path: path, line: 1, column: 1)))
  }

  static let thresholds = PackManifest.StrengthThresholds(
    primarySource: .init(maxReliability: .B, maxCredibility: 2), independentCount: 2,
    independentSources: .init(maxReliability: .C, maxCredibility: 3),
    reported: .init(maxReliability: .C, maxCredibility: 3))

  static let principles = [
    Principle(
      id: "humanity", name: "Humanity",
      text:
        "The International Red Cross and Red Crescent Movement … endeavours … to prevent and alleviate human suffering wherever it may be found."
    ),
    Principle(
      id: "impartiality", name: "Impartiality",
      text:
        "It makes no discrimination as to nationality, race, religious beliefs, class or political opinions.",
      source: "Statutes of the Movement, preamble", url: "https://example.org/principles"),
    Principle(
      id: "neutrality", name: "Neutrality",
      text:
        "In order to continue to enjoy the confidence of all, the Movement may not take sides in hostilities or engage at any time in controversies of a political, racial, religious or ideological nature.",
      source: "Statutes of the Movement, preamble"),
    Principle(
      id: "independence", name: "Independence",
      text:
        "The Movement is independent. The National Societies … must always maintain their autonomy."
    ),
    Principle(
      id: "unity", name: "Unity",
      text: "There can be only one Red Cross or one Red Crescent Society in any one country."),
  ]

  static let references = [
    Reference(
      id: "statutes.art4.4", title: "Statutes of the Movement, Article 4, condition 4",
      text:
        "Have an autonomous status which allows it to operate in conformity with the Fundamental Principles of the Movement.",
      url: "http://example.org/statutes", status: .secondary),
    Reference(
      id: "statutes.art3", title: "Statutes of the Movement, Article 3",
      summary: "The article on National Societies and their public authorities.", status: .notRead),
    Reference(
      id: "integrity.statement.2019", title: "Integrity statement (2019)",
      text: "Leaders shall not take sides.",
      url: "https://example.org/integrity", status: .read),
  ]

  static func rule(
    _ id: String, _ principle: String, _ severity: Severity, scope: RuleSpec.Scope = .action,
    title: String? = nil, references: [String] = ["statutes.art4.4"],
    aggregate: RuleSpec.Aggregate? = nil
  ) -> RuleSpec {
    let fixture = AuditCase(
      id: "t", title: "t", subject: "subject", period: (date("2000"), date("2000")), summary: "",
      organizations: [], people: [], sources: [], actions: [], responses: [], path: "")
    return RuleSpec(
      id: id, title: title ?? "Rule \(id)", basis: .principle(principle), severity: severity,
      appliesTo: ["national_society"], scope: scope,
      when: located(
        "action.tags contains \"x\"\n  and actor.roles.exists(r, r in [\"president\"])"),
      message: located("{actor.name} did it on {action.date}"),
      rationale: "Why \(id) breaches \(principle), in two sentences. It matters.",
      references: references, aggregate: aggregate,
      tests: [
        RuleTest(
          name: "a president says it", expectMatch: true, fixture: fixture, message: nil,
          cites: nil,
          location: SourceLocation(path: "r", line: 1, column: 1)),
        RuleTest(
          name: "a volunteer says it", expectMatch: false, fixture: fixture, message: nil,
          cites: nil,
          location: SourceLocation(path: "r", line: 1, column: 1)),
      ],
      path: "Rules/\(principle)/\(id).yaml", pack: "fundamental-principles",
      location: SourceLocation(path: "Rules/\(principle)/\(id).yaml", line: 1, column: 5))
  }

  static func catalogue(
    _ rules: [RuleSpec], references: [Reference] = references, standards: [Standard] = []
  ) -> RuleCatalogue {
    RuleCatalogue(
      packs: [
        PackManifest(
          name: "fundamental-principles", version: "1.0.0", description: "The default pack.",
          strength: thresholds, path: "Rules")
      ],
      principles: principles, standards: standards, references: references,
      vocabulary: Vocabulary(),
      rules: rules.sorted { $0.id < $1.id }, strength: thresholds,
      inputs: [
        InputFile(path: "Rules/references.yaml", text: "references: []\n"),
        InputFile(path: "Rules/pack.yaml", text: "name: fundamental-principles\n"),
        InputFile(path: "Rules/principles.yaml", text: "principles: []\n"),
      ])
  }

  static func cite(
    _ action: String, _ evidence: Evidence, _ reliability: Reliability, _ verified: Bool?
  )
    -> RuleHit.CitedEvidence
  {
    RuleHit.CitedEvidence(
      action: action, evidence: evidence, reliability: reliability, verified: verified)
  }

  static let sampleRules = [
    rule("IMP-001", "impartiality", .high, references: ["statutes.art4.4", "statutes.art3"]),
    rule("IMP-002", "impartiality", .medium),
    rule("NEU-001", "neutrality", .high, references: ["integrity.statement.2019"]),
    rule("NEU-002", "neutrality", .medium, references: ["integrity.statement.2019"]),
    rule("NEU-004", "neutrality", .high, references: []),
    rule("IND-001", "independence", .high, scope: .person),
    rule(
      "IND-005", "independence", .medium,
      aggregate: .init(atLeast: 3, withinDays: 365, groupBy: located("org.id"))),
    rule("UNI-001", "unity", .low),
  ]

  static func sampleOutcomes(_ audit: AuditCase) -> [RuleOutcome] {
    let span = (first: range("2023-07-12"), last: range("2023-09-19"))
    return [
      RuleOutcome(rule: "IMP-001", considered: 3, span: span, hits: 1),
      RuleOutcome(rule: "IMP-002", considered: 3, span: span, hits: 0),
      RuleOutcome(rule: "IND-001", considered: 1, span: nil, hits: 1),
      RuleOutcome(
        rule: "IND-005", considered: 1, span: (range("2023-08"), range("2023-08")), hits: 0),
      RuleOutcome(rule: "NEU-001", considered: 3, span: span, hits: 0),
      RuleOutcome(rule: "NEU-002", considered: 3, span: span, hits: 1),
      RuleOutcome(
        rule: "NEU-004", considered: 4, span: (range("2023-07-11"), range("2023-09-19")),
        hits: 1),
      RuleOutcome(rule: "UNI-001", considered: 0, span: nil, hits: 0),
    ]
  }

  static func sampleVerification(_ audit: AuditCase) -> QuoteVerification {
    var verification = QuoteVerification()
    for item in audit.actions.flatMap(\.evidence) + audit.responses.flatMap(\.evidence)
    where item.source == "occrp" {
      verification.record(item, found: item.quote != "a convoy of 40 tonnes of flour")
    }
    return verification
  }

  static func context(
    _ audit: AuditCase, findings: [RuleHit], outcomes: [RuleOutcome], unmatched: [String],
    rules: [RuleSpec], verification: QuoteVerification = QuoteVerification(), date: String? = nil,
    principles: [String] = []
  ) -> ReportContext {
    ReportContext(
      evaluation: CaseEvaluation(
        audit: audit, hits: findings, outcomes: outcomes, unmatchedActions: unmatched),
      catalogue: catalogue(rules),
      caseInput: InputFile(path: audit.path, text: "case: {id: \(audit.id)}\n"),
      verification: verification, toolVersion: "0.1.0", date: date, principles: principles)
  }

  /// The sample as the command line would build it.
  static func sample(date: String? = nil, principles: [String] = []) -> ReportContext {
    let audit = sampleCase()
    return context(
      audit, findings: sampleFindings(audit), outcomes: sampleOutcomes(audit),
      unmatched: ["arcs-flour-convoy"],
      rules: sampleRules, verification: sampleVerification(audit), date: date,
      principles: principles)
  }
}
