import AuditCore
import AuditEngine

extension ReportLayout {
  /// A point to verify in plain words: the JSON report uses it as it is, the layout as text.
  static func pointToVerifyPlain(_ point: PointToVerify, _ contents: ReportContents) -> String {
    let act = point.action
    let action = contents.action(point.action)
    let actor = action.map { contents.name(of: $0.actor) } ?? act
    switch point {
    case .inferredCapacity:
      return "In what capacity \(actor) acted is the analyst's reading; the source does not say "
        + "(\(act))."
    case .analysisOnly:
      return "\(act) rests only on the source's analysis: no words of the actor, no stated fact."
    case .translated(_, let source):
      return "A quote of \(act) is a translation (\(source))."
    case .quoteNotFound(_, let source):
      return "A quote of \(act) was not found in the archived copy of \(source)."
    case .quoteUnchecked(_, let source):
      return "The quotes of \(act) from \(source) were not checked against an archived copy."
    case .approximateDate:
      let date = action.map { DateWording.phrase($0.date) } ?? "approximately"
      return "\(act) is dated only \(date)" + (action?.dateNote.map { " (\($0))" } ?? "") + "."
    case .outsidePeriod:
      return "\(act) falls outside the case period: background, not conduct within it."
    }
  }

  // MARK: - Patterns

  func patterns<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(
      "Rules that look across episodes; each episode counts once. They add no act to the "
        + "findings above.")
    writer.list(
      contents.assessment.patterns.map { pattern in
        let rule = contents.rule(pattern.hit.rule)
        let numbers = pattern.findings.compactMap { contents.number(of: $0) }
        let shown = numbers.filter { $0 <= contents.shownFindings.count }
        var text: [InlineSpan] = [
          .strong(rule?.title ?? pattern.hit.title),
          .text(
            " ("
              + contents.principleName(pattern.hit.principle) + ", "
              + pattern.hit.severity.rawValue + "): findings "),
        ]
        text += Self.references(findings: shown)
        if shown.count < numbers.count {
          text.append(
            .text((shown.isEmpty ? "" : ", ") + "\(numbers.count - shown.count) more not shown"))
        }
        var end = ""
        if let aggregate = rule?.aggregate {
          end += "; at least \(aggregate.atLeast) within \(aggregate.withinDays) days"
        }
        return ListItem(text: text + [.text(end + ".")])
      })
  }

  // MARK: - Context

  /// The ids of the standards (not principles) of the context hits, sorted.
  var contextStandards: [String] {
    let ids = contents.assessment.context.compactMap { hit -> String? in
      if case .standard(let id)? = contents.rule(hit.rule)?.basis { return id }
      return nil
    }
    return Set(ids).sorted()
  }

  /// Acts of others than the subject, by date, each attributed to the sources that report it:
  /// a neutral chronology. How a rule reads an authority's act against a standard is shown
  /// only when asked for (`--grade-others`) and is always in the JSON report: a committee on
  /// a National Society has no mandate over States.
  func contextSection<W: DocumentWriter>(_ writer: inout W) {
    let grade = contents.context.invocation.gradeOthers
    writer.paragraph(
      "What others did, as the sources report it, by date: context for the findings, not "
        + "findings. "
        + (grade
          ? "Each authority's act is shown with the standard a rule reads it against."
          : "How the rules read the authorities' acts against international humanitarian law "
            + "is in the JSON report, and shown here only when asked for."))
    var rulesByAction: [String: [RuleHit]] = [:]
    for hit in contents.assessment.context {
      for action in hit.actions.prefix(1) { rulesByAction[action, default: []].append(hit) }
    }
    contents.othersActions.forEach { action in
      var line: [InlineSpan] = [
        .strong(
          Self.capitalized(DateWording.phrase(action.date)) + ", "
            + contents.name(of: action.actor) + " ("
            + Vocabulary.phrase(action.type) + ")."),
        .text(" " + attribution(action) + action.summary),
      ]
      if let note = action.dateNote { line.append(.text(" (Date: " + note + ")")) }
      if grade, let hits = rulesByAction[action.id], !hits.isEmpty {
        let standards = hits.map { hit -> String in
          let basis = contents.rule(hit.rule).map { contents.basisName($0.basis) } ?? hit.principle
          return basis + " (" + hit.rule + ")"
        }
        line.append(.text(" Read against: " + standards.joined(separator: "; ") + "."))
      }
      writer.paragraph(line + citations(action))
    }
  }

  /// Note references to the sources of an act's evidence, each once: others' acts are told in
  /// the sources' voice and cited, not quoted at length (the JSON report holds the quotes).
  func citations(_ action: Action) -> [InlineSpan] {
    var seen: Set<String> = []
    return action.evidence.compactMap { item in
      seen.insert(item.source).inserted ? .note(label: contents.labels.label(item.source)) : nil
    }
  }

  /// "As OCCRP reports it: " — the publishers of an act's sources, so that others' conduct is
  /// told in the sources' voice, never the report's own.
  func attribution(_ action: Action) -> String {
    var names: [String] = []
    for item in action.evidence {
      let source = contents.index.source(item.source)
      let name = ReportContents.shortTitle(source?.publisher ?? source?.title ?? item.source)
      if !names.contains(name) { names.append(name) }
    }
    guard !names.isEmpty else { return "" }
    return "As " + Self.series(names) + (names.count == 1 ? " reports" : " report") + " it: "
  }

  /// `text` with its first letter in capitals.
  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
