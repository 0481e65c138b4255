/// A source of evidence, graded for reliability, optionally archived for verification.
public struct Source: Hashable, Sendable {
  /// The archived copy of a source: where it is, its SHA-256, and how much of the source it
  /// holds.
  public struct Archive: Hashable, Sendable {
    /// How much of the source an archived copy holds.
    public enum Coverage: String, CaseIterable, Sendable {
      /// The whole of the source as published.
      case whole
      /// Only the part of it that could be read: a quote found in it is verified against an
      /// excerpt, and a quote not found may still be in the part not archived.
      case excerpt
    }

    /// Path relative to the case file's folder or to `--archive-dir`.
    public var path: String
    /// Lower-case hex SHA-256 of the archived file.
    public var sha256: String
    /// Whether the copy is the whole source or an excerpt of it.
    public var coverage: Coverage
    /// Where the `archive` key stands.
    public var location: SourceLocation?
    /// Creates an archive entry.
    public init(
      path: String, sha256: String, coverage: Coverage = .whole, location: SourceLocation? = nil
    ) {
      self.path = path
      self.sha256 = sha256
      self.coverage = coverage
      self.location = location
    }
  }

  /// Where an archived copy was republished from: its original publisher, its URL, or both.
  public struct Republication: Hashable, Sendable {
    /// The original publisher.
    public var publisher: String?
    /// The original's http(s) URL.
    public var url: String?
    /// Creates a republication record, or nil when it names neither publisher nor URL.
    public init?(publisher: String?, url: String?) {
      guard publisher != nil || url != nil else { return nil }
      self.publisher = publisher
      self.url = url
    }
  }

  public var id: String
  public var title: String
  public var publisher: String?
  public var author: String?
  /// A term of the `source_types` vocabulary.
  public var type: String
  public var reliability: Reliability
  public var published: PartialDate?
  /// An http(s) URL, if any.
  public var url: String?
  public var archive: Archive?
  /// The id of the person or organisation whose own publication this is.
  public var by: String?
  /// Ids of sources this one repeats (so they are not independent).
  public var derivedFrom: [String]
  /// The wire story or press release this copy republishes, named by the analyst: sources
  /// that share one are not independent of each other.
  public var story: String?
  /// The language of this copy (e.g. `en`), when given.
  public var language: String?
  /// The original, when this copy is a republication.
  public var republishedFrom: Republication?
  public var location: SourceLocation?

  /// Creates a source.
  public init(
    id: String, title: String, publisher: String? = nil, author: String? = nil, type: String,
    reliability: Reliability, published: PartialDate? = nil, url: String? = nil,
    archive: Archive? = nil, by: String? = nil, derivedFrom: [String] = [],
    story: String? = nil, language: String? = nil, republishedFrom: Republication? = nil,
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.author = author
    self.type = type
    self.reliability = reliability
    self.published = published
    self.url = url
    self.archive = archive
    self.by = by
    self.derivedFrom = derivedFrom
    self.story = story
    self.language = language
    self.republishedFrom = republishedFrom
    self.location = location
  }
}
