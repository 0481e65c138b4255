import AuditCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an archived copy may be read from: a relative path that stays, after normalising and
/// after following symbolic links, inside its base folder (the case's folder or `--archive-dir`),
/// and names a regular file.
///
/// A case file is input like any other: without these checks `archive: {path: ../../etc/passwd}`
/// would read any file the user can, print its SHA-256 and certify quotes from it.
enum ArchiveLocation {
  /// What reading an archive path found.
  enum Outcome: Equatable {
    /// A regular file inside the base folder, and its bytes.
    case file(path: String, contents: [UInt8])
    /// Nothing there, or unreadable ("not found", "cannot be read (…)"): its quotes stay
    /// unverified.
    case missing(path: String, reason: String)
    /// A path the case may not name, and why, in plain words.
    case refused(reason: String)
    /// A regular file larger than an archived copy may be (`InputKind.archive`), left unread.
    case tooLarge(path: String, limit: Int)
  }

  /// Reads `path` under `base`, refusing anything outside it or that is not a regular file.
  static func load(_ path: String, base: String) -> Outcome {
    guard !path.hasPrefix("/") else {
      return .refused(reason: "is absolute; give it relative to the case's folder or --archive-dir")
    }
    guard let components = normalized(path) else {
      return .refused(reason: "leaves the case's folder (or --archive-dir) through '..'")
    }
    guard !components.isEmpty else {
      return .refused(reason: "names the folder itself, not a file")
    }
    let joined = base + "/" + components.joined(separator: "/")
    guard let realBase = realPath(base), let real = realPath(joined) else {
      return .missing(path: joined, reason: "not found")
    }
    guard real.hasPrefix(realBase.hasSuffix("/") ? realBase : realBase + "/") else {
      return .refused(
        reason: "leads, through a symbolic link, outside the case's folder (or --archive-dir)")
    }
    // O_NONBLOCK so a named pipe cannot hang the run before its kind is checked.
    let descriptor = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else {
      return .missing(path: joined, reason: unreadable())
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return .missing(path: joined, reason: unreadable())
    }
    if let kind = BoundedRead.kindName(info.st_mode) {
      return .refused(reason: "is \(kind), not a regular file")
    }
    let limit = InputKind.archive.limit
    // Judged before reading: a sparse file of gigabytes is refused, not allocated.
    guard Int(info.st_size) <= limit else { return .tooLarge(path: joined, limit: limit) }
    guard let contents = BoundedRead.bytes(descriptor, limit: limit) else {
      return .missing(path: joined, reason: unreadable())
    }
    guard contents.count <= limit else { return .tooLarge(path: joined, limit: limit) }
    return .file(path: joined, contents: contents)
  }

  /// The path's components with `.` and `x/..` removed; nil when a `..` climbs above the base.
  static func normalized(_ path: String) -> [String]? {
    var kept: [String] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..":
        guard !kept.isEmpty else { return nil }
        kept.removeLast()
      default: kept.append(String(component))
      }
    }
    return kept
  }

  private static func unreadable() -> String {
    "cannot be read (\(String(cString: strerror(errno))))"
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
