import AuditCore
import Foundation

/// Reading an input file from disk, and parsing it as YAML: the loader's part of `InputFile`
/// (the type itself is in AuditCore, for the engine and the reports).
extension InputFile {
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
