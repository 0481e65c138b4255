/// Values left for the process's exit to reclaim: freeing a million acts' strings one by one
/// takes longer than writing their report, and the memory goes back at exit anyway.
enum LeftForExit {
  /// Keeps `value` alive until the process ends; it is never freed.
  static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Kept(value))
  }

  private final class Kept<Held> {
    let value: Held
    init(_ value: Held) { self.value = value }
  }
}
