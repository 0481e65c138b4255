import AuditCore

extension CatalogueReader {
  /// A text's `in_force`: when it took effect and what replaced it. The successor is resolved
  /// once every pack is read (`resolveSuccessors`), in the same section as the text.
  mutating func inForce(_ f: Fields, section: String) -> InForce? {
    guard let node = f.required("in_force"), let g = decoder.mapping(node, .inForce),
      let from = g.date("from")
    else { return nil }
    let successor = g["superseded_by"].flatMap { decoder.string($0, "'superseded_by'") }
    if let successor, let location = g["superseded_by"]?.location {
      successors.append((successor, section, location))
    }
    return InForce(from: from, supersededBy: successor)
  }

  /// Reports each `superseded_by` that names no text of its section, with the nearest id.
  func resolveSuccessors() {
    for (id, section, location) in successors {
      let known =
        switch section {
        case "principles": principles.map(\.id)
        case "standards": standards.map(\.id)
        default: references.map(\.id)
        }
      if !known.contains(id) {
        decoder.report(
          LoadErrors.unresolved(
            id, kind: String(section.dropLast()), hint: decoder.hint(for: id, in: known),
            at: location))
      }
    }
  }
}
