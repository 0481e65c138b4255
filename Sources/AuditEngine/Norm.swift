import AuditCore

/// A norm a rule rests on — its principle, a provision it breaches, or its standard — with the
/// days it was in force: from when it took effect until its successor did.
public struct Norm: Sendable, Hashable {
  /// The id in its catalogue.
  public var id: String
  /// When it took effect; nil when the catalogue does not say.
  public var from: PartialDate?
  /// When its successor took effect (it ceased to apply then); nil while in force.
  public var until: PartialDate?

  /// Creates a norm.
  public init(id: String, from: PartialDate?, until: PartialDate? = nil) {
    self.id = id
    self.from = from
    self.until = until
  }

  /// True when the norm may have been in force on some day of `date`: it took effect by the
  /// act's last day and was not yet replaced on its first.
  public func applies(on date: DateRange) -> Bool {
    if let from, from.firstDay > date.lastDay { return false }
    if let until, until.firstDay <= date.firstDay { return false }
    return true
  }

  /// The norms `spec` rests on, in the order the rule names them: the principle (or the
  /// standard), then each provision of `breaches`.
  public static func resolve(_ spec: RuleSpec, in catalogue: RuleCatalogue) -> [Norm] {
    var norms: [Norm] = []
    switch spec.basis {
    case .principle(let id):
      let principle = catalogue.principle(id)
      let successor = principle?.inForce?.supersededBy.flatMap { catalogue.principle($0) }
      norms.append(Norm(id: id, from: principle?.inForce?.from, until: successor?.inForce?.from))
    case .standard(let id):
      let standard = catalogue.standard(id)
      let successor = standard?.inForce?.supersededBy.flatMap { catalogue.standard($0) }
      norms.append(Norm(id: id, from: standard?.inForce?.from, until: successor?.inForce?.from))
    case .instruments:
      break
    }
    for id in spec.breaches {
      let reference = catalogue.reference(id)
      let successor = reference?.inForce?.supersededBy.flatMap { catalogue.reference($0) }
      norms.append(Norm(id: id, from: reference?.inForce?.from, until: successor?.inForce?.from))
    }
    return norms
  }
}
