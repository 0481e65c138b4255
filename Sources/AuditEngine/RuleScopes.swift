import AuditCore
import AuditExpression

/// The two scopes a rule compiles in, act and person, built once for a pack's vocabulary
/// rather than for each of its rules: each holds a set of every term of every vocabulary.
public struct RuleScopes: Sendable {
  /// What a rule of act scope can name.
  public let action: Scope
  /// What a rule of person scope can name.
  public let person: Scope

  /// The scopes of rules checked against `vocabulary`.
  public init(_ vocabulary: Vocabulary) {
    let terms = EvaluationSchema.vocabularies(vocabulary)
    action = Scope(variables: EvaluationSchema.actionVariables, vocabularies: terms)
    person = Scope(variables: EvaluationSchema.personVariables, vocabularies: terms)
  }

  /// The scope `spec`'s `scope:` names.
  public func scope(of spec: RuleSpec) -> Scope { spec.scope == .person ? person : action }
}
