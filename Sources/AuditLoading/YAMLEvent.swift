import CYAML

/// One libyaml event with all the reader reads of it copied out of libyaml's memory: its
/// kind, where it stands, its anchor, tag and scalar text. No pointer into an event survives
/// the moment it is taken (`ParseState.next`), so a batch of queued events can be handed back
/// as soon as its last event is taken, and a parser's event deleted at once: no rule about
/// how long a batch must be kept is left for a reader of the code to remember. Every event
/// comes from a batch's record of it (`EventBatch`), libyaml's own already freed.
struct YAMLEvent {
  /// What the event is: a scalar, the start or end of a collection, an alias...
  let type: yaml_event_type_t
  /// Where it starts and ends in the file (0-based, as libyaml counts).
  let start: yaml_mark_t
  let end: yaml_mark_t
  /// The anchor it defines (a node) or refers to (an alias).
  let anchor: String?
  /// The tag written on a node, if any.
  let tag: String?
  /// A scalar's text, decoded (and normalised unless already known to be NFC); empty for other
  /// events.
  let text: String
  /// A scalar's style; plain for other events.
  let style: yaml_scalar_style_t

  /// The event `recorded` in a batch, its strings in the batch's `bytes` (`EventBatch`).
  init(_ recorded: EventBatch.Event, in bytes: UnsafeBufferPointer<UInt8>) {
    type = recorded.type
    start = recorded.start
    end = recorded.end
    style = recorded.style
    anchor = Self.string(recorded.anchor, in: bytes)
    tag = Self.string(recorded.tag, in: bytes)
    let value = recorded.value
    text =
      value.count < 0
      ? ""
      : YAMLReader.normalizedText(
        UnsafeBufferPointer(rebasing: bytes[value.offset..<value.offset + value.count]))
  }

  private static func string(_ span: EventBatch.Span, in bytes: UnsafeBufferPointer<UInt8>)
    -> String?
  {
    guard span.count >= 0 else { return nil }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[span.offset..<span.offset + span.count]),
      as: UTF8.self)
  }
}
