import AuditReport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes reports all or none, none of them ever half written.
///
/// Each document is streamed: rendered piece by piece (64 KiB at a time, or a block of a long
/// list) and written into its target by a thread of its own as the rest is rendered, at most
/// 8 MiB waiting (`WriteBehind`), never held whole in memory, whatever its size.
///
/// A regular file (or a path with nothing there yet) is written to a temporary file created
/// exclusively beside it — a random name, `O_EXCL|O_NOFOLLOW`, so a planted file or symbolic link
/// is never followed — synced, and renamed over the target. A target that is not a regular file
/// (a device such as `/dev/null`, a named pipe, a socket, or `-` for standard output) is written
/// directly, never replaced. A folder is refused. A symbolic link is judged by what it points to:
/// to a device or pipe it is written through; to a regular file, or dangling, the link itself is
/// replaced by the report, as `mv` would; to a folder it is refused.
///
/// With several targets, every one is checked and every temporary file written and synced before
/// the first rename; any failure until then removes them all and writes nothing. The renames
/// themselves cannot be made one atomic step: a failure between two renames (a full disk cannot
/// cause one; only a folder changed under the run can) leaves the earlier ones in place.
enum ReportWriter {
  /// One document and where it goes.
  struct Output {
    /// The target as the user gave it; `-` is standard output.
    var path: String
    /// Writes the whole document into the stream it is given (and does not flush it).
    var document: (inout ReportStream) -> Void

    /// A document rendered as it is written.
    init(path: String, document: @escaping (inout ReportStream) -> Void) {
      self.path = path
      self.document = document
    }

    /// A document already made.
    init(path: String, text: String) {
      self.init(path: path) { $0.write(text) }
    }
  }

  /// Writes one document to `path`.
  static func write(_ text: String, to path: String) throws(OutputFailure) {
    try write([Output(path: path, text: text)])
  }

  /// Writes every document, or none of them; `token` names the temporary files (random, but a
  /// test can fix it to plant a file or a link where one will be created), and `afterOpening`
  /// is called once a target has been opened and judged (a test swaps a link there).
  static func write(
    _ outputs: [Output], token: () -> String = randomToken,
    afterOpening: (String) -> Void = { _ in }
  ) throws(OutputFailure) {
    TemporaryFiles.install()
    defer { TemporaryFiles.uninstall() }
    var staged: [Staged] = []
    var folders: [String] = []
    do {
      for output in outputs {
        staged.append(
          try stage(output, creating: &folders, token: token, afterOpening: afterOpening))
      }
    } catch {
      discard(staged, folders: folders)
      throw error
    }
    try commit(staged, folders: folders)
  }

  /// Renames every staged temporary file into place and writes the direct targets; a failure
  /// removes the temporary files not yet renamed. The folders made stay either way.
  static func commit(_ staged: [Staged], folders: [String]) throws(OutputFailure) {
    pauseForTests()
    // Direct targets first: a full device or a closed pipe is the likeliest failure, and
    // before any rename it still leaves every report file untouched.
    let ordered =
      staged.filter { $0.syncedFolder == nil } + staged.filter { $0.syncedFolder != nil }
    // From here on the folders stay, whatever happens: a renamed report may be in one.
    defer { forgetFolders(folders) }
    for (index, item) in ordered.enumerated() {
      do {
        try commit(item)
      } catch {
        discard(Array(ordered[(index + 1)...]), folders: [])
        throw error
      }
    }
    for folder in Set(staged.compactMap(\.syncedFolder)) { syncFolder(folder) }
  }

  /// A target made ready: a synced temporary file to rename, or an open target to write directly.
  enum Staged {
    case replace(temporary: String, target: String, slot: Int?)
    case direct(descriptor: Int32, output: Output)

    var syncedFolder: String? {
      if case .replace(_, let target, _) = self { return Self.folder(of: target) }
      return nil
    }

