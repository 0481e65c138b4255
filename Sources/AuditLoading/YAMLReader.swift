import AuditCore
import CYAML
import Foundation

/// Reads one YAML document into located nodes through libyaml's event API.
///
/// Strict where an audit needs it: duplicate keys, several documents, unknown tags and
/// alias expansion past a bound are errors, never silently resolved.
public struct YAMLReader: Sendable {
  /// The most nodes aliases may add to a document when expanded ("billion laughs" bound);
  /// nodes written out in the file are not counted.
  public var maximumAliasNodes = 100_000
  /// The most bytes of scalar text aliases may add to a document when expanded: a thousand
  /// aliases of one 1 MB scalar would otherwise make a 1 GB document out of a 1 MB file.
  public var maximumAliasBytes = 10_000_000
  /// The deepest nesting accepted.
  public var maximumDepth = 200

  /// Creates a reader with the default bounds.
  public init() {}

  /// `text` in Unicode Normalization Form C: every scalar of a case or a rule passes here,
  /// so "Café" typed precomposed and "Cafe\u{301}" typed decomposed are one string to `==`,
  /// `contains` and `matches` alike (`CanonicalForm`: text known to be in NFC is returned as
  /// it is, without Foundation's normaliser).
  static func normalized(_ text: String) -> String {
    CanonicalForm.nfc(text)
  }

  /// `text` decoded and in NFC: `bytes` are libyaml's, which it has checked to be UTF-8.
  static func normalizedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    CanonicalForm.nfc(decoding: bytes)
  }

  /// Parses `text`; the path is used for locations only.
  public func read(_ text: String, path: String) throws(Diagnostics) -> YAMLNode {
    let source = SourceText(path: path, text: text)
    let fileBytes = Array(text.utf8)
    var bytes = fileBytes.isEmpty ? [0x20] : fileBytes
    let count = bytes.count
    let result: Result<YAMLNode, Diagnostics> = bytes.withUnsafeMutableBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(
          Diagnostics([LoadErrors.yamlSyntax("could not start the YAML parser", at: nil)]))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
      return withUnsafeMutablePointer(to: &parser) { parser in
        var state = ParseState(
          path: path, feed: .parser(parser), source: source, reader: self
        ) { problem, offset in
          LoadErrors.yamlSyntax(
            problem, at: SourceLocation(path: path, byteOffset: offset, in: fileBytes))
        }
        return state.run()
      }
    }
    return try result.get()
  }

  /// Builds the nodes of a file that another thread parses (`EventQueue.parse`), handing
  /// over the top-level mapping's entries in file order and the items of the lists named in
  /// `streamedLists` one by one, so that a large case is never held whole, as text or as
  /// nodes.
  ///
  /// The origins of values over several lines are not kept (a case needs none). A file that
  /// is not well-formed gets the diagnostics `read(_:path:)` gives, located and worded alike:
  /// libyaml's own errors come from the parsing thread (`EventQueue.failure`), and a reader
  /// error, located only by a byte offset, is reported by `readerProblem` (given the problem
  /// and the offset), which can read the file again there.
  ///
  /// `plainItem`, when given, is offered each streamed item that is a mapping with no anchor,
  /// alias or tag, as its events; when it takes the item (true), no node is built for it.
  /// When it declines, the item's nodes are built from the same events and handed to `sink`.
  func stream(
    _ events: EventQueue, path: String, streamedLists: Set<String>,
    readerProblem: @escaping (_ problem: String, _ offset: Int) -> Diagnostic,
    plainItem: (([YAMLEvent]) -> Bool)? = nil,
    into sink: @escaping (TopLevelPart) -> Void
  ) throws(Diagnostics) {
    var state = ParseState(
      path: path, feed: .queued(events), source: nil, reader: self, readerProblem: readerProblem)
    state.streamedLists = streamedLists
    state.sink = sink
    state.plainItem = plainItem
    defer { state.handBack() }
    _ = try state.run().get()
  }
}

/// What a streaming read hands over, in file order.
enum TopLevelPart: Sendable {
  /// The document's root is a mapping starting here; its entries follow.
  case start(SourceLocation)
  /// An entry of the root mapping with its value read whole.
  case entry(key: YAMLNode, value: YAMLNode)
  /// An entry of the root mapping whose value is a list handed over item by item.
  case list(key: YAMLNode)
  /// One item of the list last started.
  case item(YAMLNode)
  /// The document's root when it is not a mapping, read whole.
  case document(YAMLNode)
}

