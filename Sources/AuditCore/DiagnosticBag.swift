/// Collects the diagnostics of a run, so that every problem is reported before exiting.
///
/// Capped like cel-go's error bag: past `limit` errors, further ones are counted, not kept.
public struct DiagnosticBag: Sendable {
  /// What has been collected, in the order reported.
  public private(set) var diagnostics: [Diagnostic] = []
  /// How many errors were dropped past the cap.
  public private(set) var dropped = 0
  /// The most errors kept.
  public let limit: Int
  private var errorCount = 0
  private var kept: Set<Diagnostic> = []

  /// Creates an empty bag.
  public init(limit: Int = 200) { self.limit = limit }

  /// True when at least one error was reported.
  public var hasErrors: Bool { dropped > 0 || errorCount > 0 }

  /// True once the cap is reached: further errors are only counted, so work spent on their
  /// wording (a "did you mean" search) is wasted.
  public var isFull: Bool { errorCount >= limit }

  /// Adds one diagnostic, unless the cap is reached.
  public mutating func report(_ diagnostic: Diagnostic) {
    if diagnostic.severity == .error, isFull {
      dropped += 1
      return
    }
    guard kept.insert(diagnostic).inserted else { return }
    if diagnostic.severity == .error { errorCount += 1 }
    diagnostics.append(diagnostic)
  }

  /// Adds several diagnostics.
  public mutating func report(contentsOf others: some Sequence<Diagnostic>) {
    for diagnostic in others { report(diagnostic) }
  }

  /// The diagnostics ordered by file, line and column.
  public var sorted: [Diagnostic] { diagnostics.sorted() }
}
