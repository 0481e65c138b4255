import AuditCore
import AuditEngine
import AuditLoading
import AuditReport

extension ReportSamples {
  /// The sample case: an ARCS-like society, four actions, four findings (one about a ministry).
  static func sampleCase() -> AuditCase {
    let occrpCrisis = Evidence(
      source: "occrp",
      quote:
        "Moreover, the statement went on to claim that there was “no ‘humanitarian crisis’ in the region.”",
      locator: "section ‘An Internal Question’", credibility: 2, kind: .words)
    let ownCrisis = Evidence(
      source: "arcs-site", quote: "There is no humanitarian crisis in the region.", credibility: 1,
      kind: .words)
    return AuditCase(
      id: "arcs", title: "Azerbaijan Red Crescent Society and the Nagorno-Karabakh blockade",
      subject: "arcs",
      period: (date("2022-12-12"), date("2023-12-31")),
      summary:
        "During the blockade of the Lachin corridor the Society's leaders spoke for the government.\n\nThis case records what they said.",
      organizations: [
        Organization(
          id: "arcs", name: "Azerbaijan Red Crescent Society", type: "national_society",
          country: "AZ"),
        Organization(
          id: "az-mfa", name: "Ministry of Foreign Affairs of Azerbaijan", type: "government",
          country: "AZ"),
        Organization(id: "az-parliament", name: "Milli Majlis", type: "legislature", country: "AZ"),
        Organization(id: "icrc", name: "International Committee of the Red Cross", type: "icrc"),
      ],
      people: [
        Person(
          id: "aslanov", name: "Novruz Aslanov",
          positions: [
            Person.Position(organization: "arcs", role: "president", from: date("1999")),
            Person.Position(
              organization: "az-parliament", role: "member_of_parliament", from: date("2005"),
              evidence: [
                Evidence(
                  source: "majlis", quote: "Aslanov Novruz — member of the Milli Majlis",
                  credibility: 1, kind: .fact)
              ]),
          ])
      ],
      sources: [
        Source(
          id: "occrp",
          title: "‘We Couldn’t Work Properly’: How Azerbaijan Obstructed Red Cross Relief",
          publisher: "OCCRP", author: "Rasmus Canbäck", type: "investigative_report",
          reliability: .B,
          published: date("2024-02"),
          url: "https://www.occrp.org/en/investigation/we-couldnt-work-properly",
          archive: Source.Archive(path: "occrp.txt", sha256: String(repeating: "ab", count: 32))),
        Source(
          id: "arcs-site", title: "Statement of 14 August 2023",
          publisher: "Azerbaijan Red Crescent Society",
          type: "official_statement", reliability: .B, url: "https://redcrescent.az/statement",
          by: "arcs"),
        Source(
          id: "majlis", title: "Members of the Milli Majlis", publisher: "Milli Majlis",
          type: "official_record", reliability: .A),
        Source(
          id: "eurasianet", title: "Background piece", publisher: "Eurasianet", type: "news_report",
          reliability: .C),
      ],
      actions: [
        Action(
          id: "arcs-no-crisis-statement", date: range("2023-08"), actor: "arcs",
          type: "public_statement",
          channel: "official statement",
          summary: "The Society stated there was no humanitarian crisis in the region.",
          quote: "no ‘humanitarian crisis’ in the region", tags: ["denies_humanitarian_need"],
          evidence: [occrpCrisis, ownCrisis]),
        Action(
          id: "aslanov-praises-checkpoint", date: range("2023-07-12"), actor: "aslanov",
          type: "interview",
          summary: "The president praised the checkpoint on the Lachin road.",
          tags: ["praises_military_action"],
          evidence: [
            Evidence(
              source: "occrp", quote: "Aslanov praised the checkpoint.", locator: "p. 4",
              credibility: 3, kind: .fact)
          ]),
        Action(
          id: "mfa-accuses-icrc", date: range("2023-07-11"), actor: "az-mfa",
          type: "public_statement",
          summary: "The ministry accused the ICRC of smuggling.", targets: ["icrc"],
          tags: ["delegitimises_party"],
          evidence: [
            Evidence(
              source: "occrp", quote: "The ministry accused the ICRC of smuggling.", credibility: 2,
              kind: .fact)
          ]),
        Action(
          id: "arcs-flour-convoy", date: range("2023-09-19"), actor: "arcs", type: "aid_delivery",
          summary: "Announced a convoy of 40 tonnes of flour to Khankendi.",
          evidence: [
            Evidence(
              source: "occrp", quote: "a convoy of 40 tonnes of flour", credibility: 2, kind: .fact)
          ]),
      ],
      responses: [
        Response(
          by: "arcs", requested: date("2024"), outcome: .noResponse,
          evidence: [
            Evidence(
              source: "occrp", quote: "The Society did not respond to requests for comment.",
              credibility: 1, kind: .fact)
          ])
      ],
      path: "Cases/arcs.yaml")
  }

