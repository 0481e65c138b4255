import AuditCore
import AuditExpression

/// A rule with its expressions compiled once, when the packs load.
public struct CompiledRule: Sendable {
  /// The rule as written.
  public let spec: RuleSpec
  /// Its `when`.
  public let condition: CompiledExpression
  /// Its `message`.
  public let message: MessageTemplate
  /// A pattern rule's `group_by`, if any.
  public let groupBy: CompiledExpression?

  /// Compiles `spec` in the scope its `scope:` names; every problem is reported at once.
  public static func compile(_ spec: RuleSpec, vocabulary: Vocabulary) throws(Diagnostics)
    -> CompiledRule
  {
    let scope =
      spec.scope == .person
      ? EvaluationSchema.personScope(vocabulary) : EvaluationSchema.actionScope(vocabulary)
    var problems: [Diagnostic] = []
    var condition: CompiledExpression?
    var message: MessageTemplate?
    var groupBy: CompiledExpression?
    do {
      condition = try CompiledExpression.compile(
        spec.when.text, origin: spec.when.origin, scope: scope)
    } catch { problems += error.all }
    do {
      message = try MessageTemplate.compile(
        spec.message.text, origin: spec.message.origin, scope: scope)
    } catch { problems += error.all }
    if let text = spec.aggregate?.groupBy {
      do {
        groupBy = try CompiledExpression.compile(
          text.text, origin: text.origin, scope: scope, expecting: nil)
      } catch { problems += error.all }
    }
    guard let condition, let message, problems.isEmpty else { throw Diagnostics(problems) }
    return CompiledRule(spec: spec, condition: condition, message: message, groupBy: groupBy)
  }

  /// Compiles every rule of a catalogue, collecting the problems of all of them.
  public static func compileAll(_ catalogue: RuleCatalogue) throws(Diagnostics) -> [CompiledRule] {
    var bag = DiagnosticBag()
    var rules: [CompiledRule] = []
    for spec in catalogue.rules {
      do {
        rules.append(try compile(spec, vocabulary: catalogue.vocabulary))
      } catch { bag.report(contentsOf: error.all) }
    }
    guard !bag.hasErrors else { throw Diagnostics(bag.sorted) }
    return rules
  }
}
