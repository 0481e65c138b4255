import AuditCore
import AuditExpression

/// A case laid out as expression values: the bindings of every act and person, each object
/// built by its `EvaluationSchema` layout.
///
/// The bindings can be laid out for only the acts and people a rule is to be evaluated on
/// (`layOut`): an index reads single fields (`value(at:ofAction:)`) without building the rest.
public struct CaseValues: Sendable {
  /// One act ready for evaluation.
  ///
  /// It refers to the act and its organisation by position in the case's lists rather than
  /// holding copies: a case has many acts, and a copy of each is many references to count.
  public struct ActionBinding: Sendable {
    private let all: [Action]
    private let position: Int
    private let organizations: [Organization]
    private let attributed: Int?
    /// Values of `action, actor, org, subject, case`; empty until laid out.
    public fileprivate(set) var bindings: [Value]

    /// The act, read in place (a copy would count a reference to each of its fields).
    public var action: Action {
      _read { yield all[position] }
    }
    /// The organisation the act is attributed to, if any.
    public var organization: Organization? { attributed.map { organizations[$0] } }
    /// The type of that organisation, if any.
    var organizationType: String? { attributed.map { organizations[$0].type } }
    /// The position of that organisation in the case's list, if any.
    var organizationPosition: Int? { attributed }

    fileprivate init(
      _ audit: AuditCase, _ position: Int, attributed: Int?, bindings: [Value]
    ) {
      self.all = audit.actions
      self.position = position
      self.organizations = audit.organizations
      self.attributed = attributed
      self.bindings = bindings
    }
  }

  /// One person ready for person-scope evaluation.
  public struct PersonBinding: Sendable {
    private let all: [Person]
    private let position: Int
    /// Values of `person, subject, case`; empty until laid out.
    public fileprivate(set) var bindings: [Value]

    /// The person, read in place.
    public var person: Person {
      _read { yield all[position] }
    }

    fileprivate init(_ audit: AuditCase, _ position: Int, bindings: [Value]) {
      self.all = audit.people
      self.position = position
      self.bindings = bindings
    }
  }

  public let audit: AuditCase
  /// The case's entities by id.
  public let index: CaseIndex
  public private(set) var actions: [ActionBinding]
  public private(set) var people: [PersonBinding]
  private let context: LayoutContext
  private let subject: Value
  private let caseValue: Value

  /// Lays out `audit`: every act's and person's bindings.
  public init(_ audit: AuditCase) {
    self.init(audit, layingOut: true)
  }

  /// Attributes `audit`'s acts; lays out their bindings and the people's only when `layingOut`
  /// (else `layOut` does it for those to be evaluated).
  init(_ audit: AuditCase, layingOut: Bool) {
    self.audit = audit
    let context = LayoutContext(audit)
    self.context = context
    self.index = context.index
    self.subject = context.organization(audit.subject)
    self.caseValue = EvaluationSchema.auditLayout.value(of: audit, in: context)
    // Each act's and person's values depend on nothing but the case: laid out on every core.
    let (subject, caseValue) = (subject, caseValue)
    // The first organisation with an id wins, as in `CaseIndex`.
    var organizationPositions: [String: Int] = [:]
    for (position, organization) in audit.organizations.enumerated()
    where organizationPositions[organization.id] == nil {
      organizationPositions[organization.id] = position
    }
    let organizations = organizationPositions
    self.actions = Parallel.map(Array(audit.actions.indices)) { position in
      // Read in place, not copied: see `inPlace`.
      audit.actions.withUnsafeBufferPointer { actions in
        let attributed = Self.attribution(of: actions[position], in: context.index).flatMap {
          organizations[$0]
        }
        return ActionBinding(
          audit, position, attributed: attributed,
          bindings: layingOut
            ? Self.bindings(
              actions[position], attributed.map { audit.organizations[$0] }, context,
              subject: subject, case: caseValue) : [])
      }
    }
    self.people = Parallel.map(Array(audit.people.indices)) { position in
      PersonBinding(
        audit, position,
        bindings: layingOut
          ? Self.bindings(audit.people[position], context, subject: subject, case: caseValue)
          : [])
    }
  }

  /// Lays out the bindings of the acts and people at these positions (each at most once).
  mutating func layOut(actions positions: [Int], people persons: [Int]) {
    let (acts, found) = Self.bindings(of: positions, persons, in: self)
    for (position, bindings) in zip(positions, acts) { actions[position].bindings = bindings }
    for (position, bindings) in zip(persons, found) { people[position].bindings = bindings }
  }

