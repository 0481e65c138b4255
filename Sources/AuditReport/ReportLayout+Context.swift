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
          .strong(pattern.hit.rule),
          .text(
            " — " + (rule?.title ?? pattern.hit.title) + " ("
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

  /// Acts of others (authorities) under their standards: essential context, never a breach of
  /// a principle by the subject.
  func contextSection<W: DocumentWriter>(_ writer: inout W) {
    writer.paragraph(
      "Acts of others, under the standards that bind them (international humanitarian law, the "
        + "States' duties under the Movement's Statutes). They are not findings against the "
        + "subject and are not counted as breaches of a principle.")
    var order: [String] = []
    var rulesByAction: [String: [RuleHit]] = [:]
    for hit in contents.assessment.context {
      for action in hit.actions.prefix(1) {
        if rulesByAction[action] == nil { order.append(action) }
        rulesByAction[action, default: []].append(hit)
      }
    }
    for id in order {
      guard let action = contents.action(id) else { continue }
      let standards = (rulesByAction[id] ?? []).map { hit -> String in
        let basis = contents.rule(hit.rule).map { contents.basisName($0.basis) } ?? hit.principle
        return hit.rule + " (" + basis + ")"
      }
      writer.paragraph(
        actLine(action, withDateNote: true) + [.text(" — " + standards.joined(separator: "; "))])
      writer.list(action.evidence.map { evidenceItem($0, id) })
    }
  }
}