    static func folder(of path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return "." }
      return slash == path.startIndex ? "/" : String(path[..<slash])
    }
  }

  /// `output` made ready: its target judged and, for a file, its document rendered into a
  /// synced temporary file beside it.
  static func stage(
    _ output: Output, creating folders: inout [String], token: () -> String,
    afterOpening: (String) -> Void
  ) throws(OutputFailure) -> Staged {
    try fill(openTarget(output, creating: &folders, token: token, afterOpening: afterOpening))
  }

  /// A target opened: direct, or a temporary file created beside it, still empty.
  enum Opened {
    case direct(Staged)
    case temporary(path: String, temporary: String, descriptor: Int32, slot: Int?, output: Output)
  }

  /// Judges `output`'s target and, for a file, creates its temporary file (and the folders
  /// it needs, recorded in `folders`); nothing is rendered yet.
  static func openTarget(
    _ output: Output, creating folders: inout [String], token: () -> String,
    afterOpening: (String) -> Void
  ) throws(OutputFailure) -> Opened {
    let path = output.path
    if path == "-" { return .direct(.direct(descriptor: STDOUT_FILENO, output: output)) }
    if path.isEmpty || path.hasSuffix("/") { throw OutputFailure(path: path, errno: EISDIR) }
    let mode: mode_t?
    switch try openExisting(path) {
    case .node(let descriptor):
      afterOpening(path)
      return .direct(.direct(descriptor: descriptor, output: output))
    case .regular(let existing): mode = existing
    case .absent: mode = nil
    }
    afterOpening(path)
    try makeFolder(Staged.folder(of: path), for: path, creating: &folders)
    let (temporary, descriptor) = try createTemporary(beside: path, mode: mode, token: token)
    let slot = TemporaryFiles.register(temporary)
    return .temporary(
      path: path, temporary: temporary, descriptor: descriptor, slot: slot, output: output)
  }

  /// Renders an opened temporary file's document into it and syncs it; on failure it is
  /// removed.
  static func fill(_ opened: Opened) throws(OutputFailure) -> Staged {
    switch opened {
    case .direct(let staged): return staged
    case .temporary(let path, let temporary, let descriptor, let slot, let output):
      let failure = stream(output, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno)
      close(descriptor)
      if let failure {
        unlink(temporary)
        TemporaryFiles.unregister(slot)
        throw OutputFailure(path: path, errno: failure)
      }
      return .replace(temporary: temporary, target: path, slot: slot)
    }
  }

  /// What is at a target already, as judged on the descriptor opened for it.
  private enum Existing {
    /// A device, pipe or socket, open for writing: written directly.
    case node(Int32)
    /// A regular file (or a link to one), with its mode: replaced, never written through.
    case regular(mode: mode_t)
    /// Nothing, or a dangling link: a new file is made.
    case absent
  }

  /// Opens the target first and judges it on the open descriptor (`fstat`), never by looking the
  /// path up again: a link swapped during the run can change what is opened, never make a
  /// regular file be written in place. Opening neither creates nor empties anything (no
  /// `O_CREAT`, no `O_TRUNC`); a regular file is closed unwritten, to be replaced by rename.
  private static func openExisting(_ path: String) throws(OutputFailure) -> Existing {
    // O_NONBLOCK: a named pipe with no reader yet fails with ENXIO instead of hanging here.
    var descriptor = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    if descriptor < 0, errno == ENXIO {
      // A pipe with no reader yet: wait for one, as a shell redirection does. What opens is
      // judged below like anything else.
      descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    }
    guard descriptor >= 0 else {
      let failure = errno
      switch failure {
      // ENOTDIR: a parent is not a folder; makeFolder names which.
      case ENOENT, ENOTDIR: return .absent
      case EISDIR: throw OutputFailure(path: path, errno: EISDIR)
      default:
        // Not writable in place (a read-only report, say): a regular file can still be
        // replaced, which never writes through it.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
          return .regular(mode: info.st_mode & 0o777)
        }
        throw OutputFailure(path: path, errno: failure)
      }
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let failure = errno
      close(descriptor)
      throw OutputFailure(path: path, errno: failure)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      close(descriptor)
      return .regular(mode: info.st_mode & 0o777)
    case S_IFDIR:
      close(descriptor)
      throw OutputFailure(path: path, errno: EISDIR)
    default:
      // Written like any blocking stream from here on.
      let flags = fcntl(descriptor, F_GETFL)
      if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
      return .node(descriptor)
    }
  }

  /// `.NAME.<16 random hex digits>.tmp` in the target's folder, created exclusively, with the
  /// mode of the report it replaces, if any.
  private static func createTemporary(
    beside path: String, mode: mode_t?, token: () -> String
  ) throws(OutputFailure) -> (String, Int32) {
    let folder = Staged.folder(of: path)
    let name = String(path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...])
    for _ in 0..<16 {
      let temporary = "\(folder)/.\(name).\(token()).tmp"
      let descriptor = open(
        temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if descriptor >= 0 {
        // A new report gets 0644 less the umask; a replaced one keeps the mode it had.
        if let mode { fchmod(descriptor, mode) }
        return (temporary, descriptor)
      }
      if errno != EEXIST { throw OutputFailure(path: path, errno: errno) }
    }
    throw OutputFailure(path: path, errno: EEXIST)
  }

  /// 16 hex digits from the system's generator.
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    let token = String(generator.next() as UInt64, radix: 16)
    return String(repeating: "0", count: 16 - token.count) + token
  }

  /// Creates the target's folder and its missing parents, recording the ones it made.
  private static func makeFolder(
    _ folder: String, for path: String, creating made: inout [String]
  ) throws(OutputFailure) {
    var info = stat()
    if stat(folder, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFDIR else {
        throw OutputFailure(path: path, errno: ENOTDIR, context: "'\(folder)' is not a folder")
      }
      return
    }
    guard errno == ENOENT || errno == ENOTDIR else { throw OutputFailure(path: path, errno: errno) }
    try makeFolder(Staged.folder(of: folder), for: path, creating: &made)
    guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
      throw OutputFailure(path: path, errno: errno, context: "cannot create the folder '\(folder)'")
    }
    made.append(folder)
    // Removed by the signal handler too, if a signal ends the run before the renames.
    TemporaryFiles.registerFolder(folder)
  }

  /// Takes the folders made for this run out of the signal handler's table.
  private static func forgetFolders(_ folders: [String]) {
    for folder in folders { TemporaryFiles.unregisterFolder(folder) }
  }

  private static func commit(_ item: Staged) throws(OutputFailure) {
    switch item {
    case .replace(let temporary, let target, let slot):
      guard rename(temporary, target) == 0 else {
        let failure = OutputFailure(path: target, errno: errno)
        unlink(temporary)
        TemporaryFiles.unregister(slot)
        throw failure
      }
      TemporaryFiles.unregister(slot)
    case .direct(let descriptor, let output):
      let failure = stream(output, to: descriptor)
      if descriptor != STDOUT_FILENO { close(descriptor) }
      if let failure { throw OutputFailure(path: output.path, errno: failure) }
    }
  }

  /// Removes every temporary file and every folder the run made; closes direct targets.
  static func discard(_ staged: [Staged], folders: [String]) {
    for item in staged {
      switch item {
      case .replace(let temporary, _, let slot):
        unlink(temporary)
        TemporaryFiles.unregister(slot)
      case .direct(let descriptor, _):
        if descriptor != STDOUT_FILENO { close(descriptor) }
      }
    }
    for folder in folders.reversed() { rmdir(folder) }
    forgetFolders(folders)
  }

  /// Makes the renames themselves durable; a folder that cannot be synced is not an error.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// `AUDIT_TEST_PAUSE_BEFORE_RENAME=SECONDS` holds the run with its temporary files written, so
  /// a test can interrupt it there. Not a user setting.
  private static func pauseForTests() {
    guard let value = ProcessInfo.processInfo.environment["AUDIT_TEST_PAUSE_BEFORE_RENAME"],
      let seconds = Double(value), seconds > 0
    else { return }
    usleep(useconds_t(min(seconds, 60) * 1_000_000))
  }
}

/// Renders `output`'s document into `descriptor` piece by piece, each piece written whole
/// through interrupted and partial writes on a thread of its own while the rest is rendered
/// (`WriteBehind`); the `errno` of the first failure, after which the rest of the document is
/// not rendered.
private func stream(_ output: ReportWriter.Output, to descriptor: Int32) -> Int32? {
  let writer = WriteBehind(descriptor)
  var stream = ReportStream { piece in writer.append(piece) }
  output.document(&stream)
  stream.flush()
  return writer.finish()
}
