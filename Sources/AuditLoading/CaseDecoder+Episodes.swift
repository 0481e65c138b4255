import AuditCore

extension CaseDecoder {
  /// An entry of the `episodes` section: acts grouped into an incident. Each act may be in
  /// one episode at most (`owners`: the episode each act was first put in); the ids of acts
  /// are resolved with the other references once the case is read.
  func episode(_ node: YAMLNode, owners: inout [String: String]) -> Episode? {
    declare(node, .episode)
    guard
      let f = decoder.mapping(node, .episode),
      let id = f.id("id")
    else { return nil }
    let title = f.string("title")
    let items = f.list("actions")
    if items.isEmpty, let list = f["actions"] {
      decoder.report(LoadErrors.emptyEpisode(id, at: list.location))
    }
    let actions = items.compactMap { item -> String? in
      guard let action = decoder.reference(item, .action) else { return nil }
      if let first = owners[action] {
        decoder.report(
          LoadErrors.actionInTwoEpisodes(action, first: first, second: id, at: item.location))
      } else {
        owners[action] = id
      }
      return action
    }
    guard let title, !actions.isEmpty else { return nil }
    return Episode(
      id: id, title: title, summary: f.string("summary"), actions: actions,
      location: node.location)
  }
}
