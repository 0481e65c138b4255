/// Maps offsets inside a text taken from a file (a YAML scalar) back to the file's lines and columns.
///
/// A scalar that spans several lines (a folded `>-` block) is a list of segments: each
/// segment is a run of the value's characters that stands on one line of the file.
public struct TextOrigin: Sendable, Hashable {
  /// One run of characters of the value that stands contiguously on one file line.
  public struct Segment: Sendable, Hashable {
    /// Offset, in Unicode scalars, of the run's first character within the value.
    public var offset: Int
    /// Where that character is in the file.
    public var location: SourceLocation
    /// Creates a segment.
    public init(offset: Int, location: SourceLocation) {
      self.offset = offset
      self.location = location
    }
  }

  /// Segments ordered by offset; the first starts at offset 0.
  public var segments: [Segment]

  /// Creates an origin from its segments.
  public init(segments: [Segment]) { self.segments = segments }

  /// An origin for a value that stands on one line starting at `location`.
  public init(startingAt location: SourceLocation) {
    self.segments = [Segment(offset: 0, location: location)]
  }

  /// The file location of the character at `offset` (in Unicode scalars) of the value.
  public func location(ofOffset offset: Int) -> SourceLocation {
    var best = segments[0]
    for segment in segments where segment.offset <= offset { best = segment }
    return best.location.advanced(byColumns: offset - best.offset)
  }
}
