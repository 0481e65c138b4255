import AuditCore
import AuditEngine
import AuditLoading
import AuditTestSupport
import Foundation

/// The shipped pack, optionally with extra rule files written to a temporary folder, compiled;
/// a rule test's small case serves as a case to evaluate and assess.
enum StandardFixture {
  static func load(_ files: [String: String] = [:]) throws -> (RuleCatalogue, [CompiledRule]) {
    var folders = [FixturePaths.root + "/Rules"]
    if !files.isEmpty {
      let folder = try TemporaryFolder.make("standard")
      for (name, text) in files {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
      }
      folders.append(folder)
    }
    let catalogue = try PackLoader.load(folders)
    return (catalogue, try CompiledRule.compileAll(catalogue))
  }

  /// The case of test `name` of rule `id`.
  static func fixture(_ id: String, _ name: String, in catalogue: RuleCatalogue) -> AuditCase? {
    catalogue.rules.first { $0.id == id }?.tests.first { $0.name == name }?.fixture
  }

  /// `audit` evaluated by `rules` and assessed, through the engine's one entry point.
  static func assess(_ audit: AuditCase, _ rules: [CompiledRule], _ catalogue: RuleCatalogue)
    -> CaseAssessment
  {
    AuditPipeline(catalogue: catalogue, compiled: rules).run(audit).assessment
  }

  /// A case file of the repository, loaded with the shipped vocabulary.
  static func repositoryCase(_ name: String, _ catalogue: RuleCatalogue) throws -> AuditCase {
    try CaseLoader.load(
      path: FixturePaths.root + "/Cases/\(name).yaml", vocabulary: catalogue.vocabulary
    ).audit
  }
}
