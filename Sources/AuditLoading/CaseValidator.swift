import AuditCore

/// Checks what can only be checked once a whole case is read: unique ids, references that
/// resolve, and whose behalf each act was done on.
struct CaseValidator {
  let decoder: NodeDecoder

  func validate(_ audit: AuditCase) {
    let organizations = unique(
      audit.organizations.map { ($0.id, $0.location) }, in: "organizations")
    // The large sections are checked in place: a list of a million (id, location) pairs and a
    // set of their ids would add a tenth to the peak memory of a large case.
    checkUnique(audit.people, .person, in: "people") { ($0.id, $0.location) }
    checkUnique(audit.sources, .source, in: "sources") { ($0.id, $0.location) }
    checkUnique(audit.actions, .action, in: "actions") { ($0.id, $0.location) }
    _ = unique(audit.episodes.map { ($0.id, $0.location) }, in: "episodes")
    for person in audit.people where organizations.contains(person.id) {
      decoder.report(
        .error(
          .schemaDuplicateID,
          "'\(person.id)' names both a person and an organization: an actor must be one or the other",
          at: person.location))
    }
    // Every entry read declared its id, even one with other errors, so that one bad entry
    // does not also make every reference to it an error; the references left are those not
    // declared when they were read.
    var indexes: [NodeDecoder.Referent: Suggestion.Index] = [:]
    for reference in decoder.references
    where !decoder.isDeclared(reference.id, as: reference.referent) {
      // Built once per kind, and only when a hint is wanted.
      let index =
        indexes[reference.referent]
        ?? Suggestion.Index(decoder.bag.isFull ? [] : decoder.declared.ids(of: reference.referent))
      indexes[reference.referent] = index
      decoder.report(
        LoadErrors.unresolved(
          reference.id, kind: reference.referent.rawValue,
          hint: decoder.hint(for: reference.id, in: index), at: reference.location))
    }
    // The ids declared of acts and people are not read again: let go before the table below
    // is built, so that a large case does not hold both (a set and a table of a million ids).
    decoder.declared.forget(.action)
    decoder.declared.forget(.person)
    // The position of each person by id, so that finding each act's actor does not scan them.
    let people = PositionTable(audit.people) { $0.id }
    for action in audit.actions where action.onBehalfOf == nil {
      guard let index = people.position(of: action.actor, in: audit.people, id: { $0.id }) else {
        continue
      }
      let person = audit.people[index]
      // Nearly every act has one organisation or none: the set is made only past one.
      let held = person.positions.lazy.filter { $0.mayBeHeld(on: action.date) }.map(\.organization)
      guard let first = held.first, held.contains(where: { $0 != first }),
        let location = action.location
      else { continue }
      decoder.report(
        LoadErrors.ambiguousCapacity(
          person.id, organizations: Set(held).sorted(), date: action.date, at: location))
    }
    for person in audit.people {
      for position in person.positions {
        if let from = position.from, let to = position.to, from.firstDay > to.lastDay,
          let location = position.location
        {
          decoder.report(LoadErrors.positionOrder(position.role, at: location))
        }
      }
    }
  }

  /// Reports any id of `entries` written twice. When every entry read made one of `entries`
  /// (nothing was reported) and as many distinct ids were declared as there are entries, no id
  /// repeats and nothing more is built; otherwise `unique`'s check is made.
  private func checkUnique<Entry>(
    _ entries: [Entry], _ referent: NodeDecoder.Referent, in section: String,
    _ key: (Entry) -> (String, SourceLocation?)
  ) {
    if !decoder.bag.hasErrors, decoder.declared.count(of: referent) == entries.count {
      return
    }
    _ = unique(entries.map(key), in: section)
  }

  /// The ids of one section, reporting any written twice: a set of ids first, and only when
  /// one repeats, a table of where each was first written.
  private func unique(_ entries: [(String, SourceLocation?)], in section: String) -> Set<String> {
    var ids = Set<String>(minimumCapacity: entries.count)
    guard entries.allSatisfy({ ids.insert($0.0).inserted }) else {
      return uniqueLocating(entries, in: section)
    }
    return ids
  }

  private func uniqueLocating(_ entries: [(String, SourceLocation?)], in section: String)
    -> Set<String>
  {
    var seen: [String: SourceLocation?] = [:]
    for (id, location) in entries {
      if let first = seen[id] {
        if let location {
          decoder.report(LoadErrors.duplicateID(id, in: section, first: first, at: location))
        }
      } else {
        seen[id] = location
      }
    }
    return Set(seen.keys)
  }
}
