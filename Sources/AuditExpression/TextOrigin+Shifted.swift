import AuditCore

extension TextOrigin {
  /// The origin of the part of the text that starts at `offset`: a message placeholder's
  /// expression is located inside its message.
  func shifted(by offset: Int) -> TextOrigin {
    var segments = [Segment(offset: 0, location: location(ofOffset: offset))]
    for segment in self.segments where segment.offset > offset {
      segments.append(Segment(offset: segment.offset - offset, location: segment.location))
    }
    return TextOrigin(segments: segments)
  }
}