  /// The bindings of the acts and people at these positions in `values`; a function of its
  /// own so that no copy of `values` outlives it (`layOut` then changes its lists in place).
  private static func bindings(of positions: [Int], _ persons: [Int], in values: CaseValues)
    -> (actions: [[Value]], people: [[Value]])
  {
    let acts = Parallel.map(positions, piece: 1024) { position in
      Self.bindings(
        values.audit.actions[position], values.actions[position].organization, values.context,
        subject: values.subject, case: values.caseValue)
    }
    let people = Parallel.map(persons, piece: 1024) { position in
      Self.bindings(
        values.audit.people[position], values.context, subject: values.subject,
        case: values.caseValue)
    }
    return (acts, people)
  }

  /// The value at `path` (a variable of action scope, then slots) for the act at `position`,
  /// reading one field of `action` without building the others; nil when a step is missing.
  func value(at path: [Int], ofAction position: Int) -> Value? {
    guard let variable = path.first else { return nil }
    let value: Value
    let rest = path.dropFirst()
    switch variable {
    case 0: return inPlace(rest, of: position, in: audit.actions, EvaluationSchema.actionLayout)
    case 1: value = Self.actor(audit.actions[position], actions[position].organization, context)
    case 2: value = context.organization(actions[position].organization?.id)
    case 3: value = subject
    case 4: value = caseValue
    default: return nil
    }
    return Self.descend(value, rest)
  }

  /// The value at `slots` (none: the whole object) of the element at `position` of `list`,
  /// read in place: an act taken out of the case's list is a copy, which counts a reference to
  /// every one of its fields (and the index reads one field of every act).
  private func inPlace<Subject>(
    _ slots: ArraySlice<Int>, of position: Int, in list: [Subject], _ layout: ObjectLayout<Subject>
  ) -> Value? {
    list.withUnsafeBufferPointer { items in
      let subject = items.baseAddress! + position
      guard let slot = slots.first else { return layout.value(at: subject, in: context) }
      return layout.field(slot, at: subject, in: context).flatMap {
        Self.descend($0, slots.dropFirst())
      }
    }
  }

  /// The value at `path` (a variable of person scope, then slots) for the person at
  /// `position`, reading one field of `person`; nil when a step is missing.
  func value(at path: [Int], ofPerson position: Int) -> Value? {
    guard let variable = path.first else { return nil }
    let value: Value
    let rest = path.dropFirst()
    switch variable {
    case 0: return inPlace(rest, of: position, in: audit.people, EvaluationSchema.personLayout)
    case 1: value = subject
    case 2: value = caseValue
    default: return nil
    }
    return Self.descend(value, rest)
  }

  private static func descend(_ value: Value, _ slots: ArraySlice<Int>) -> Value? {
    var value = value
    for slot in slots {
      guard case .object(let fields) = value, fields.indices.contains(slot) else { return nil }
      value = fields[slot]
    }
    return value
  }

  private static func actor(_ action: Action, _ attributed: Organization?, _ context: LayoutContext)
    -> Value
  {
    context.party(action.actor).map {
      EvaluationSchema.actorLayout.value(
        of: .init(party: $0, action: action, attributed: attributed), in: context)
    } ?? .null
  }

  private static func bindings(
    _ action: Action, _ attributed: Organization?, _ context: LayoutContext, subject: Value,
    case caseValue: Value
  ) -> [Value] {
    [
      EvaluationSchema.actionLayout.value(of: action, in: context),
      actor(action, attributed, context), context.organization(attributed?.id), subject,
      caseValue,
    ]
  }

  private static func bindings(
    _ person: Person, _ context: LayoutContext, subject: Value, case caseValue: Value
  ) -> [Value] {
    [EvaluationSchema.personLayout.value(of: person, in: context), subject, caseValue]
  }

  /// The organisation an act is attributed to: `on_behalf_of`, the actor if an organisation,
  /// or the one organisation a person held a position in on that date.
  public static func attribution(of action: Action, in index: CaseIndex) -> String? {
    if let explicit = action.onBehalfOf { return explicit }
    if index.organization(action.actor) != nil { return action.actor }
    guard let person = index.position(ofPerson: action.actor) else { return nil }
    return index.audit.people.withUnsafeBufferPointer { people in
      var held: String?
      for position in people[person].positions where position.mayBeHeld(on: action.date) {
        if held == nil {
          held = position.organization
        } else if held != position.organization {
          return nil
        }
      }
      return held
    }
  }

  static func overlaps(_ p: Person.Position, _ period: (from: PartialDate, to: PartialDate)) -> Bool
  {
    if let from = p.from, from.firstDay > period.to.lastDay { return false }
    if let to = p.to, to.lastDay < period.from.firstDay { return false }
    return true
  }
}
