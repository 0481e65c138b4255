import AuditCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input file opened once and judged on the open descriptor (`fstat`), then read only
/// through that descriptor: the path is never looked up twice, so what was judged is what is
/// read, and a pipe is read by the one open that its writer meets.
final class OpenedInput {
  /// The open file; closed with this value.
  let descriptor: Int32
  /// The path as given, for messages.
  let path: String
  /// What it is read as.
  let kind: InputKind
  /// True for a pipe (read whole, bounded by `InputKind.pipeLimit`).
  let isPipe: Bool
  /// What reading this file has cost so far.
  let tally = ReadTally()

  private init(descriptor: Int32, path: String, kind: InputKind, isPipe: Bool) {
    self.descriptor = descriptor
    self.path = path
    self.kind = kind
    self.isPipe = isPipe
  }

  deinit { close(descriptor) }

  /// Standard input as a case: a pipe or a redirected file, judged like any other input.
  private static func openStandardInput(as kind: InputKind) throws(Diagnostics) -> OpenedInput {
    let name = InputFile.standardInputName
    guard isatty(STDIN_FILENO) == 0 else {
      throw Diagnostics([
        LoadErrors.unreadable(
          name, reason: "standard input is a terminal: pipe a case into it (audit - < case.yaml)")
      ])
    }
    let descriptor = dup(STDIN_FILENO)
    guard descriptor >= 0 else {
      throw Diagnostics([LoadErrors.unreadable(name, reason: "standard input is closed")])
    }
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      throw Diagnostics([LoadErrors.unreadable(name, reason: "it could not be read")])
    }
    let type = info.st_mode & S_IFMT
    guard type == S_IFREG || type == S_IFIFO || type == S_IFSOCK else {
      close(descriptor)
      throw Diagnostics([
        LoadErrors.notAFile(name, is: BoundedRead.kindName(type) ?? "a regular file", as: kind)
      ])
    }
    guard type != S_IFREG || Int(info.st_size) <= kind.limit else {
      close(descriptor)
      throw Diagnostics([LoadErrors.tooLarge(name, limit: kind.limit, as: kind)])
    }
    // A socket (a pipe some shells and test harnesses give) is read like a pipe: whole, bounded.
    return OpenedInput(descriptor: descriptor, path: name, kind: kind, isPipe: type != S_IFREG)
  }

  /// The most bytes that may be read from this file.
  var limit: Int { isPipe ? InputKind.pipeLimit : kind.limit }

  /// Opens `path` as `kind`: a regular file within the kind's bound, or a pipe where the kind
  /// allows one; anything else is refused before a byte is read.
  /// `-` as a case is standard input, named `<stdin>` (a copy of its descriptor, so closing
  /// this value leaves it open); a terminal is refused, nothing would end it.
  static func open(_ path: String, as kind: InputKind) throws(Diagnostics) -> OpenedInput {
    if path == InputFile.standardInputArgument, kind == .caseFile {
      return try openStandardInput(as: kind)
    }
    // A case may be a pipe, whose open waits for its writer; every other kind is opened
    // without waiting (O_NONBLOCK), so a planted pipe is refused, not waited on.
    let flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | (kind.allowsPipe ? 0 : O_NONBLOCK)
    let descriptor = Glibc.open(path, flags)
    guard descriptor >= 0 else {
      let failure = errno
      let reason =
        failure == ENOENT
        ? "no such file" : "it could not be read (\(String(cString: strerror(failure))))"
      throw Diagnostics([LoadErrors.unreadable(path, reason: reason)])
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      close(descriptor)
      throw Diagnostics([LoadErrors.unreadable(path, reason: "it could not be read")])
    }
    let type = info.st_mode & S_IFMT
    let isPipe = type == S_IFIFO
    guard type == S_IFREG || (isPipe && kind.allowsPipe) else {
      close(descriptor)
      throw Diagnostics([
        LoadErrors.notAFile(path, is: BoundedRead.kindName(type) ?? "a regular file", as: kind)
      ])
    }
    guard isPipe || Int(info.st_size) <= kind.limit else {
      close(descriptor)
      throw Diagnostics([LoadErrors.tooLarge(path, limit: kind.limit, as: kind)])
    }
    if !kind.allowsPipe {
      // Read like any regular file from here on.
      let current = fcntl(descriptor, F_GETFL)
      if current >= 0 { _ = fcntl(descriptor, F_SETFL, current & ~O_NONBLOCK) }
    }
    return OpenedInput(descriptor: descriptor, path: path, kind: kind, isPipe: isPipe)
  }

  /// Opens `path` to show excerpts of it: a regular file only, of any size (its lines are read
  /// a window at a time, `SourceText.excerpts`), opened without waiting, nil otherwise.
  static func openForExcerpts(_ path: String) -> OpenedInput? {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return nil
    }
    return OpenedInput(descriptor: descriptor, path: path, kind: .caseFile, isPipe: false)
  }

  /// Every byte from the current offset to the end, or E-INPUT-SIZE as soon as more than
  /// `limit` bytes have come (a file that grew since it was judged, or a pipe).
  func readAll() throws(Diagnostics) -> [UInt8] {
    guard let contents = BoundedRead.bytes(descriptor, limit: limit) else {
      throw Diagnostics([LoadErrors.unreadable(path, reason: "it could not be read")])
    }
    tally.record(read: contents.count, holding: contents.count)
    guard contents.count <= limit else {
      throw Diagnostics([LoadErrors.tooLarge(path, limit: limit, as: kind)])
    }
    return contents
  }
}
