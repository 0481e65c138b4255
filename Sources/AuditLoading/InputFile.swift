import AuditCore
import AuditDigest
import Foundation

/// A file read for a run: its SHA-256, for the report's method, and its text when it is held
/// in memory (rule files, generated input), for diagnostics.
public struct InputFile: Sendable {
  /// The path as given or found.
  public let path: String
  /// The text with its lines; nil for a case parsed as it was read, never held whole.
  public let source: SourceText?
  /// The raw text; nil for a case parsed as it was read.
  public let text: String?
  /// Lower-case hex SHA-256 of the bytes.
  public let sha256: String
  /// The file's size in bytes.
  public let byteCount: Int

  private init(path: String, text: String, sha256: String, byteCount: Int) {
    self.path = path
    self.source = SourceText(path: path, text: text)
    self.text = text
    self.sha256 = sha256
    self.byteCount = byteCount
  }

  /// A file parsed as it was read: only its hash and size are kept.
  init(path: String, sha256: String, byteCount: Int) {
    self.path = path
    self.source = nil
    self.text = nil
    self.sha256 = sha256
    self.byteCount = byteCount
  }

  /// An input file held in memory (tests, generated input): `text` is hashed as UTF-8.
  public init(path: String, text: String) {
    self.init(
      path: path, text: text, sha256: SHA256.hex(Array(text.utf8)), byteCount: text.utf8.count)
  }

  /// Reads and decodes `path` as UTF-8.
  public static func read(_ path: String) throws(Diagnostics) -> InputFile {
    let data: Data
    do {
      // Not `Data(contentsOf:)`: on Linux it loses a 4 KiB buffer for every empty file and
      // fails on a pipe (`audit check <(…)`).
      let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      defer { try? handle.close() }
      data = try handle.readToEnd() ?? Data()
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "it could not be read" : "no such file"
      throw Diagnostics([LoadErrors.unreadable(path, reason: reason)])
    }
    guard let text = String(validatingUTF8Bytes: data) else {
      let offset = firstInvalidByte(in: data)
      throw Diagnostics([
        LoadErrors.notUTF8(at: SourceLocation(path: path, byteOffset: offset, in: data))
      ])
    }
    return InputFile(path: path, text: text, sha256: SHA256.hex(data), byteCount: data.count)
  }

  /// The offset of the first byte that does not start a valid UTF-8 sequence.
  private static func firstInvalidByte(in data: Data) -> Int {
    var iterator = data.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
      offset += encoded.count
    }
    return offset
  }

  /// Parses the file, read whole, as one YAML document.
  func yaml() throws(Diagnostics) -> YAMLNode {
    assert(text != nil, "a streamed file is not parsed again")
    return try YAMLReader().read(text ?? "", path: path)
  }
}

extension String {
  /// Decodes UTF-8, refusing invalid bytes instead of repairing them; drops a byte-order mark.
  init?(validatingUTF8Bytes data: Data) {
    guard var text = String(validating: data, as: UTF8.self) else { return nil }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    self = text
  }
}
