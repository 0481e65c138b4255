import AuditCore
import Foundation

extension SourceText {
  /// The lines of the file at `path` that `locations` point into, each cut to what its
  /// excerpt shows, read in one pass that stops after the last of them: the excerpts of a
  /// diagnostic cost a few kilobytes however large the file and its lines (docs/limits.md).
  /// Nil when `path` is not a regular file that can be read; a line that is not UTF-8 has no
  /// excerpt.
  public static func excerpts(of path: String, at locations: [SourceLocation]) -> SourceText? {
    guard let file = OpenedInput.openForExcerpts(path) else { return nil }
    return excerpts(of: file, at: locations)
  }

  /// The excerpts of `locations` in `file`, read from its start.
  static func excerpts(of file: OpenedInput, at locations: [SourceLocation]) -> SourceText? {
    var scan = ExcerptScan(locations: locations)
    let size = 1 << 16
    var buffer = [UInt8](repeating: 0, count: size)
    var offset = 0
    // A byte-order mark is not part of the first line, as in the text the file decodes to.
    if file.startsWithByteOrderMark { offset = 3 }
    while !scan.isDone {
      guard let count = file.read(into: &buffer, at: offset) else { return nil }
      file.tally.record(read: count, holding: size + scan.mostBytesHeld)
      if count == 0 { break }
      buffer.withUnsafeBufferPointer { scan.take(UnsafeBufferPointer(rebasing: $0[0..<count])) }
      offset += count
    }
    scan.finish()
    file.tally.record(read: 0, holding: size + scan.mostBytesHeld)
    return SourceText(path: file.path, windows: scan.windows)
  }
}
