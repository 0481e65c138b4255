import AuditCore
import AuditEngine
import AuditLoading

@testable import AuditReport

extension ReportSamples {
  /// The sample with a second remark made in the same interview, grouped with the first into
  /// one episode, and resting only on the source's analysis; its capacity is inferred.
  static func episodeSample() -> ReportContext {
    var audit = sampleCase()
    audit.actions.append(
      Action(
        id: "aslanov-doubts-hunger", date: range("2023-07-12"), actor: "aslanov",
        capacity: .inferred, type: "interview",
        summary: "In the same interview the president cast doubt on reports of hunger.",
        tags: ["minimises_humanitarian_need"],
        evidence: [
          Evidence(
            source: "occrp", quote: "He went on to cast doubt on the severity of the crisis.",
            credibility: 2, kind: .analysis)
        ]))
    audit.episodes = [
      Episode(
        id: "july-interview", title: "The president's July interview",
        actions: ["aslanov-praises-checkpoint", "aslanov-doubts-hunger"])
    ]
    var findings = sampleFindings(audit)
    let doubt = audit.actions.last!
    findings.append(
      RuleHit(
        rule: "IMP-002", title: "A leader casts doubt on a population's suffering",
        principle: "impartiality", severity: .medium, organization: "arcs",
        actions: [doubt.id], person: nil, message: "Novruz Aslanov cast doubt on hunger",
        evidence: [cite(doubt.id, doubt.evidence[0], .B, true)],
        references: ["principle.impartiality"], strength: .alleged,
        strengthBasis: "rests only on the source's analysis", conditions: []))
    var outcomes = sampleOutcomes(audit)
    outcomes.removeAll { $0.rule == "IMP-002" }
    outcomes.append(RuleOutcome(rule: "IMP-002", considered: 4, span: nil, hits: 1))
    return context(
      audit, findings: findings, outcomes: outcomes.sorted { $0.rule < $1.rule },
      unmatched: ["arcs-flour-convoy"], rules: sampleRules,
      verification: sampleVerification(audit))
  }
}
