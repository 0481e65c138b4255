/// A rule pack's `pack.yaml`: its name, version and the strength thresholds.
public struct PackManifest: Hashable, Sendable {
  /// The worst grades evidence may have to count for a level of strength.
  public struct Grade: Hashable, Sendable {
    /// Worst accepted reliability (A best).
    public var maxReliability: Reliability
    /// Worst accepted credibility (1 best).
    public var maxCredibility: Int
    /// Creates a grade threshold.
    public init(maxReliability: Reliability, maxCredibility: Int) {
      self.maxReliability = maxReliability
      self.maxCredibility = maxCredibility
    }
    /// True when `reliability`/`credibility` are at least this good.
    public func admits(_ reliability: Reliability, _ credibility: Int) -> Bool {
      reliability <= maxReliability && credibility <= maxCredibility
    }
  }

  /// The thresholds for the strength of a finding (docs/rule-format.md, "pack.yaml").
  public struct StrengthThresholds: Hashable, Sendable {
    /// The actor's own words in a primary source.
    public var primarySource: Grade
    /// Independent sources needed for `established`.
    public var independentCount: Int
    public var independentSources: Grade
    /// One source for `reported`.
    public var reported: Grade
    /// Creates thresholds.
    public init(
      primarySource: Grade, independentCount: Int, independentSources: Grade, reported: Grade
    ) {
      self.primarySource = primarySource
      self.independentCount = independentCount
      self.independentSources = independentSources
      self.reported = reported
    }
  }

  public var name: String
  public var version: String
  public var description: String
  /// Absent in packs that inherit the default pack's thresholds.
  public var strength: StrengthThresholds?
  /// The pack's folder.
  public var path: String

  /// Creates a manifest.
  public init(
    name: String, version: String, description: String, strength: StrengthThresholds?, path: String
  ) {
    self.name = name
    self.version = version
    self.description = description
    self.strength = strength
    self.path = path
  }
}
