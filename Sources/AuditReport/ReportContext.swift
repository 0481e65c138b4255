import AuditCore
import AuditEngine
import AuditLoading

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

    /// Creates an invocation; the defaults are a plain `audit CASE`.
    public init(
      ruleDirectories: [String] = [], noDefaultRules: Bool = false,
      archiveDirectory: String? = nil, format: String? = nil, explain: Bool = false
    ) {
      self.ruleDirectories = ruleDirectories
      self.noDefaultRules = noDefaultRules
      self.archiveDirectory = archiveDirectory
      self.format = format
      self.explain = explain
    }
  }

  /// Findings, outcomes and unmatched actions.
  public let evaluation: CaseEvaluation
  /// The packs, principles, references and vocabulary used.
  public let catalogue: RuleCatalogue
  /// The case file as read (path and SHA-256).
  public let caseInput: InputFile
  /// Which quotes were verified against archived copies.
  public let verification: QuoteVerification
  /// The engine's version, for the method section.
  public let toolVersion: String
  /// The report's date, only when given with `--date` (reports carry no clock otherwise).
  public let date: String?
  /// Principles the run was restricted to with `--principle`; empty means all.
  public let principles: [String]
  /// The options the report was made with.
  public let invocation: Invocation

  /// Creates a context.
  public init(
    evaluation: CaseEvaluation, catalogue: RuleCatalogue, caseInput: InputFile,
    verification: QuoteVerification, toolVersion: String, date: String?, principles: [String] = [],
    invocation: Invocation = .init()
  ) {
    self.evaluation = evaluation
    self.catalogue = catalogue
    self.caseInput = caseInput
    self.verification = verification
    self.toolVersion = toolVersion
    self.date = date
    self.principles = principles
    self.invocation = invocation
  }

  /// The case.
  public var audit: AuditCase { evaluation.audit }
}
