/// The report's timeline: a Mermaid flowchart of the actions in date order, findings highlighted.
///
/// A top-down flowchart renders on GitHub whatever the dates' precision (a Gantt chart needs
/// exact days). Every label goes through `ReportText.mermaidLabel`, which removes the characters
/// Mermaid or HTML would read; node ids are generated (`a1`, `a2` …), never taken from the case.
struct MermaidTimeline {
  let contents: ReportContents

  /// The diagram as a fenced `mermaid` block, or a sentence when the case has no action.
  func render() -> String {
    let actions = contents.actions
    guard !actions.isEmpty else { return "The case records no action." }
    var lines = ["```mermaid", "flowchart TD"]
    var flagged: [String] = []
    for (index, action) in actions.enumerated() {
      let node = "a\(index + 1)"
      var label = action.date.description + " · " + ReportText.mermaidLabel(action.id, limit: 40)
      let rules = contents.rules(citing: action.id)
      if !rules.isEmpty {
        let shown = rules.prefix(3).map { ReportText.mermaidLabel($0, limit: 16) }
        let more = rules.count > 3 ? " +\(rules.count - 3)" : ""
        label += " · " + shown.joined(separator: ", ") + more
        flagged.append(node)
      }
      lines.append("  \(node)[\"\(label)\"]")
    }
    for index in 1..<actions.count {
      lines.append("  a\(index) --> a\(index + 1)")
    }
    if !flagged.isEmpty {
      lines.append("  classDef finding fill:#fde2e1,stroke:#b42318,stroke-width:2px")
      lines.append("  class \(flagged.joined(separator: ",")) finding")
    }
    lines.append("```")
    let note =
      flagged.isEmpty
      ? "No action is cited by a finding."
      : "Actions cited by a finding are highlighted and carry the ids of the rules that fired."
    return lines.joined(separator: "\n") + "\n\n" + note
  }
}
