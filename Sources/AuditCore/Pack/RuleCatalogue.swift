/// Every loaded pack merged: the principles, standards, references, vocabulary and rules of a run.
public struct RuleCatalogue: Sendable {
  /// The packs in load order (the default pack first).
  public var packs: [PackManifest]
  public var principles: [Principle]
  /// The standards context rules judge other parties' acts by.
  public var standards: [Standard]
  public var references: [Reference]
  public var vocabulary: Vocabulary
  /// Every rule, ordered by id.
  public var rules: [RuleSpec]
  /// The measures a report may recommend, from every pack's `measures.yaml`, in load order.
  public var measures: [Measure] = []
  /// The thresholds of the first pack that defines them.
  public var strength: PackManifest.StrengthThresholds
  /// Every file read, for the report's method section.
  public var inputs: [InputFile]

  /// Creates a catalogue.
  public init(
    packs: [PackManifest], principles: [Principle], standards: [Standard] = [],
    references: [Reference], vocabulary: Vocabulary,
    rules: [RuleSpec], strength: PackManifest.StrengthThresholds, inputs: [InputFile]
  ) {
    self.packs = packs
    self.principles = principles
    self.standards = standards
    self.references = references
    self.vocabulary = vocabulary
    self.rules = rules
    self.strength = strength
    self.inputs = inputs
  }

  /// The principle with `id`.
  public func principle(_ id: String) -> Principle? { principles.first { $0.id == id } }
  /// The standard with `id`.
  public func standard(_ id: String) -> Standard? { standards.first { $0.id == id } }
  /// The rule with `id`.
  public func rule(_ id: String) -> RuleSpec? { rules.first { $0.id == id } }
  /// The reference with `id`.
  public func reference(_ id: String) -> Reference? { references.first { $0.id == id } }
}
