import AuditCore

/// The text `audit new rule` writes: a rule with a `match` and a `no_match` test that pass as
/// written, every key commented, using terms of the loaded vocabulary.
struct RuleSkeleton {
  /// The rule's id, e.g. `NEU-007`.
  var id: String
  /// The principle the rule tests.
  var principle: String
  /// The loaded packs' vocabulary, which every term in the skeleton comes from.
  var vocabulary: Vocabulary

  var text: String {
    let type = vocabulary.pick(.actionTypes, preferring: "public_statement")
    let tag = vocabulary.pick(.tags, preferring: "electoral_endorsement")
    let role = vocabulary.pick(.roles, preferring: "president")
    return """
      # A rule: which recorded conduct breaches which principle. One rule per file; the file is
      # read when the tool runs, so nothing is rebuilt. Check it with `audit rules validate` and
      # run its tests with `audit rules test` (add `--rules DIR` when it is not in ./Rules).
      # Terms (action types, tags, roles, organisation types) come from the packs'
      # vocabulary.yaml; an unknown one is an error with the nearest term.
      id: \(id)
      # The conduct, in one line, and the principle it breaches (an id from principles.yaml).
      title: Leadership makes a statement tagged \(tag)
      principle: \(principle)
      severity: medium                   # info | low | medium | high | critical
      applies_to: [national_society]     # organisation types the act is attributed to
      # When the rule fires: a typed expression over `action`, `actor`, `org`, `subject` and
      # `case` (see docs/expression-language.md). It fires only when it is true.
      when: >-
        action.type == "\(type)"
        and action.tags contains "\(tag)"
        and actor.roles.exists(r, r in ["\(role)"])
      # What a finding says; each {…} is an expression of the same scope.
      message: "{actor.name} ({actor.roles}) made a statement tagged \(tag) on {action.date}"
      rationale: >-
        Why this conduct breaches the principle, in two or three sentences a compliance
        committee can check against the principle's text.
      references: []                     # ids from references.yaml; the principle is always cited
      # What a committee must establish for a finding on the rule to stand: one to three
      # questions in plain words, each ending in '?'.
      questions:
        - "Was the leader speaking for the Society when the statement was made?"
      # Each test builds a small case: an organisation `subject` (a national society) is the
      # case subject, a source and one evidence item are added, the date is 2000-01-01.
      tests:
        - name: a leader's act with the tag matches
          expect: match
          people: [{id: p, name: P, positions: [{organization: subject, role: \(role)}]}]
          action: {actor: p, type: \(type), tags: [\(tag)]}
          message: "P (\(role)) made a statement tagged \(tag) on 2000-01-01"
        - name: the same act without the tag does not
          expect: no_match
          people: [{id: p, name: P, positions: [{organization: subject, role: \(role)}]}]
          action: {actor: p, type: \(type), tags: []}

      """
  }
}

extension Vocabulary {
  /// `preferred` when the vocabulary has it, else its first term in order (a placeholder the
  /// author replaces; always a term, so the skeleton loads).
  func pick(_ kind: Kind, preferring preferred: String) -> String {
    contains(preferred, in: kind) ? preferred : names(kind).first ?? preferred
  }
}