/// The mutable state of one parse: the anchors seen and the nodes counted.
private struct ParseState {
  /// The file's path, as every location of this parse holds it: once.
  let file: SourceLocation.File
  /// The file's lines, to find where the lines of a multi-line value stand; nil when such
  /// origins are not wanted (a streamed case).
  let source: SourceText?
  let reader: YAMLReader
  /// How a reader error (a control character, a byte that is not UTF-8), which libyaml
  /// locates only by its byte offset, is reported.
  let readerProblem: (_ problem: String, _ offset: Int) -> Diagnostic
  /// When streaming: where the parts go, and the top-level keys whose lists are handed
  /// over item by item.
  var sink: ((TopLevelPart) -> Void)?
  var streamedLists: Set<String> = []
  /// When streaming: offered each plain item of a streamed list as its events (`stream`).
  var plainItem: (([YAMLEvent]) -> Bool)?
  /// The events of the item being offered to `plainItem`, and those to read again, before
  /// the feed's, when its nodes are built after all (`replayIndex`: the next one).
  private var itemEvents: [YAMLEvent] = []
  private var replay: [YAMLEvent] = []
  private var replayIndex = 0
  /// Where the events come from.
  let feed: EventFeed
  /// The batch being read and the next event's index in it: from a queue, a parsing
  /// thread's; from a parser on this thread, one event at a time. Each event is copied as it
  /// is taken (`YAMLEvent`), so a queued batch is handed back as soon as its last event is
  /// taken.
  private var batch = EventBatch()
  private var index = 0
  /// The last quoted scalar read that spans several lines: when a syntax error follows, its
  /// closing quote is likely missing, and libyaml notices only lines later.
  var lastQuoted: (start: SourceLocation, end: SourceLocation)?
  var anchors: [String: YAMLNode] = [:]
  var aliasNodeCount = 0
  var aliasByteCount = 0
  /// Problems that do not stop the parse (duplicate keys), reported together at the end,
  /// capped like every other list of errors.
  var problems = DiagnosticBag()

  init(
    path: String, feed: EventFeed, source: SourceText?, reader: YAMLReader,
    readerProblem: @escaping (_ problem: String, _ offset: Int) -> Diagnostic
  ) {
    self.file = SourceLocation.File(path)
    self.feed = feed
    self.source = source
    self.reader = reader
    self.readerProblem = readerProblem
  }

  mutating func run() -> Result<YAMLNode, Diagnostics> {
    var root: YAMLNode?
    var documents = 0
    do throws(Diagnostics) {
      while true {
        let event = try next()
        switch event.type {
        case YAML_STREAM_END_EVENT:
          guard let root else {
            let start = SourceLocation(file: file, line: 1, column: 1)
            return .failure(Diagnostics([LoadErrors.emptyDocument(at: start)]))
          }
          guard problems.hasErrors else { return .success(root) }
          // In the file's order: a streamed root's key is checked before its value is read,
          // a nested one after, so the order they were met in depends on how the file is read.
          return .failure(Diagnostics(problems.sorted + LoadErrors.truncation(problems)))
        case YAML_DOCUMENT_START_EVENT:
          documents += 1
          if documents > 1 {
            throw Diagnostics([LoadErrors.severalDocuments(at: location(event.start))])
          }
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
          continue
        default:
          if let sink {
            try streamRoot(from: event, into: sink)
            root = YAMLNode(.scalar("", .plain), at: location(event.start))
          } else {
            root = try node(from: event, depth: 0)
          }
        }
      }
    } catch {
      return .failure(error)
    }
  }

  /// The next event, copied: no pointer into libyaml's memory outlives this call.
  private mutating func next() throws(Diagnostics) -> YAMLEvent {
    if replayIndex < replay.count {
      defer { replayIndex += 1 }
      return replay[replayIndex]
    }
    switch feed {
    case .parser(let parser):
      // Recorded as a parsing thread records it, in a batch of one reused for every event.
      var event = try next(parser)
      batch.removeAll()
      batch.record(event)
      yaml_event_delete(&event)
      return batch.event(at: 0)
    case .queued(let queue):
      while index == batch.count {
        // Every event of this batch has been copied: it can go back to be filled again.
        if !batch.isEmpty { queue.recycle(batch) }
        batch = EventBatch()
        index = 0
        guard let next = queue.pop() else {
          // libyaml stopped before the end, for the reason the parsing thread kept.
          throw diagnostics(for: queue.failure ?? ParseFailure(unstarted: "malformed YAML"))
        }
        batch = next
      }
      defer { index += 1 }
      return batch.event(at: index)
    }
  }

