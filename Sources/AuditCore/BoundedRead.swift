#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading an opened input within its bound, and naming what a file that is not a regular file
/// is: shared by the loader's inputs and the engine's archived copies, which judge every file
/// on its open descriptor the same way (docs/limits.md).
public enum BoundedRead {
  /// The bytes from `descriptor`'s offset to its end, stopping as soon as more than `limit`
  /// have come (the result then holds `limit + 1` bytes or more: the caller refuses it); nil
  /// when reading fails.
  public static func bytes(_ descriptor: Int32, limit: Int) -> [UInt8]? {
    var contents: [UInt8] = []
    // Not zero-filled first: `read` writes what is then copied (64 KiB cleared for each of a
    // run's hundred small files was a measurable part of reading them).
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { buffer.deallocate() }
    while true {
      let count = read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return contents }
      contents.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
      if contents.count > limit { return contents }
    }
  }

  /// What a file of `mode` is, for a message ("a folder", "a character device" …); nil for a
  /// regular file.
  public static func kindName(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a folder"
    case S_IFIFO: "a named pipe (FIFO)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    case S_IFLNK: "a symbolic link"
    default: "an unknown kind of file"
    }
  }
}
