import AuditCore
import AuditDigest
import Foundation

/// Reading an input file from disk, and parsing it as YAML: the loader's part of `InputFile`
/// (the type itself is in AuditCore, for the engine and the reports).
extension InputFile {
  /// An input file held in memory (tests, generated input): `text` is hashed as UTF-8.
  public init(path: String, text: String) {
    self.init(
      path: path, text: text, sha256: SHA256.hex(Array(text.utf8)), byteCount: text.utf8.count)
  }

  /// Reads and decodes `path` as UTF-8: a regular file within the bound of its kind (or a pipe
  /// named as the case), opened once (docs/limits.md).
  public static func read(_ path: String, as kind: InputKind = .packFile) throws(Diagnostics)
    -> InputFile
  {
    try read(OpenedInput.open(path, as: kind))
  }

  /// The bytes of `path`, opened and bounded as `read` does, neither decoded nor hashed: for a
  /// reader that decodes only what it keeps (a JSON report read back).
  public static func bytes(_ path: String, as kind: InputKind) throws(Diagnostics) -> [UInt8] {
    try OpenedInput.open(path, as: kind).readAll()
  }

  /// Reads and decodes an opened file as UTF-8, from its current offset to its end.
  static func read(_ opened: OpenedInput) throws(Diagnostics) -> InputFile {
    let path = opened.path
    let data = Data(try opened.readAll())
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
