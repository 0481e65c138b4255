import AuditCore

/// The mappings of a review record (docs/review-format.md).
extension FormatSchema {
  /// The whole review record.
  public static let reviewFile = FormatSchema(
    "review-file", what: "the review record",
    "A case's review record: its status with the committee, the decision on each finding, and the analyst's recorded judgements.",
    keys: [
      Key("case", .id, required: true, "the id of the case reviewed: the case file beside it"),
      Key(
        "status", .choice(ReviewRecord.Status.allCases.map(\.rawValue)), required: true,
        "where the case stands: draft, preliminary, sent_for_response, response_received, decided"
      ),
      Key("status_date", .date, "when it reached that status, YYYY-MM-DD; not in the future"),
      Key(
        "findings", .list(.object("review-finding")),
        "the decision on each finding, by the finding's id and fingerprint"),
      Key(
        "judgements", .list(.object("review-judgement")),
        "the analyst's recorded judgements: a tag considered for an act, declined or applied, and why"
      ),
    ])

  /// The decision on one finding.
  public static let reviewFinding = FormatSchema(
    "review-finding", what: "a finding's decision",
    "The decision on one finding, against the basis it was taken on.",
    keys: [
      Key(
        "finding", .id, required: true,
        "the finding's id as in the JSON report: its episode's id, its act's id, or its person's id"
      ),
      Key(
        "fingerprint", .fingerprint, required: true,
        "the finding's fingerprint when decided (findings[].fingerprint in the JSON report)"),
      Key(
        "decision", .choice(ReviewDecision.Verdict.allCases.map(\.rawValue)), required: true,
        "open, upheld, dismissed or referred"),
      Key("reason", .text, "why; required to dismiss or refer"),
      Key("decided_by", .text, "who decided; required unless open"),
      Key("date", .date, "when, YYYY-MM-DD; required unless open; not in the future"),
    ])

  /// A judgement on one tag of one act.
  public static let reviewJudgement = FormatSchema(
    "review-judgement", what: "a judgement",
    "An analyst's judgement on a tag for one act: declined (considered, not applied) or applied, and why.",
    keys: [
      Key("action", .reference("action"), required: true, "the act's id"),
      Key("tag", .term(.tags), required: true, "the tag considered"),
      Key(
        "judgement", .choice(ReviewJudgement.Kind.allCases.map(\.rawValue)), required: true,
        "declined or applied"),
      Key("reason", .text, required: true, "why, in the analyst's words"),
    ])
}