  /// Hands the batch still held back to the queue.
  mutating func handBack() {
    guard case .queued(let queue) = feed else { return }
    queue.recycle(batch)
    batch = EventBatch()
    index = 0
  }

  private func next(_ parser: UnsafeMutablePointer<yaml_parser_t>) throws(Diagnostics)
    -> yaml_event_t
  {
    var event = yaml_event_t()
    guard yaml_parser_parse(parser, &event) == 1 else {
      throw diagnostics(for: ParseFailure(parser.pointee))
    }
    return event
  }

  /// The diagnostics of libyaml's `failure`, with a note on a quoted scalar before it that runs
  /// over several lines (its closing quote is likely missing, and libyaml noticed only later).
  private func diagnostics(for failure: ParseFailure) -> Diagnostics {
    var problem = failure.problem
    if let context = failure.context {
      problem +=
        " \(context.text) (which started at line \(context.line + 1), column \(context.column + 1))"
    }
    let diagnostic =
      switch failure.place {
      case .mark(let line, let column):
        LoadErrors.yamlSyntax(
          problem, at: SourceLocation(file: file, line: line + 1, column: column + 1))
      case .offset(let offset): readerProblem(problem, offset)
      case .none: LoadErrors.yamlSyntax(problem, at: nil)
      }
    var diagnostics = [diagnostic]
    if diagnostic.code == .yamlSyntax, let at = diagnostic.location, let quoted = lastQuoted,
      quoted.end <= at
    {
      diagnostics.append(LoadErrors.quoteOpened(quoted.start, closedAt: quoted.end))
    }
    return Diagnostics(diagnostics)
  }

  private func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private mutating func countAlias(_ added: (nodes: Int, bytes: Int), at where_: SourceLocation)
    throws(Diagnostics)
  {
    aliasNodeCount += added.nodes
    aliasByteCount += added.bytes
    if aliasNodeCount > reader.maximumAliasNodes {
      throw Diagnostics([LoadErrors.tooManyNodes(reader.maximumAliasNodes, at: where_)])
    }
    if aliasByteCount > reader.maximumAliasBytes {
      throw Diagnostics([LoadErrors.tooManyBytes(reader.maximumAliasBytes, at: where_)])
    }
  }

  /// The kinds of node a tag is checked for.
  private enum TagKind { case scalar, sequence, mapping }

  /// Reports a tag other than YAML's own for the node's kind (or `!`, the non-specific tag,
  /// on a scalar). Most nodes carry no tag: nothing is built to check one that is absent.
  private func checkTag(_ tag: String?, at where_: SourceLocation, for kind: TagKind)
    throws(Diagnostics)
  {
    guard let tag else { return }
    let allowed =
      switch kind {
      case .scalar: tag == "tag:yaml.org,2002:str" || tag == "!"
      case .sequence: tag == "tag:yaml.org,2002:seq"
      case .mapping: tag == "tag:yaml.org,2002:map"
      }
    if !allowed { throw Diagnostics([LoadErrors.unsupportedTag(tag, at: where_)]) }
  }

  private mutating func node(from event: YAMLEvent, depth: Int) throws(Diagnostics) -> YAMLNode {
    let start = location(event.start)
    guard depth <= reader.maximumDepth else {
      throw Diagnostics([LoadErrors.tooDeep(reader.maximumDepth, at: start)])
    }
    let result: YAMLNode
    let anchor: String?
    switch event.type {
    case YAML_ALIAS_EVENT:
      let name = event.anchor ?? ""
      guard let target = anchors[name] else {
        throw Diagnostics([LoadErrors.unknownAlias(name, at: start)])
      }
      try countAlias(target.size, at: start)
      // Located at the alias, so that a problem with it (a duplicate key) points where it is
      // used; its text keeps the anchor's origin, where its characters stand.
      return YAMLNode(target.content, at: start, origin: target.origin)
    case YAML_SCALAR_EVENT:
      anchor = event.anchor
      try checkTag(event.tag, at: start, for: .scalar)
      let text = event.text
      let style = Self.style(event.style)
      noteQuoted(event)
      // Where a scalar ends matters for the origin of a value over several lines, when
      // origins are kept.
      if source != nil {
        result = YAMLNode(
          .scalar(text, style), at: start,
          origin: origin(of: text, style: style, start: start, end: location(event.end)))
      } else {
        result = YAMLNode(.scalar(text, style), at: start)
      }
    case YAML_SEQUENCE_START_EVENT:
      anchor = event.anchor
      try checkTag(event.tag, at: start, for: .sequence)
      var items: [YAMLNode] = []
      items.reserveCapacity(4)
      try forEachItem(depth: depth) { items.append($0) }
      result = YAMLNode(.sequence(items), at: start)
    case YAML_MAPPING_START_EVENT:
      anchor = event.anchor
      try checkTag(event.tag, at: start, for: .mapping)
      result = YAMLNode(.mapping(try pairs(depth: depth)), at: start)
    default:
      throw Diagnostics([LoadErrors.yamlSyntax("unexpected YAML event", at: start)])
    }
    if let anchor { anchors[anchor] = result }
    return result
  }

