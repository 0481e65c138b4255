/// An Aho–Corasick automaton over the anchors of `QuoteSearch`: a trie of byte strings with
/// failure links, so that one pass over a text meets every occurrence of every anchor.
///
/// Edges are kept sparse (a node's children in a short list; once linked, all of them in flat
/// arrays, a node's edges side by side), except the root's, which is a table of 256: most of a
/// text's bytes leave the root and come back to it.
struct AnchorAutomaton {
  /// Each node's children while the trie is built; emptied by `link`.
  private var children: [[(byte: UInt8, node: Int32)]] = [[]]
  /// Once linked: node n's edges are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, leading to
  /// the same positions of `edgeTargets`.
  private var edgeStart: [Int32] = []
  private var edgeBytes: [UInt8] = []
  private var edgeTargets: [Int32] = []
  private var failure: [Int32] = [0]
  private var depths: [Int32] = [0]
  /// The quotes whose anchor ends at each node, still unfound.
  private var quotes: [[Int32]] = [[]]
  /// The nearest node on the failure chain (itself excluded) with quotes, or -1.
  private var outputLink: [Int32] = [-1]
  /// Once linked: the node itself if an anchor ends there, else its `outputLink`.
  private var firstOutputs: [Int32] = []
  private var root = [Int32](repeating: 0, count: 256)

  /// Adds `quote`'s anchor.
  mutating func insert(_ anchor: some Collection<UInt8>, quote: Int32) {
    var node: Int32 = 0
    for byte in anchor {
      if let next = children[Int(node)].first(where: { $0.byte == byte })?.node {
        node = next
      } else {
        let next = Int32(children.count)
        children.append([])
        failure.append(0)
        depths.append(depths[Int(node)] + 1)
        quotes.append([])
        outputLink.append(-1)
        children[Int(node)].append((byte, next))
        node = next
      }
    }
    quotes[Int(node)].append(quote)
  }

  /// Computes the failure and output links, breadth first; call once, after every insert.
  mutating func link() {
    edgeStart.reserveCapacity(children.count + 1)
    for node in children {
      edgeStart.append(Int32(edgeBytes.count))
      for (byte, child) in node {
        edgeBytes.append(byte)
        edgeTargets.append(child)
      }
    }
    edgeStart.append(Int32(edgeBytes.count))
    var queue: [Int32] = []
    for (byte, node) in children[0] {
      root[Int(byte)] = node
      queue.append(node)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for (byte, child) in children[Int(node)] {
        var fallback = failure[Int(node)]
        while fallback != 0, edge(fallback, byte) == nil { fallback = failure[Int(fallback)] }
        let target = fallback == 0 ? root[Int(byte)] : (edge(fallback, byte) ?? 0)
        failure[Int(child)] = target == child ? 0 : target
        let linked = failure[Int(child)]
        outputLink[Int(child)] = quotes[Int(linked)].isEmpty ? outputLink[Int(linked)] : linked
        queue.append(child)
      }
    }
    children = []
    firstOutputs = (0..<quotes.count).map { quotes[$0].isEmpty ? outputLink[$0] : Int32($0) }
  }

  @inline(__always)
  private func edge(_ node: Int32, _ byte: UInt8) -> Int32? {
    if node == 0 {
      let next = root[Int(byte)]
      return next == 0 ? nil : next
    }
    var index = Int(edgeStart[Int(node)])
    let end = Int(edgeStart[Int(node) + 1])
    while index < end {
      if edgeBytes[index] == byte { return edgeTargets[index] }
      index += 1
    }
    return nil
  }

  /// The state after reading `byte` in `state`; each move counted in `steps`.
  @inline(__always)
  func step(_ state: Int32, _ byte: UInt8, steps: inout Int) -> Int32 {
    var node = state
    while true {
      steps += 1
      if let next = edge(node, byte) { return next }
      if node == 0 { return 0 }
      node = failure[Int(node)]
    }
  }

  /// The first node on `state`'s failure chain (itself included) where an anchor ends, or -1.
  @inline(__always)
  func firstOutput(_ state: Int32) -> Int32 { firstOutputs[Int(state)] }

  /// The next node after `node` on the failure chain where an anchor ends, or -1.
  func nextOutput(_ node: Int32) -> Int32 { outputLink[Int(node)] }

  /// The length of the anchor ending at `node`.
  func depth(_ node: Int32) -> Int { Int(depths[Int(node)]) }

  /// Offers each quote of `node` to `isFound`; those found leave the automaton.
  mutating func removeQuotes(at node: Int32, where isFound: (Int32) -> Bool) {
    guard !quotes[Int(node)].isEmpty else { return }
    quotes[Int(node)].removeAll(where: isFound)
  }
}
