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
  /// Each `severity_when` criterion's `if`, in order.
  public var severityWhen: [CompiledExpression] = []
  /// The norms the rule rests on (its principle, the provisions it breaches, its standard),
  /// with the days each was in force; empty when compiled without the catalogue.
  public var norms: [Norm] = []

  /// Compiles `spec` in the scope its `scope:` names, of `scopes` (built once for every rule
  /// of a pack); every problem is reported at once. `norms` are the texts it rests on,
  /// resolved in the catalogue (`Norm.resolve`).
  static func compile(_ spec: RuleSpec, in scopes: RuleScopes, norms: [Norm])
    throws(Diagnostics) -> CompiledRule
  {
    let scope = scopes.scope(of: spec)
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
    var severityWhen: [CompiledExpression] = []
    for criterion in spec.severityWhen {
      do {
        severityWhen.append(
          try CompiledExpression.compile(
            criterion.condition.text, origin: criterion.condition.origin, scope: scope))
      } catch { problems += error.all }
    }
    guard let condition, let message, problems.isEmpty else { throw Diagnostics(problems) }
    var rule = CompiledRule(spec: spec, condition: condition, message: message, groupBy: groupBy)
    rule.severityWhen = severityWhen
    rule.norms = norms
    return rule
  }

  /// Compiles every rule of a catalogue, collecting the problems of all of them. Each rule
  /// compiles by itself: on every core when `parallel`, else on the calling thread alone (the
  /// fuzz targets, whose leak check exempts only what their one-time setup builds on its own
  /// thread); the rules and the problems are the same either way, in the pack's order.
  public static func compileAll(_ catalogue: RuleCatalogue, parallel: Bool = true)
    throws(Diagnostics) -> [CompiledRule]
  {
    var bag = DiagnosticBag()
    var rules: [CompiledRule] = []
    let scopes = RuleScopes(catalogue.vocabulary)
    let compiled = Parallel.map(catalogue.rules.count, parallel: parallel) { index in
      let spec = catalogue.rules[index]
      return Result { () throws(Diagnostics) in
        try compile(spec, in: scopes, norms: Norm.resolve(spec, in: catalogue))
      }
    }
    for result in compiled {
      switch result {
      case .success(let rule): rules.append(rule)
      case .failure(let error): bag.report(contentsOf: error.all)
      }
    }
    guard !bag.hasErrors else { throw Diagnostics(bag.sorted) }
    return rules
  }
}
