import AuditCore

/// Grades how firmly the evidence of a rule hit stands, with the pack's thresholds.
public struct StrengthGrader: Sendable {
  public let thresholds: PackManifest.StrengthThresholds

  /// Creates a grader.
  public init(thresholds: PackManifest.StrengthThresholds) { self.thresholds = thresholds }

  /// The strength of the evidence for one act, and what it rests on in words.
  ///
  /// `speakers` are the ids whose own publication counts as primary: the actor and the
  /// organisation the act is attributed to. Only `words` and `fact` items count: an act
  /// that rests only on a source's analysis or on background is at most alleged.
  public func grade(_ evidence: [Evidence], speakers: Set<String>, in index: CaseIndex)
    -> (Strength, String)
  {
    let counted = evidence.filter(\.kind.countsTowardStrength)
    if counted.isEmpty, !evidence.isEmpty {
      return (.alleged, Self.uncounted(evidence, in: index))
    }
    let graded = counted.compactMap { item in index.source(item.source).map { (item, $0) } }
    if let (item, source) = graded.first(where: { item, source in
      source.by.map(speakers.contains) == true
        && thresholds.primarySource.admits(source.reliability, item.credibility)
    }) {
      return (
        .established,
        "the actor's own words in a primary source, \(Self.name(source)) (\(source.reliability.rawValue)\(item.credibility))"
      )
    }
    let candidates = graded.filter {
      thresholds.independentSources.admits($0.1.reliability, $0.0.credibility)
    }.map(\.1)
    let independent = SourceIndependence.independent(candidates, in: index)
    if independent.count >= thresholds.independentCount {
      let names = independent.map(Self.name).joined(separator: "; ")
      return (.established, "\(independent.count) independent sources: \(names)")
    }
    if let (item, source) = graded.first(where: {
      thresholds.reported.admits($0.1.reliability, $0.0.credibility)
    }) {
      return (
        .reported,
        "one source, \(Self.name(source)), graded \(source.reliability.rawValue)\(item.credibility)"
      )
    }
    let grades = graded.map { "\(Self.name($0.1)) \($0.1.reliability.rawValue)\($0.0.credibility)" }
    let list = grades.isEmpty ? "no graded evidence" : grades.joined(separator: ", ")
    return (.alleged, "only evidence below the threshold for 'reported': \(list)")
  }

  /// A source as a reader knows it: its publisher (or title) and its date of publication.
  static func name(_ source: Source) -> String {
    (source.publisher ?? source.title)
      + (source.published.map { ", " + String(describing: $0) } ?? "")
  }

  /// The same, for a case not yet indexed: indexes it first (outside loops over acts).
  public func grade(_ evidence: [Evidence], speakers: Set<String>, in audit: AuditCase)
    -> (Strength, String)
  {
    grade(evidence, speakers: speakers, in: CaseIndex(audit))
  }

  /// The independent sources whose `words` or `fact` items the evidence cites, at any grade:
  /// how many separate bodies of reporting an act or a finding rests on.
  public static func independentSources(of evidence: [Evidence], in index: CaseIndex)
    -> [Source]
  {
    var ids: [String] = []
    for item in evidence where item.kind.countsTowardStrength && !ids.contains(item.source) {
      ids.append(item.source)
    }
    return SourceIndependence.independent(ids.compactMap(index.source), in: index)
  }

  /// Why evidence that is only analysis or background leaves an act alleged.
  static func uncounted(_ evidence: [Evidence], in index: CaseIndex) -> String {
    let kinds = Set(evidence.map(\.kind))
    let what =
      kinds == [.analysis]
      ? "the source's analysis"
      : kinds == [.context] ? "background context" : "the source's analysis and background context"
    let grades = evidence.map { item in
      index.source(item.source).map {
        "\(Self.name($0)) \($0.reliability.rawValue)\(item.credibility)"
      }
        ?? item.source
    }
    return "rests only on \(what) (\(grades.joined(separator: "; "))), "
      + "not on the actor's own words or a fact the source states"
  }
}