  /// Keeps where a quoted scalar over several lines starts and ends, and forgets it at any
  /// other scalar: when a syntax error follows, its closing quote is likely missing.
  private mutating func noteQuoted(_ event: YAMLEvent) {
    let quoted =
      event.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
      || event.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
    lastQuoted =
      quoted && event.end.line > event.start.line
      ? (location(event.start), location(event.end)) : nil
  }

  private mutating func pairs(depth: Int) throws(Diagnostics)
    -> [(key: YAMLNode, value: YAMLNode)]
  {
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
    pairs.reserveCapacity(8)
    var seen: [String: SourceLocation] = [:]
    try forEachEntry(depth: depth) { state, key, valueEvent throws(Diagnostics) in
      let value = try state.node(from: valueEvent, depth: depth + 1)
      state.check(key, against: &seen, earlier: pairs)
      pairs.append((key, value))
    }
    return pairs
  }

  /// Reads a sequence's items to its end, each handed to `take` as it is built.
  private mutating func forEachItem(depth: Int, _ take: (YAMLNode) -> Void) throws(Diagnostics) {
    while true {
      let child = try next()
      if child.type == YAML_SEQUENCE_END_EVENT { return }
      take(try node(from: child, depth: depth + 1))
    }
  }

  /// Reads a mapping's entries to its end: each key is built, then `body` reads its value
  /// from the value's first event (and checks the key, `check`).
  private mutating func forEachEntry(
    depth: Int,
    _ body: (inout ParseState, YAMLNode, YAMLEvent) throws(Diagnostics) -> Void
  ) throws(Diagnostics) {
    while true {
      let keyEvent = try next()
      if keyEvent.type == YAML_MAPPING_END_EVENT { return }
      let key = try node(from: keyEvent, depth: depth + 1)
      try body(&self, key, try next())
    }
  }

  /// Reports a key that is a collection, a merge key or a key already given in its mapping.
  /// The keys of a small mapping (nearly all) are compared one by one with the `earlier`
  /// pairs; past `linearKeys`, or when no pairs are kept (the streamed root), they are looked
  /// up in `seen`, filled as they come.
  private mutating func check(
    _ key: YAMLNode, against seen: inout [String: SourceLocation],
    earlier: [(key: YAMLNode, value: YAMLNode)]? = nil
  ) {
    guard let name = key.scalar else {
      problems.report(LoadErrors.complexKey(at: key.location))
      return
    }
    let linear = earlier.map { $0.count < Self.linearKeys } ?? false
    var first: SourceLocation?
    if linear {
      first = earlier?.first(where: { $0.key.scalar == name })?.key.location
    } else {
      if seen.isEmpty, let earlier {
        for pair in earlier.reversed() {
          if let earlierName = pair.key.scalar { seen[earlierName] = pair.key.location }
        }
      }
      first = seen[name]
    }
    if name == "<<" {
      problems.report(LoadErrors.mergeKey(at: key.location))
    } else if let first {
      problems.report(LoadErrors.duplicateKey(name, first: first, at: key.location))
    } else if !linear {
      seen[name] = key.location
    }
  }

  /// The most keys compared one by one when looking for a duplicate.
  private static let linearKeys = 16

  /// The root read part by part: a mapping's entries as they come, with the lists named in
  /// `streamedLists` item by item (an anchored list is read whole, since an alias may copy it).
  private mutating func streamRoot(
    from event: YAMLEvent,
    into sink: (TopLevelPart) -> Void
  ) throws(Diagnostics) {
    guard event.type == YAML_MAPPING_START_EVENT, event.anchor == nil else {
      sink(.document(try node(from: event, depth: 0)))
      return
    }
    try checkTag(event.tag, at: location(event.start), for: .mapping)
    sink(.start(location(event.start)))
    var seen: [String: SourceLocation] = [:]
    try forEachEntry(depth: 0) { state, key, valueEvent throws(Diagnostics) in
      state.check(key, against: &seen)
      guard valueEvent.type == YAML_SEQUENCE_START_EVENT,
        valueEvent.anchor == nil,
        let name = key.scalar, state.streamedLists.contains(name)
      else {
        sink(.entry(key: key, value: try state.node(from: valueEvent, depth: 1)))
        return
      }
      try state.checkTag(
        valueEvent.tag, at: state.location(valueEvent.start), for: .sequence)
      sink(.list(key: key))
      try state.forEachStreamedItem(into: sink)
    }
  }