  static func sampleFindings(_ audit: AuditCase) -> [RuleHit] {
    let actions = Dictionary(uniqueKeysWithValues: audit.actions.map { ($0.id, $0) })
    let crisis = actions["arcs-no-crisis-statement"]!.evidence
    return [
      RuleHit(
        rule: "IMP-001", title: "The Society denies a population's humanitarian need",
        principle: "impartiality",
        severity: .high, organization: "arcs", actions: ["arcs-no-crisis-statement"], person: nil,
        message: "Azerbaijan Red Crescent Society denied a humanitarian need on 2023-08",
        evidence: [
          cite("arcs-no-crisis-statement", crisis[0], .B, true),
          cite("arcs-no-crisis-statement", crisis[1], .B, nil),
        ],
        references: ["principle.impartiality", "statutes.art4.4", "statutes.art3"],
        strength: .established,
        strengthBasis:
          "the actor's own words in a primary source, Azerbaijan Red Crescent Society (B1)",
        conditions: [
          RuleHit.Condition(
            text: "action.tags contains \"denies_humanitarian_need\"",
            values: ["action.tags = [\"denies_humanitarian_need\"]"]),
          RuleHit.Condition(
            text: "org.type == \"national_society\"", values: ["org.type = \"national_society\""]),
        ]),
      RuleHit(
        rule: "NEU-002", title: "A leader praises a party's military action",
        principle: "neutrality", severity: .medium,
        organization: "arcs", actions: ["aslanov-praises-checkpoint"], person: nil,
        message: "Novruz Aslanov praised military action on 2023-07-12",
        evidence: [
          cite(
            "aslanov-praises-checkpoint", actions["aslanov-praises-checkpoint"]!.evidence[0], .B,
            true)
        ],
        references: ["principle.neutrality", "integrity.statement.2019"], strength: .reported,
        strengthBasis: "one source, OCCRP, graded B3",
        conditions: [
          RuleHit.Condition(
            text: "actor.roles.exists(r, r in [\"president\"])",
            values: ["actor.roles = [\"president\"]"])
        ]),
      RuleHit(
        rule: "IND-001", title: "A leader of the Society holds political office",
        principle: "independence",
        severity: .high, organization: "arcs", actions: [], person: "aslanov",
        message: "Novruz Aslanov, president, sits in the Milli Majlis",
        evidence: [cite("", audit.people[0].positions[1].evidence[0], .A, nil)],
        references: ["principle.independence", "statutes.art4.4"], strength: .established,
        strengthBasis: "the actor's own words in a primary source, Milli Majlis (A1)",
        conditions: [
          RuleHit.Condition(
            text: "person.positions.exists(p, p.organization.type == \"legislature\")", values: [])
        ]),
      RuleHit(
        rule: "NEU-004", title: "Delegitimising a party to the conflict", principle: "neutrality",
        severity: .high,
        organization: "az-mfa", actions: ["mfa-accuses-icrc"], person: nil,
        message: "Ministry of Foreign Affairs of Azerbaijan accused the ICRC on 2023-07-11",
        evidence: [cite("mfa-accuses-icrc", actions["mfa-accuses-icrc"]!.evidence[0], .B, true)],
        references: ["principle.neutrality"], strength: .reported,
        strengthBasis: "one source, OCCRP, graded B2",
        conditions: [
          RuleHit.Condition(
            text: "action.tags contains \"delegitimises_party\"",
            values: ["action.tags = [\"delegitimises_party\"]"])
        ]),
    ]
  }
}
