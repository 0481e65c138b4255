/// Footnote labels for sources: `src-` and the source id reduced to `[a-z0-9-]`, unique per report.
///
/// Labels are assigned in order of source id, so the same sources always get the same labels
/// whatever order the case lists them in.
public struct FootnoteLabels: Sendable {
  private let labels: [String: String]

  /// Assigns a label to every id in `sourceIDs`.
  public init(_ sourceIDs: some Sequence<String>) {
    var labels: [String: String] = [:]
    var used: Set<String> = []
    for id in Set(sourceIDs).sorted() {
      let base = "src-" + Self.reduced(id)
      var label = base
      var counter = 2
      while used.contains(label) {
        label = base + "-" + String(counter)
        counter += 1
      }
      used.insert(label)
      labels[id] = label
    }
    self.labels = labels
  }

  /// The label of `sourceID`, e.g. `src-occrp` (a label is made up for an id not given at init).
  public func label(_ sourceID: String) -> String {
    labels[sourceID] ?? "src-" + Self.reduced(sourceID)
  }

  /// A footnote reference, `[^src-occrp]`.
  public func reference(_ sourceID: String) -> String { "[^" + label(sourceID) + "]" }

  /// `id` lower-cased with every run of other characters made one `-`, at most 48 characters.
  static func reduced(_ id: String) -> String {
    var result = ""
    for scalar in id.lowercased().unicodeScalars {
      let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
      if keep {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty && !result.hasSuffix("-") {
        result += "-"
      }
      if result.count >= 48 { break }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "source" : result
  }
}
