import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport

/// The fixture pack loaded and compiled, and the valid fixture case.
enum EngineFixture {
  static func catalog(_ extra: [String] = []) throws -> RuleCatalog {
    try PackLoader.load([FixturePaths.pack] + extra)
  }

  static func evaluator() throws -> (RuleCatalog, Evaluator) {
    let catalog = try catalog()
    let rules = try CompiledRule.compileAll(catalog)
    return (catalog, Evaluator(rules: rules, thresholds: catalog.strength))
  }

  static func validCase(_ catalog: RuleCatalog) throws -> AuditCase {
    try CaseLoader.load(path: FixturePaths.cases + "/valid.yaml", vocabulary: catalog.vocabulary)
      .audit
  }

  static let thresholds = PackManifest.StrengthThresholds(
    primarySource: .init(maxReliability: .B, maxCredibility: 2), independentCount: 2,
    independentSources: .init(maxReliability: .C, maxCredibility: 3),
    reported: .init(maxReliability: .C, maxCredibility: 3))
}
