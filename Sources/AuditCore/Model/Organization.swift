/// An organisation named in a case: the Society audited, a government, the ICRC …
public struct Organization: Hashable, Sendable {
  /// The case-local id.
  public var id: String
  /// Its name.
  public var name: String
  /// A term of the `organization_types` vocabulary.
  public var type: String
  /// ISO 3166-1 alpha-2 code, when given.
  public var country: String?
  /// Where it is declared.
  public var location: SourceLocation?

  /// Creates an organisation.
  public init(
    id: String, name: String, type: String, country: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.name = name
    self.type = type
    self.country = country
    self.location = location
  }
}
