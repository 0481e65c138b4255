import AuditCore
import AuditLoading
import AuditReport

@testable import AuditEngine

extension ReportSamples {
  /// A standard a context rule judges an authority's act by.
  static let convoyStandard = Standard(
    id: "ihl.rule55", title: "Customary IHL, Rule 55: access for humanitarian relief",
    text:
      "The parties to the conflict must allow and facilitate rapid and unimpeded passage of humanitarian relief.",
    url: "https://example.org/ihl/rule55", status: .secondary, references: ["statutes.art3"])

  /// The context rule: an authority blocking relief, judged by `ihl.rule55`.
  static var convoyRule: RuleSpec {
    var spec = rule("CTX-001", "ihl.rule55", .high, references: ["statutes.art3"])
    spec.basis = .standard(convoyStandard.id)
    spec.appliesTo = ["government"]
    return spec
  }

  /// The sample extended with what the grouping needs: an episode of two acts of the subject
  /// (engaging impartiality and neutrality) and one act of the ministry, a pattern across two
  /// findings, a context rule under a standard, a hit about another organisation, an act dated
  /// by a range, an inferred capacity, a translated quote, and two undecided evaluations (one
  /// act, one person). With `principles`, only their rules are evaluated, as on the command line.
  static func assessmentSample(principles: [String] = []) -> ReportContext {
    var audit = sampleCase()
    audit.people.append(
      Person(
        id: "huseynova", name: "Leyla Huseynova",
        positions: [Person.Position(organization: "arcs", role: "secretary_general")]))
    audit.actions += [
      Action(
        id: "arcs-denial-repeated", date: range("2023-08-20/2023-08-25"), actor: "aslanov",
        onBehalfOf: "arcs", capacity: .inferred, type: "interview",
        summary: "The president repeated on television that there was no crisis.",
        tags: ["takes_sides"],
        evidence: [
          Evidence(
            source: "eurasianet", quote: "There is no crisis, he said.", credibility: 3,
            kind: .words, translated: true)
        ]),
      Action(
        id: "mfa-echoes-denial", date: range("2023-08-21"), actor: "az-mfa",
        type: "public_statement", summary: "The ministry welcomed the Society's statement.",
        evidence: [
          Evidence(
            source: "eurasianet", quote: "The ministry welcomed the statement.", credibility: 3,
            kind: .fact)
        ]),
      Action(
        id: "mfa-blocks-convoy", date: range("2023-09-01"), actor: "az-mfa",
        type: "access_denial", summary: "The ministry refused passage to an ICRC convoy.",
        targets: ["icrc"],
        evidence: [
          Evidence(
            source: "occrp", quote: "The convoy was turned back at the checkpoint.",
            credibility: 2, kind: .fact)
        ]),
    ]
    audit.episodes = [
      Episode(
        id: "august-2023-denial", title: "The Society denies the crisis, August 2023",
        summary: "The Society and its president deny a humanitarian crisis; the ministry agrees.",
        actions: ["arcs-no-crisis-statement", "arcs-denial-repeated", "mfa-echoes-denial"])
    ]
    let rules = sampleRules + [convoyRule]
    let evaluated = Set(
      rules.filter { principles.isEmpty || principles.contains($0.basis.id) }.map(\.id))
    let hits = (sampleFindings(audit) + episodeHits(audit)).filter { evaluated.contains($0.rule) }
    let span = (first: range("2023-07-11"), last: range("2023-09-19"))
    var outcomes = sampleOutcomes(audit).filter { !["NEU-001", "IND-005"].contains($0.rule) }
    outcomes += [
      RuleOutcome(rule: "NEU-001", considered: 5, span: span, hits: 1),
      RuleOutcome(rule: "IND-005", considered: 5, span: span, hits: 1),
      RuleOutcome(rule: "CTX-001", considered: 3, span: span, hits: 1),
    ]
    let undecided: [Undecided] = [
      Undecided(
        rule: "IMP-002", action: "arcs-flour-convoy", person: nil,
        missing: ["action.quote", "action.channel"]),
      Undecided(rule: "IND-001", action: nil, person: "huseynova", missing: ["p.from"]),
    ]
    return ReportContext(
      evaluation: CaseEvaluation(
        audit: audit, hits: hits,
        outcomes: outcomes.filter { evaluated.contains($0.rule) }.sorted { $0.rule < $1.rule },
        unmatchedActions: ["arcs-flour-convoy", "mfa-echoes-denial"],
        undecided: undecided.filter { evaluated.contains($0.rule) }),
      catalogue: catalogue(rules, standards: [convoyStandard]),
      caseInput: InputFile(path: audit.path, text: "case: {id: \(audit.id)}\n"),
      verification: sampleVerification(audit), toolVersion: "0.1.0", date: nil,
      principles: principles)
  }

  /// The hits the episode sample adds: a second principle in the episode, a pattern, and a
  /// context rule's hit under its standard.
  private static func episodeHits(_ audit: AuditCase) -> [RuleHit] {
    let actions = Dictionary(uniqueKeysWithValues: audit.actions.map { ($0.id, $0) })
    let repeated = actions["arcs-denial-repeated"]!.evidence[0]
    let convoy = actions["mfa-blocks-convoy"]!.evidence[0]
    return [
      RuleHit(
        rule: "NEU-001", title: "A leader takes sides in the conflict", principle: "neutrality",
        severity: .high, organization: "arcs", actions: ["arcs-denial-repeated"], person: nil,
        message: "Novruz Aslanov took sides on 2023-08-20/2023-08-25",
        evidence: [cite("arcs-denial-repeated", repeated, .C, nil)],
        references: ["principle.neutrality", "integrity.statement.2019"], strength: .alleged,
        strengthBasis: "one source, Eurasianet, graded C3",
        conditions: [
          RuleHit.Condition(
            text: "action.tags contains \"takes_sides\"",
            values: ["action.tags = [\"takes_sides\"]"])
        ]),
      RuleHit(
        rule: "IND-005", title: "Repeated alignment with the government",
        principle: "independence", severity: .medium, organization: "arcs",
        actions: ["aslanov-praises-checkpoint", "arcs-no-crisis-statement"], person: nil,
        message: "2 acts aligned with the government within 365 days",
        evidence: [], references: ["principle.independence", "statutes.art4.4"],
        strength: .reported, strengthBasis: "one source, OCCRP, graded B2",
        conditions: [
          RuleHit.Condition(text: "org.id == \"arcs\"", values: ["org.id = \"arcs\""])
        ]),
      RuleHit(
        rule: "CTX-001", title: "An authority blocks humanitarian relief", principle: "ihl.rule55",
        severity: .high, organization: "az-mfa", actions: ["mfa-blocks-convoy"], person: nil,
        message: "Ministry of Foreign Affairs of Azerbaijan refused passage on 2023-09-01",
        evidence: [cite("mfa-blocks-convoy", convoy, .B, true)],
        references: ["principle.ihl.rule55", "statutes.art3"], strength: .reported,
        strengthBasis: "one source, OCCRP, graded B2",
        conditions: [
          RuleHit.Condition(
            text: "action.type == \"access_denial\"", values: ["action.type = \"access_denial\""])
        ]),
    ]
  }
}
