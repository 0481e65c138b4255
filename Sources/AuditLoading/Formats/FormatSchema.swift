import AuditCore

/// The declared shape of one YAML mapping the loader reads: its keys, each with its type, its
/// required-ness and a one-line description.
///
/// The decoders take their allowed keys from these declarations (`NodeDecoder.mapping`), and
/// `JSONSchemaWriter` turns the same declarations into the JSON Schemas under `docs/schemas/`,
/// so that what an editor checks and what the loader accepts cannot drift apart.
public final class FormatSchema: Sendable {
  /// The type of a key's value, as the loader reads it.
  public indirect enum ValueType: Sendable {
    /// Free text; non-empty (not only white space) when the key is required.
    case text
    /// A case id: `[a-z0-9][a-z0-9._-]*`.
    case id
    /// A rule id such as `NEU-001`: `[A-Za-z][A-Za-z0-9_.-]*`.
    case ruleID
    /// An id naming something declared elsewhere (`"organization"`, `"source"` …).
    case reference(String)
    /// A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case date
    /// A partial date or a range `FROM/TO` of them.
    case dateRange
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// `true` or `false`.
    case boolean
    /// One of fixed values (an enumeration of the model).
    case choice([String])
    /// A term of one of the pack's vocabularies, checked at load time.
    case term(Vocabulary.Kind)
    /// An `http://` or `https://` URL.
    case url
    /// A language code such as `en` or `pt-BR`.
    case language
    /// An ISO 3166-1 alpha-2 country code.
    case country
    /// 64 hexadecimal digits.
    case sha256
    /// A finding's fingerprint: 16 lower-case hexadecimal digits.
    case fingerprint
    /// A span of days written `30d`, `6w` or `1y`.
    case duration
    /// A question: text ending in `?`.
    case question
    /// An expression or message template of the rule language.
    case expression
    /// A mapping of term to its one-line definition, or to a `term` mapping (definition,
    /// synonyms, indicator phrases).
    case definitions
    /// A mapping of language code to a list of phrases in that language.
    case phrasesByLanguage
    /// A list of values of one type; `nonEmpty` when the loader refuses an empty list.
    case list(ValueType, nonEmpty: Bool = false)
    /// A mapping declared by another schema, by its `name`.
    case object(String)
  }

  /// One key of a mapping.
  public struct Key: Sendable {
    /// The key as written in YAML.
    public let name: String
    /// The type of its value.
    public let type: ValueType
    /// True when the loader reports its absence (or a `null` value).
    public let required: Bool
    /// What the key holds, in one line.
    public let description: String

    /// Declares a key.
    public init(_ name: String, _ type: ValueType, required: Bool = false, _ description: String) {
      self.name = name
      self.type = type
      self.required = required
      self.description = description
    }
  }

  /// The name of the definition in a JSON Schema's `$defs` (`action`, `rule-test` …).
  public let name: String
  /// How diagnostics name the mapping (`an action`, `'period'`, `pack.yaml`).
  public let what: String
  /// What the mapping is, in one line.
  public let description: String
  /// Its keys, in the order the documentation gives them.
  public let keys: [Key]
  /// Alternatives of which exactly one must be given, each a group of keys of which at least
  /// one is (`standard`, or `principle` and/or `breaches`).
  public let exactlyOne: [[String]]
  /// Keys of which at least one must be given (`text` or `summary`).
  public let atLeastOne: [String]
  /// The position of each key in `keys`, so that reading a mapping does not scan them.
  let positions: KeyPositions
  /// Whether the key at each position is required.
  let required: [Bool]

  /// Declares a mapping.
  public init(
    _ name: String, what: String, _ description: String, keys: [Key], exactlyOne: [[String]] = [],
    atLeastOne: [String] = []
  ) {
    self.name = name
    self.what = what
    self.description = description
    self.keys = keys
    self.exactlyOne = exactlyOne
    self.atLeastOne = atLeastOne
    self.required = keys.map(\.required)
    self.positions = KeyPositions(keys.map(\.name))
  }

  /// The names of the keys, as the decoder allows them.
  public var keyNames: [String] { keys.map(\.name) }

  /// The declaration of `name`, if declared.
  public func key(_ name: String) -> Key? { positions.position(of: name).map { keys[$0] } }

  /// The same mapping with `names` optional: a rule test's action, where defaults fill in.
  func relaxing(_ names: Set<String>, name: String, description: String) -> FormatSchema {
    FormatSchema(
      name, what: what, description,
      keys: keys.map { names.contains($0.name) ? Key($0.name, $0.type, $0.description) : $0 },
      exactlyOne: exactlyOne, atLeastOne: atLeastOne)
  }
}
