/// A thrown list of diagnostics: what a stage returns when its input is bad.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
  /// The problems, at least one of them an error.
  public var all: [Diagnostic]
  /// Wraps a list of diagnostics.
  public init(_ all: [Diagnostic]) { self.all = all }
  /// One diagnostic per line.
  public var description: String { all.map(\.description).joined(separator: "\n") }
}
