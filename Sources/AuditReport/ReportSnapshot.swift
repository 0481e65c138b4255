import AuditCore

/// What `audit diff` needs of a JSON report, read back tolerantly: the case, and each finding's
/// number, id, fingerprint, title, grades, principles, instruments, acts and evidence. Every
/// other key is skipped unread, so a report of a later version that adds keys reads the same.
///
/// Accepted: `audit-report/2` and `audit-report/3` (which keeps `findings[]` as it is and only
/// adds keys). Anything else is refused with a located `E-REPORT-FORMAT`.
public struct ReportSnapshot: Sendable {
  /// The report versions this reader accepts.
  public static let acceptedSchemas = ["audit-report/2", "audit-report/3"]

  /// The file it was read from, as given.
  public var path: String
  /// Its `schema` value, such as `audit-report/2`.
  public var schema: String
  /// The case's id.
  public var caseID: String
  /// The case's title.
  public var caseTitle: String
  /// Where the case's id is written, for an error about it.
  public var caseLocation: SourceLocation?
  /// The findings about the subject, in the report's order.
  public var findings: [Finding]
  /// The ids of every act of the case, when the report lists them (to say why a finding is new
  /// or gone: an act added to the case, or one no rule matches any more).
  public var actions: Set<String>?

  /// One finding as the report states it.
  public struct Finding: Sendable {
    /// Its number in the report (1, 2 …).
    public var number: Int
    /// The episode, act or person id: the same finding keeps it between runs.
    public var id: String
    /// SHA-256 digits over its acts, person, rules and quotes; nil in reports written before it.
    public var fingerprint: String?
    /// Its title.
    public var title: String
    /// `info` … `critical`.
    public var severity: String
    /// `alleged`, `reported` or `established`.
    public var strength: String
    /// Why that strength, in words.
    public var strengthBasis: String?
    /// The subject's acts, by date.
    public var actions: [String]
    /// The person of a person finding.
    public var person: String?
    /// Each principle engaged, in the report's order.
    public var engagements: [Engagement]
    /// Every evidence item cited, in the report's order.
    public var evidence: [Citation]
    /// The provisions its rules breach (the `breaches` of its hits), sorted, each once.
    public var instruments: [String]
  }

  /// A principle a finding engages, with its grades and rules.
  public struct Engagement: Sendable, Equatable {
    /// The principle's id.
    public var principle: String
    /// The severity for this principle.
    public var severity: String
    /// The strength for this principle.
    public var strength: String
    /// The rules that found it.
    public var rules: [String]
  }

  /// An evidence item: which source, which words.
  public struct Citation: Sendable, Hashable {
    /// The source's id.
    public var source: String
    /// The quote, as in the case.
    public var quote: String
  }

  /// Creates a snapshot from its parts (tests build them directly).
  public init(
    path: String, schema: String = "audit-report/2", caseID: String, caseTitle: String,
    findings: [Finding], actions: Set<String>? = nil
  ) {
    self.path = path
    self.schema = schema
    self.caseID = caseID
    self.caseTitle = caseTitle
    self.findings = findings
    self.actions = actions
  }

  /// What is read of a report: everything else is only checked to be JSON.
  static let selection = JSONNodeReader.Selection.fields([
    "schema": .all, "format": .all,
    "case": .fields(["id": .all, "title": .all]),
    "findings": .fields([
      "number": .all, "id": .all, "fingerprint": .all, "title": .all, "severity": .all,
      "strength": .all, "strength_basis": .all, "actions": .all, "person": .all,
      "engagements": .all, "evidence": .fields(["source": .all, "quote": .all]),
    ]),
    "hits": .fields(["rule": .all, "breaches": .all, "actions": .all, "person": .all]),
    "actions": .fields(["id": .all]),
  ])

  /// Reads the report in `text`, from `path`; a located `E-REPORT-SYNTAX` or
  /// `E-REPORT-FORMAT` when it is not one this version can compare.
  public static func read(_ text: String, path: String) throws(Diagnostics) -> ReportSnapshot {
    try read(JSONNodeReader(text, path: path), path: path)
  }

  /// `read(_:path:)` of the file's UTF-8 bytes.
  public static func read(bytes: [UInt8], path: String) throws(Diagnostics) -> ReportSnapshot {
    try read(JSONNodeReader(bytes: bytes, path: path), path: path)
  }

  private static func read(_ reader: JSONNodeReader, path: String) throws(Diagnostics)
    -> ReportSnapshot
  {
    var reader = reader
    let root = try reader.read(keeping: selection)
    let start = SourceLocation(path: path, line: 1, column: 1)
    guard case .object = root.value else {
      throw notAReport("the file holds \(root.kind), not an object", at: root.location)
    }
    guard let schemaNode = root["schema"] ?? root["format"] else {
      throw notAReport("it has no 'schema' key", at: start)
    }
    guard let schema = schemaNode.string, acceptedSchemas.contains(schema) else {
      let shown = schemaNode.string.map { "'\(VisibleText.escaped($0))'" } ?? schemaNode.kind
      throw Diagnostics([
        .error(
          .reportFormat,
          "not a report this version can compare: its schema is \(shown), not "
            + acceptedSchemas.joined(separator: " or "),
          at: schemaNode.location)
      ])
    }
    let fields = SnapshotFields(path: path)
    let caseNode = try fields.object(root, "case", label: "")
    let caseID = try fields.string(caseNode, "id", label: "case")
    let caseTitle = try fields.string(caseNode, "title", label: "case")
    let breaches = try fields.breaches(root)
    var findings: [Finding] = []
    for (index, node) in try fields.array(root, "findings", label: "").enumerated() {
      findings.append(try fields.finding(node, label: "findings[\(index)]", breaches: breaches))
    }
    var actions: Set<String>?
    if let list = root["actions"]?.elements {
      actions = Set(list.compactMap { $0["id"]?.string })
    }
    var snapshot = ReportSnapshot(
      path: path, schema: schema, caseID: caseID, caseTitle: caseTitle, findings: findings,
      actions: actions)
    snapshot.caseLocation = caseNode["id"]?.location
    return snapshot
  }

  static func notAReport(_ why: String, at location: SourceLocation) -> Diagnostics {
    Diagnostics([.error(.reportFormat, "not an audit report: \(why)", at: location)])
  }
}

extension ReportSnapshot {
  /// The snapshot of a report of this run, read back from its JSON form: what `--since`
  /// compares, by the same reader as a report on disk, so both sides are read alike.
  public init(_ report: PreparedReport, path: String) throws(Diagnostics) {
    let text = ReportStream.collect { JSONReport().write(report, to: &$0) }
    self = try ReportSnapshot.read(text, path: path)
  }
}
