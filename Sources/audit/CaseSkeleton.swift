import AuditCore

/// The text `audit new case` writes: a case that passes `audit check` as written, every key
/// commented, using terms of the loaded vocabulary.
struct CaseSkeleton {
  /// The case's id, also its report's name (`reports/<id>.md`).
  var id: String
  /// The loaded packs' vocabulary, which every term in the skeleton comes from.
  var vocabulary: Vocabulary

  var text: String {
    let society = vocabulary.pick(.organizationTypes, preferring: "national_society")
    let role = vocabulary.pick(.roles, preferring: "president")
    let source = vocabulary.pick(.sourceTypes, preferring: "news_report")
    let type = vocabulary.pick(.actionTypes, preferring: "public_statement")
    return """
      # A case: the recorded acts of one organisation, each with the evidence that shows it.
      # Replace every value, then run `audit check` on this file; `audit` on it writes
      # reports/\(id).md. Ids are written [a-z0-9][a-z0-9._-]* and every id referred to must be
      # defined here. Types, roles and tags are terms of the rule packs' vocabulary.yaml.
      case:
        id: \(id)
        title: The organisation and the events, in one line
        subject: society                 # the organisation audited: an id from organizations
        period: {from: 2024-01-01, to: 2024-12-31}
        summary: >-
          One paragraph in your own words: what happened, and why it is audited.
      organizations:
        - id: society
          name: Example Red Cross Society
          type: \(society)  # organization_types
          # country: NO                  # optional: ISO 3166-1 alpha-2
      people:
        - id: leader
          name: A. Leader
          positions:                     # roles held; from/to are dates, optional
            - {organization: society, role: \(role), from: 2020}
      sources:
        - id: article
          title: Title of the article, report or statement
          publisher: The publisher
          type: \(source)  # source_types
          reliability: C                 # Admiralty scale: A (completely reliable) … E, F (cannot be judged)
          url: https://example.org/article
          # by: society                  # optional: whose own publication this is (its words are primary)
          # derived_from: [other]        # optional: ids of sources this one repeats
          # language: en                 # optional: the language of this copy
          # archive: {path: article.txt, sha256: "…", coverage: whole}   # optional: `audit check` verifies quotes against it; coverage: excerpt when only part could be read
      actions:
        - id: statement
          date: 2024-03                  # YYYY-MM-DD, YYYY-MM, YYYY, or a range 2024-03-01/2024-03-15
          # date_note: where the source places the act, when it gives no date
          actor: leader                  # a person or an organisation
          # on_behalf_of: society        # needed when the person held positions in several organisations
          capacity: stated               # stated: the source says on whose behalf; inferred: your reading (flagged)
          type: \(type)  # action_types
          summary: What the actor did, in your words.
          # quote: the actor's own words # optional
          tags: []                       # tags: rules fire on them (`audit rules list` shows the rules)
          evidence:                      # at least one item: no evidence, no action
            - source: article
              quote: "The source's exact words that show the act."
              locator: "paragraph 4"     # optional: where in the source
              credibility: 3             # Admiralty scale: 1 (confirmed) … 5 (improbable), 6 (cannot be judged)
              kind: fact                 # words: the actor's own words; fact: the source states the act
                                         # happened; analysis: the source's reading; context: background
              # translated: true         # optional: the quote is a translation
      # episodes:                        # optional: acts that form one incident count as one finding
      #   - {id: the-incident, title: What happened, actions: [statement]}
      # responses:                       # optional: the subject's right of reply
      #   - {by: society, requested: 2024-05, outcome: no_response, evidence: [{source: article, quote: "…", credibility: 3, kind: words}]}

      """
  }
}
