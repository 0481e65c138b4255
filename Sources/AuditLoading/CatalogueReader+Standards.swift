import AuditCore

extension CatalogueReader {
  /// `standards.yaml`: the norms context rules judge other parties' acts by.
  mutating func standardsFile(_ node: YAMLNode) {
    guard let f = decoder.mapping(node, .standards) else { return }
    for item in f.list("standards") { standard(item) }
  }

  private mutating func standard(_ node: YAMLNode) {
    guard
      let f = decoder.mapping(node, .standard),
      let id = f.id("id"), let title = f.string("title"),
      let statusNode = f.required("status"),
      let status = decoder.choice(statusNode, "status", as: Reference.Status.self)
    else { return }
    let (text, summary) = wording(f, of: "standard '\(id)'", status: status)
    let cited = f.strings("references")
    standardReferences += cited.map { ($0.0, $0.1.location) }
    let inForce = self.inForce(f, section: "standards")
    guard unique(id, at: f["id"]!.location, section: "standards") else { return }
    standards.append(
      Standard(
        id: id, title: title, text: text, summary: summary,
        url: f["url"].flatMap { decoder.url($0, "'url'") }, status: status,
        references: cited.map(\.0), inForce: inForce))
  }

  /// Reports each reference a standard cites that no loaded pack defines.
  func resolveStandardReferences() {
    let known = references.map(\.id)
    for (id, location) in standardReferences where !known.contains(id) {
      decoder.report(
        LoadErrors.unresolved(
          id, kind: "reference", hint: decoder.hint(for: id, in: known), at: location))
    }
  }
}
