import AuditCore

/// The errors of a review record (docs/review-format.md).
extension LoadErrors {
  static func reviewOfOtherCase(_ id: String, case caseID: String, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .reviewCase,
      "the review record is of case '\(id)', not of '\(caseID)': a review record reviews the case it is read with",
      at: location)
  }
  static func unknownFinding(
    _ id: String, case caseID: String, hint: String, at location: SourceLocation
  ) -> Diagnostic {
    .error(
      .reviewFinding,
      "unknown finding '\(id)': no episode, act or person of case '\(caseID)' has this id" + hint,
      at: location)
  }
  static func decidedTwice(_ id: String, first: SourceLocation, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .reviewDuplicate,
      "finding '\(id)' is decided twice (first at line \(first.line)): one entry per finding",
      at: location)
  }
  static func judgedTwice(
    _ tag: String, action: String, first: SourceLocation, at location: SourceLocation
  ) -> Diagnostic {
    .error(
      .reviewDuplicate,
      "tag '\(tag)' of act '\(action)' is judged twice (first at line \(first.line)): one judgement per act and tag",
      at: location)
  }
  /// A dismissal or a referral without its reason.
  static func decisionNeedsReason(_ verdict: ReviewDecision.Verdict, at location: SourceLocation)
    -> Diagnostic
  {
    let why =
      verdict == .dismissed
      ? "a dismissed finding leaves the findings for the report's list of dismissed findings, with its reason"
      : "say to whom it is referred, and why"
    return .error(
      .reviewDecision, "a finding \(verdict.rawValue) needs 'reason': \(why)", at: location)
  }
  /// A decision other than open without who took it or when.
  static func decisionNeeds(
    _ key: String, _ verdict: ReviewDecision.Verdict, at location: SourceLocation
  ) -> Diagnostic {
    let what = key == "date" ? "when it was decided" : "who decided"
    return .error(
      .reviewDecision, "a finding \(verdict.rawValue) needs '\(key)': \(what)", at: location)
  }
  /// `decided_by` or `date` on an open finding.
  static func openWithDecision(_ key: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .reviewDecision,
      "'\(key)' is given but the decision is open: who decided and when are recorded with the decision (upheld, dismissed or referred)",
      at: location)
  }
  static func notADay(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(.schemaDate, "'\(value)' is not a day: write it YYYY-MM-DD", at: location)
  }
  static func futureDate(_ value: String, today: PartialDate, at location: SourceLocation)
    -> Diagnostic
  {
    .error(
      .reviewFuture,
      "the date \(value) is after today (\(today)): a review record holds what has been decided, when it was",
      at: location)
  }
  static func badFingerprint(_ value: String, at location: SourceLocation) -> Diagnostic {
    .error(
      .schemaValue,
      "'\(value)' is not a fingerprint: 16 lower-case hexadecimal digits, as findings[].fingerprint in the JSON report",
      at: location)
  }
}
