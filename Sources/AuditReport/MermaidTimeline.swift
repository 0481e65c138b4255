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
    // Read as a reader would, the chart seemed to put year-only acts before dated ones of the
    // same year as if they came first: say how partial dates are placed.
    let placement =
      " A date given only as a year or a month (2023, 2023-08) is placed at its start; it says no more than that."
    return lines.joined(separator: "\n") + "\n\n" + note + placement
  }
}
