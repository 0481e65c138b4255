import AuditCore
import AuditExpression

/// An object type as rules see it, declared once: each field's name, type and description
/// beside how its value is read from the case. The checker's schema and the evaluator's
/// values are both derived from the one list, so their slot orders cannot drift apart.
struct ObjectLayout<Subject>: Sendable {
  /// One field and how to read it.
  struct Field: Sendable {
    let field: ObjectSchema.Field
    /// Reads the subject where it lies: a generic closure taking the subject itself would be
    /// handed a copy of it (a reference counted for each of its fields) at every call.
    let read: @Sendable (UnsafePointer<Subject>, LayoutContext) -> Value

    /// A field of type `type` read by `read`.
    init(
      _ name: String, _ type: ValueType, _ summary: String = "",
      _ read: @escaping @Sendable (Subject, LayoutContext) -> Value
    ) {
      self.field = ObjectSchema.Field(name, type, summary)
      self.read = { subject, context in read(subject.pointee, context) }
    }

    /// A field that needs nothing but the subject.
    init(
      _ name: String, _ type: ValueType, _ summary: String = "",
      _ read: @escaping @Sendable (Subject) -> Value
    ) {
      self.init(name, type, summary) { subject, _ in read(subject) }
    }
  }

  /// The type the checker resolves field names against.
  let schema: ObjectSchema
  private let readers: [@Sendable (UnsafePointer<Subject>, LayoutContext) -> Value]

  /// Declares the object type `name` with `fields`, in slot order.
  init(_ name: String, _ fields: [Field]) {
    self.schema = ObjectSchema(name: name, fields: fields.map(\.field))
    self.readers = fields.map(\.read)
  }

  /// The object value of `subject`, one slot per field.
  func value(of subject: Subject, in context: LayoutContext) -> Value {
    withUnsafePointer(to: subject) { value(at: $0, in: context) }
  }

  /// The object value of the subject at `subject`.
  func value(at subject: UnsafePointer<Subject>, in context: LayoutContext) -> Value {
    .object(readers.map { $0(subject, context) })
  }

  /// The value of the field at `slot` alone of the subject at `subject`, or nil when there is
  /// none.
  func field(_ slot: Int, at subject: UnsafePointer<Subject>, in context: LayoutContext) -> Value? {
    readers.indices.contains(slot) ? readers[slot](subject, context) : nil
  }
}

/// What layouts read from besides their subject: the case indexed by id, and the values
/// shared by many objects (organisations, sources), built once per case.
struct LayoutContext {
  let index: CaseIndex
  private(set) var organizationValues: [String: Value] = [:]
  private(set) var sourceValues: [String: Value] = [:]

  init(_ audit: AuditCase) {
    index = CaseIndex(audit)
    let plain = self
    organizationValues = Dictionary(
      audit.organizations.map {
        ($0.id, EvaluationSchema.organizationLayout.value(of: $0, in: plain))
      },
      uniquingKeysWith: { first, _ in first })
    sourceValues = Dictionary(
      audit.sources.map { ($0.id, EvaluationSchema.sourceLayout.value(of: $0, in: plain)) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The case.
  var audit: AuditCase { index.audit }

  /// The value of the organisation `id`, or null.
  func organization(_ id: String?) -> Value { id.flatMap { organizationValues[$0] } ?? .null }

  /// The person or organisation `id`.
  func party(_ id: String) -> EvaluationSchema.Party? {
    if let o = index.organization(id) { return .organization(o) }
    if let p = index.person(id) { return .person(p) }
    return nil
  }

  /// The value of the source `id`, or null.
  func source(_ id: String) -> Value { sourceValues[id] ?? .null }
}

extension Value {
  /// A string, or null for nil.
  static func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
  /// A date, or null for nil.
  static func optional(_ date: PartialDate?) -> Value { date.map { .date(DaySpan($0)) } ?? .null }
  /// The span of days of a date range.
  static func date(_ range: DateRange) -> Value {
    .date(DaySpan(first: range.firstDay, last: range.lastDay))
  }
}
