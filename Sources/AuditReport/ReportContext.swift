import AuditCore
import AuditEngine

/// Everything a report shows about one case: the evaluation and what it was computed from.
public struct ReportContext: Sendable {
  /// How the report was asked for: what the reproduce command must repeat. Where the report was
  /// written is not part of it: the same report has the same bytes wherever it is written.
  public struct Invocation: Sendable, Hashable {
    /// Each `--rules DIR`, in order.
    public var ruleDirectories: [String]
    /// `--no-default-rules`.
    public var noDefaultRules: Bool
    /// `--archive-dir DIR`.
    public var archiveDirectory: String?
    /// `--format`, when not the default (markdown).
    public var format: String?
    /// `--explain`: the Markdown shows why each rule fired.
    public var explain: Bool
    /// `--grade-others`: the Markdown and HTML show how rules read others' acts against the
    /// standards that bind them (the JSON always holds it).
    public var gradeOthers: Bool
    /// `--review FILE`, when the record was named rather than found beside the case.
    public var review: String?
    /// `--no-review`.
    public var noReview: Bool

    /// Creates an invocation; the defaults are a plain `audit CASE`.
    public init(
      ruleDirectories: [String] = [], noDefaultRules: Bool = false,
      archiveDirectory: String? = nil, format: String? = nil, explain: Bool = false,
      gradeOthers: Bool = false, review: String? = nil, noReview: Bool = false
    ) {
      self.gradeOthers = gradeOthers
      self.ruleDirectories = ruleDirectories
      self.noDefaultRules = noDefaultRules
      self.archiveDirectory = archiveDirectory
      self.format = format
      self.explain = explain
      self.review = review
      self.noReview = noReview
    }
  }

  /// What the engine concluded about the case: hits, assessment, verification, index.
  public let result: CaseResult
  /// The packs, principles, references and vocabulary used.
  public let catalogue: RuleCatalogue
  /// The case file as read (path and SHA-256).
  public let caseInput: InputFile
  /// The engine's version, for the method section.
  public let toolVersion: String
  /// The report's date, only when given with `--date` (reports carry no clock otherwise).
  public let date: String?
  /// The options the report was made with.
  public let invocation: Invocation
  /// The review record as read (path and SHA-256), when there is one.
  public let reviewInput: InputFile?

  /// Creates the context of `result`'s report.
  public init(
    result: CaseResult, catalogue: RuleCatalogue, caseInput: InputFile, toolVersion: String,
    date: String?, invocation: Invocation = .init(), reviewInput: InputFile? = nil
  ) {
    self.reviewInput = reviewInput
    self.result = result
    self.catalogue = catalogue
    self.caseInput = caseInput
    self.toolVersion = toolVersion
    self.date = date
    self.invocation = invocation
  }

  /// Creates the context of an evaluation made elsewhere (a test, a library user): the
  /// pipeline assesses it, keeping the rules of `principles` only.
  public init(
    evaluation: CaseEvaluation, catalogue: RuleCatalogue, caseInput: InputFile,
    verification: QuoteVerification, toolVersion: String, date: String?, principles: [String] = [],
    invocation: Invocation = .init()
  ) {
    let pipeline = AuditPipeline(catalogue: catalogue, compiled: [], principles: principles)
    self.init(
      result: pipeline.assess(evaluation, verification: verification), catalogue: catalogue,
      caseInput: caseInput, toolVersion: toolVersion, date: date, invocation: invocation)
  }

  /// Hits, outcomes and unmatched acts of the rules evaluated.
  public var evaluation: CaseEvaluation { result.evaluation }
  /// Which quotes were verified against archived copies.
  public var verification: QuoteVerification { result.verification }
  /// Principles the run was restricted to with `--principle`; empty means all.
  public var principles: [String] { result.principles }
  /// The case.
  public var audit: AuditCase { result.audit }
}
