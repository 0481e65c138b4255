import CYAML

/// libyaml events in the order parsed, as the parsing thread records them: each event's kind,
/// marks and style, with its anchor, tag and scalar text copied into the batch's own bytes.
/// libyaml's event is freed the moment it is recorded, as its own event loop frees it, so
/// that its allocator finds the memory it just released still warm; nothing of libyaml's
/// crosses to the thread that builds the nodes.
struct EventBatch: Sendable {
  /// Where some bytes of an event stand in `bytes`; a negative count: none given.
  struct Span: Sendable {
    var offset = 0
    var count = -1
  }

  /// One recorded event.
  struct Event: Sendable {
    var type: yaml_event_type_t
    var start: yaml_mark_t
    var end: yaml_mark_t
    /// A scalar's style; plain for other events.
    var style = YAML_PLAIN_SCALAR_STYLE
    var anchor = Span()
    var tag = Span()
    /// A scalar's text (none for a scalar libyaml gives no text, and for other events).
    var value = Span()
  }

  /// The events, in order.
  private(set) var events: [Event] = []
  /// The text of their anchors, tags and scalars, one after the other.
  private(set) var bytes: [UInt8] = []

  /// The most bytes a batch keeps for reuse once emptied: one holding a very long scalar
  /// lets that storage go.
  private static let keptBytes = 1 << 20

  /// How many events are recorded.
  var count: Int { events.count }

  /// True when no event is recorded.
  var isEmpty: Bool { events.isEmpty }

  /// Records `event`, copying what the reader uses of it.
  mutating func record(_ event: yaml_event_t) {
    var recorded = Event(type: event.type, start: event.start_mark, end: event.end_mark)
    switch event.type {
    case YAML_ALIAS_EVENT:
      recorded.anchor = copy(event.data.alias.anchor)
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      recorded.anchor = copy(scalar.anchor)
      recorded.tag = copy(scalar.tag)
      recorded.style = scalar.style
      if let value = scalar.value {
        recorded.value = copy(UnsafeBufferPointer(start: value, count: scalar.length))
      }
    case YAML_SEQUENCE_START_EVENT:
      recorded.anchor = copy(event.data.sequence_start.anchor)
      recorded.tag = copy(event.data.sequence_start.tag)
    case YAML_MAPPING_START_EVENT:
      recorded.anchor = copy(event.data.mapping_start.anchor)
      recorded.tag = copy(event.data.mapping_start.tag)
    default:
      break
    }
    events.append(recorded)
  }

  /// Empties the batch for reuse, keeping its storage unless it grew past `keptBytes`.
  mutating func removeAll() {
    events.removeAll(keepingCapacity: true)
    if bytes.capacity > Self.keptBytes {
      bytes = []
    } else {
      bytes.removeAll(keepingCapacity: true)
    }
  }

  /// The event at `index`, its strings decoded (`YAMLEvent`).
  func event(at index: Int) -> YAMLEvent {
    bytes.withUnsafeBufferPointer { YAMLEvent(events[index], in: $0) }
  }

  private mutating func copy(_ text: UnsafeMutablePointer<yaml_char_t>?) -> Span {
    guard let text else { return Span() }
    var length = 0
    while text[length] != 0 { length += 1 }
    return copy(UnsafeBufferPointer(start: text, count: length))
  }

  private mutating func copy(_ text: UnsafeBufferPointer<UInt8>) -> Span {
    let span = Span(offset: bytes.count, count: text.count)
    bytes.append(contentsOf: text)
    return span
  }
}
