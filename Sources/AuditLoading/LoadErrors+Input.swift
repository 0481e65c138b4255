import AuditCore

/// The errors of opening an input file: its kind and its size bound (docs/limits.md).
extension LoadErrors {
  static func notAFile(_ path: String, is what: String, as kind: InputKind) -> Diagnostic {
    let allowed = kind.allowsPipe ? "a regular file or a pipe" : "a regular file"
    return .error(
      .inputKind,
      "cannot read '\(path)' as \(kind.name): it is \(what), not \(allowed)", at: nil)
  }
  static func tooLarge(_ path: String, limit: Int, as kind: InputKind) -> Diagnostic {
    .error(
      .inputSize,
      "cannot read '\(path)' as \(kind.name): it holds more than \(InputKind.bytesInWords(limit)), the most \(kind.name) may hold (see docs/limits.md)",
      at: nil)
  }
}