  /// Reads a streamed list's items to its end: each plain one is offered to `plainItem` as
  /// its events, and built into nodes for `sink` only when declined; any other is built at once.
  private mutating func forEachStreamedItem(into sink: (TopLevelPart) -> Void) throws(Diagnostics) {
    while true {
      var first = try next()
      if first.type == YAML_SEQUENCE_END_EVENT { return }
      if let plainItem, first.type == YAML_MAPPING_START_EVENT, first.anchor == nil,
        first.tag == nil
      {
        itemEvents.removeAll(keepingCapacity: true)
        itemEvents.append(first)
        if try bufferPlainItem(), plainItem(itemEvents) { continue }
        // Declined: the nodes are built from the events read, then from the feed's.
        swap(&replay, &itemEvents)
        replayIndex = 0
        first = try next()
      }
      sink(.item(try node(from: first, depth: 2)))
      if !replay.isEmpty {
        assert(replayIndex == replay.count, "an item's events are read again to its end")
        replay.removeAll(keepingCapacity: true)
        replayIndex = 0
      }
    }
  }

  /// Reads the rest of the item `itemEvents` starts, while it stays plain (no anchor, alias
  /// or tag, nested no deeper than `plainDepth`): true when it was read to its end, false as
  /// soon as it is not plain, the events read so far kept for its nodes. Scalars are noted
  /// as the node builder notes them, so that a syntax error met here is reported alike.
  private mutating func bufferPlainItem() throws(Diagnostics) -> Bool {
    var depth = 1
    while depth > 0 {
      let event = try next()
      itemEvents.append(event)
      if event.anchor != nil || event.tag != nil || event.type == YAML_ALIAS_EVENT {
        return false
      }
      switch event.type {
      case YAML_SCALAR_EVENT:
        noteQuoted(event)
      case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
        depth += 1
        if depth > Self.plainDepth { return false }
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
        depth -= 1
      default:
        return false
      }
    }
    return true
  }

  /// The deepest nesting of a plain item: an act's evidence mapping is at 3.
  private static let plainDepth = 8

  private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  /// Finds where each line of a scalar's value stands in the file, so an offset inside the
  /// value (a column in a rule's `when`) maps back to the file's line and column.
  private func origin(
    of text: String, style: YAMLNode.ScalarStyle, start: SourceLocation, end: SourceLocation
  ) -> TextOrigin? {
    let quoted = style == .singleQuoted || style == .doubleQuoted
    let block = style == .literal || style == .folded
    // A one-line value starts at its first character (after a quote): the node's default.
    guard let source, block || end.line != start.line else { return nil }
    let value = Array(text.unicodeScalars)
    var segments: [TextOrigin.Segment] = []
    var offset = 0
    let firstLine = block ? start.line + 1 : start.line
    for lineNumber in firstLine...max(firstLine, end.line) {
      guard let line = source.line(lineNumber) else { break }
      let scalars = Array(line.unicodeScalars)
      var column = lineNumber == start.line ? start.column - 1 + (quoted ? 1 : 0) : 0
      while column < scalars.count, scalars[column] == " " || scalars[column] == "\t" {
        column += 1
      }
      var content = Array(scalars[min(column, scalars.count)...])
      while let last = content.last, last == " " || last == "\t" { content.removeLast() }
      if content.contains(where: { !$0.isASCII }) {
        // Found in the value as the value was stored: normalised.
        content = Array(
          YAMLReader.normalized(String(String.UnicodeScalarView(content))).unicodeScalars)
      }
      if quoted, lineNumber == end.line, !content.isEmpty { content.removeLast() }
      guard !content.isEmpty, let found = Self.find(content, in: value, from: offset) else {
        continue
      }
      segments.append(
        .init(
          offset: found, location: SourceLocation(file: file, line: lineNumber, column: column + 1))
      )
      offset = found + content.count
    }
    return segments.isEmpty ? TextOrigin(startingAt: start) : TextOrigin(segments: segments)
  }

  private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int)
    -> Int?
  {
    guard needle.count <= haystack.count else { return nil }
    var index = from
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle)
      {
        return index
      }
      index += 1
    }
    return nil
  }
}
