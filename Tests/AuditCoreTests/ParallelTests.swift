import XCTest

@testable import AuditCore

/// Work spread over the cores gives what one core would, in the same order.
final class ParallelTests: XCTestCase {
  func testAMapInPiecesIsTheMapInOrderInRoomForItsItemsOnly() {
    for count in [0, 1, 2047, 2048, 2049, 10_000] {
      let items = Array(0..<count)
      let mapped = Parallel.map(items, piece: 1024) { $0 * 3 + 1 }
      XCTAssertEqual(mapped, items.map { $0 * 3 + 1 }, "\(count) items")
      // Joined by doubling, 10,000 items would hold room for 16,384.
      XCTAssertLessThanOrEqual(mapped.capacity, count + 2, "\(count) items")
    }
  }
}
