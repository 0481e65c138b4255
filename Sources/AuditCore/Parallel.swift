import Foundation

/// Runs independent pieces of work on every core, keeping their results in order: the output
/// is the same, byte for byte, as a run on one core.
public enum Parallel {
  /// The cores this process may run on.
  public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// `body(0..<count)` in order; in parallel when `parallel` and there is more than one piece.
  public static func map<T: Sendable>(_ count: Int, parallel: Bool, _ body: @Sendable (Int) -> T)
    -> [T]
  {
    guard parallel, count > 1, cores > 1 else {
      return (0..<count).map(body)
    }
    let slots = Slots<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { slots.store(body($0), at: $0) }
    return slots.values()
  }

  /// `items.map(transform)`, in pieces of `piece` elements on every core when there are at
  /// least two pieces.
  public static func map<Element: Sendable, T: Sendable>(
    _ items: [Element], piece: Int = 4096, _ transform: @Sendable (Element) -> T
  ) -> [T] {
    guard items.count >= 2 * piece else { return items.map(transform) }
    let starts = Array(stride(from: 0, to: items.count, by: piece))
    let pieces = map(starts.count, parallel: true) { part in
      items[starts[part]..<min(starts[part] + piece, items.count)].map(transform)
    }
    // Joined into room for exactly the items (`flatMap` grows its array by doubling: up to
    // twice the room, for as long as the result lives).
    var joined: [T] = []
    joined.reserveCapacity(items.count)
    for piece in pieces { joined.append(contentsOf: piece) }
    return joined
  }

  /// The results of `first` and `second`, run at the same time on two threads.
  public static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let slots = Slots<Either<First, Second>>(2)
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      slots.store(part == 0 ? .first(first()) : .second(second()), at: part)
    }
    guard case .first(let one) = slots.value(at: 0), case .second(let two) = slots.value(at: 1)
    else { preconditionFailure("each part stores its own kind of result") }
    return (one, two)
  }

  /// The result of one of the two parts of `both`.
  private enum Either<First, Second> {
    case first(First)
    case second(Second)
  }

  /// One slot per piece of work. Each piece writes its own slot only, and the slots are read
  /// after every piece has finished (`concurrentPerform` returns then), so no slot is shared.
  private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(_ count: Int) {
      self.count = count
      base = .allocate(capacity: count)
      base.initialize(repeating: nil, count: count)
    }

    deinit {
      base.deinitialize(count: count)
      base.deallocate()
    }

    func store(_ value: T, at position: Int) { base[position] = value }

    func value(at position: Int) -> T { base[position]! }

    func values() -> [T] { (0..<count).map { base[$0]! } }
  }
}
