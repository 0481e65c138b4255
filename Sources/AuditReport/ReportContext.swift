import AuditCore
import AuditEngine
import AuditLoading

/// Everything a report shows about one case: the evaluation and what it was computed from.
public struct ReportContext: Sendable {
  /// Findings, outcomes and unmatched actions.
  public let evaluation: CaseEvaluation
  /// The packs, principles, references and vocabulary used.
  public let catalog: RuleCatalog
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

  /// Creates a context.
  public init(
    evaluation: CaseEvaluation, catalog: RuleCatalog, caseInput: InputFile,
    verification: QuoteVerification, toolVersion: String, date: String?, principles: [String] = []
  ) {
    self.evaluation = evaluation
    self.catalog = catalog
    self.caseInput = caseInput
    self.verification = verification
    self.toolVersion = toolVersion
    self.date = date
    self.principles = principles
  }

  /// The case.
  public var audit: AuditCase { evaluation.audit }
}
