/// How it is known in which capacity (on whose behalf) an act was done.
public enum Capacity: String, CaseIterable, Sendable {
  /// The source says in which capacity the actor acted.
  case stated
  /// The analyst's reading: the report flags it as a point to verify.
  case inferred
}
