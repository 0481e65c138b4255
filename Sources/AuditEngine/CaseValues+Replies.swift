import AuditCore

/// The subject's replies are never evaluated: a reply to an allegation or a decision is the
/// Society exercising its right of reply, and judging it would punish the reply itself.
extension CaseValues {
  /// `audit` as rules see it: without its `responses`. Every value a rule reads is laid out
  /// from the case `CaseValues` holds, which is this one, so no expression — `when`,
  /// `severity_when`, `group_by` or a message — can reach a reply, whatever the schema grows.
  static func withoutReplies(_ audit: AuditCase) -> AuditCase {
    guard !audit.responses.isEmpty else { return audit }
    var seen = audit
    seen.responses = []
    return seen
  }
}
