import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary report files of this run, removed if SIGINT, SIGTERM or SIGHUP stops it before
/// they are renamed into place (SIGKILL cannot be caught: a `kill -9` leaves a hidden
/// `.NAME.XXXXXXXXXXXXXXXX.tmp` beside the target, never a half-written report).
///
/// The handler runs in signal context, where only async-signal-safe calls are allowed: no lock,
/// no allocation, no Swift runtime call. So the paths live in a table of C strings allocated once,
/// before any handler is installed; the handler only reads it, calls `unlink` and `_exit`. Only
/// the threads writing reports change the table, one at a time (a lock the handler never
/// takes: it only reads), and a path taken out of it is never freed (a few bytes
/// per report), so the handler can never read freed memory: at worst it unlinks a name already
/// renamed away, which does nothing. This is the project's one piece of global mutable state; a
/// signal handler cannot be handed a context.
enum TemporaryFiles {
  /// Slots in the table; a run writing more files than this leaves the extra ones unregistered.
  static let capacity = 4096

  nonisolated(unsafe) private static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> =
    {
      let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
      table.initialize(repeating: nil, count: capacity)
      return table
    }()
  /// Folders made for the reports, in the order they were made; same rules as `table`.
  nonisolated(unsafe) private static let folders:
    UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
      let folders = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
      folders.initialize(repeating: nil, count: capacity)
      return folders
    }()
  /// Taken by every change to the tables, so two threads staging reports never pick one slot.
  private static let lock = NSLock()
  nonisolated(unsafe) private static var previous: [Int32: Handler?] = [:]
  private typealias Handler = @convention(c) (Int32) -> Void
  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP (a signal the shell set to be ignored
  /// stays ignored), and ignores SIGPIPE so a pipe closed by its reader is a write error, with
  /// the temporary files removed, not a silent death; `uninstall` puts the previous ones back.
  static func install() {
    _ = table
    _ = folders
    for number in signals where previous[number] == nil {
      let old: Handler? = signal(number, removeAllAndExit)
      previous[number] = old
      if isIgnored(old) { signal(number, SIG_IGN) }
    }
    if previous[SIGPIPE] == nil { previous[SIGPIPE] = signal(SIGPIPE, SIG_IGN) }
  }

  /// Restores the handlers `install` replaced.
  static func uninstall() {
    for (number, handler) in previous { signal(number, handler) }
    previous = [:]
  }

  /// Records a temporary file to remove if the run is interrupted; returns its slot.
  @discardableResult static func register(_ path: String) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    for slot in 0..<capacity where table[slot] == nil {
      table[slot] = strdup(path)
      return slot
    }
    return nil
  }

  /// Forgets a temporary file (renamed into place or removed); its string is deliberately leaked.
  static func unregister(_ slot: Int?) {
    lock.lock()
    defer { lock.unlock() }
    if let slot { table[slot] = nil }
  }

  /// Records a folder made for a report, removed (when empty) if the run is interrupted. Folders
  /// are recorded parent first, so the handler, removing them in reverse, removes children first.
  static func registerFolder(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    for slot in 0..<capacity where folders[slot] == nil {
      folders[slot] = strdup(path)
      return
    }
  }

  /// Forgets a folder made for a report (it stays); its string is deliberately leaked.
  static func unregisterFolder(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    for slot in 0..<capacity {
      if let entry = folders[slot], String(cString: entry) == path {
        folders[slot] = nil
        return
      }
    }
  }

  private static func isIgnored(_ handler: Handler?) -> Bool {
    let ignore: Handler? = SIG_IGN
    guard let handler, let ignore else { return false }
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(ignore, to: Int.self)
  }

  private static let removeAllAndExit: Handler = { number in
    for slot in 0..<TemporaryFiles.capacity {
      if let path = TemporaryFiles.table[slot] { unlink(path) }
    }
    // rmdir removes only an empty folder: one the user filled meanwhile stays.
    for slot in (0..<TemporaryFiles.capacity).reversed() {
      if let path = TemporaryFiles.folders[slot] { rmdir(path) }
    }
    _exit(128 + number)
  }
}
