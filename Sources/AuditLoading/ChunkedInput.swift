import AuditCore
import AuditDigest
import CYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `read(2)` of the platform's C library (Package.swift declares macOS as well as Linux).
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ size: Int) -> Int {
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, size)
  #else
    Darwin.read(descriptor, buffer, size)
  #endif
}

/// A regular file read in chunks for libyaml's parser, each chunk hashed on the way, so that
/// a case of a gigabyte is parsed without being held in memory.
///
/// Unchecked `Sendable`: `hasher` is touched only on the `hashing` queue; the rest only by
/// the thread that parses.
final class ChunkedInput: @unchecked Sendable {
  /// The open file, judged a regular file within its bound.
  let file: OpenedInput
  private var descriptor: Int32 { file.descriptor }
  /// The SHA-256 of the bytes read so far, computed on `hashing`, a serial queue of its own,
  /// so that hashing overlaps parsing on a second core.
  private var hasher = SHA256.Hasher()
  private let hashing = DispatchQueue(label: "audit.case-hash")
  /// How many bytes were read.
  private(set) var byteCount = 0
  /// True once the file has grown past its bound while being read (it was within it when
  /// opened): the read then fails, and the case is refused with E-INPUT-SIZE.
  private(set) var exceededLimit = false
  /// True once a read has failed: the case is refused as unreadable.
  private(set) var readFailed = false
  /// Where the first byte that is not UTF-8 stands when the file starts with the byte-order
  /// mark of UTF-16 or UTF-32 (which libyaml would decode): the case is refused as not UTF-8.
  private(set) var foreignByteOrderMark: Int?

  /// Reads `file`, a regular file (a pipe is read whole the ordinary way).
  init(_ file: OpenedInput) {
    self.file = file
  }

  /// The lower-case hex SHA-256 of the whole file, once it has been read to its end.
  func digest() -> String {
    hashing.sync { hasher.finalize() }
  }

  /// Fills `buffer` with up to `size` bytes; 0 bytes means the end of the file. Nil when the
  /// read failed, or the file starts with a UTF-16 or UTF-32 byte-order mark (which libyaml
  /// would decode, where a case must be UTF-8): libyaml then stops with a reader error.
  fileprivate func fill(_ buffer: UnsafeMutablePointer<UInt8>, size: Int) -> Int? {
    while true {
      let count = readBytes(descriptor, buffer, size)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        readFailed = true
        return nil
      }
      file.tally.record(read: count, holding: size)
      guard byteCount + count <= file.limit else {
        exceededLimit = true
        return nil
      }
      if byteCount == 0, count >= 2 {
        let (first, second) = (buffer[0], buffer[1])
        // FE FF / FF FE (UTF-16 or UTF-32 LE): not UTF-8 from the first byte; 00 00 FE FF
        // (UTF-32 BE) from the third.
        if (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE) {
          foreignByteOrderMark = 0
          return nil
        }
        if count >= 4, first == 0, second == 0, buffer[2] == 0xFE, buffer[3] == 0xFF {
          foreignByteOrderMark = 2
          return nil
        }
      }
      let chunk = Array(UnsafeBufferPointer(start: buffer, count: count))
      hashing.async { self.hasher.update(chunk) }
      byteCount += count
      return count
    }
  }
}

/// libyaml's read handler over a `ChunkedInput` (`data`, unretained): 1 and the count read
/// (0 at the end of the file), or 0 when the read failed.
func readChunk(
  _ data: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UInt8>?, _ size: Int,
  _ sizeRead: UnsafeMutablePointer<Int>?
) -> Int32 {
  guard let data, let buffer, let sizeRead else { return 0 }
  let input = Unmanaged<ChunkedInput>.fromOpaque(data).takeUnretainedValue()
  guard let count = input.fill(buffer, size: size) else { return 0 }
  sizeRead.pointee = count
  return 1
}
