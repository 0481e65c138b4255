import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport

/// The fixture pack loaded and compiled, and the valid fixture case.
enum EngineFixture {
  static func catalogue(_ extra: [String] = []) throws -> RuleCatalogue {
    try PackLoader.load([FixturePaths.pack] + extra)
  }

  static func evaluator() throws -> (RuleCatalogue, Evaluator) {
    let catalogue = try catalogue()
    let rules = try CompiledRule.compileAll(catalogue)
    return (catalogue, Evaluator(rules: rules, thresholds: catalogue.strength))
  }

  static func validCase(_ catalogue: RuleCatalogue) throws -> AuditCase {
    try CaseLoader.load(path: FixturePaths.cases + "/valid.yaml", vocabulary: catalogue.vocabulary)
      .audit
  }

  static let thresholds = PackManifest.StrengthThresholds(
    primarySource: .init(maxReliability: .B, maxCredibility: 2), independentCount: 2,
    independentSources: .init(maxReliability: .C, maxCredibility: 3),
    reported: .init(maxReliability: .C, maxCredibility: 3))
}
