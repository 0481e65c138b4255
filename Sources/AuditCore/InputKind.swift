/// A kind of input file, with the most bytes it may hold (docs/limits.md) and what may be read
/// as one: a regular file always, a pipe only as the case (`audit check <(…)`, `/dev/stdin`).
/// Past its bound a file is refused (E-INPUT-SIZE) before more is read; anything else — a
/// device, a folder, a socket — is refused (E-INPUT-KIND) without being read at all, so no
/// input can exhaust memory or hold the run forever.
public enum InputKind: Sendable, Equatable {
  /// A case file, parsed as it is read and never held whole (a pipe: held whole).
  case caseFile
  /// A rule file or a catalogue of a rule pack.
  case packFile
  /// An archived copy of a source, held whole to check its SHA-256 and quotes.
  case archive
  /// A review record (reserved for `audit new review`'s records).
  case reviewRecord
  /// A configuration file, `.audit.yaml`.
  case configFile
  /// A JSON report read back by `audit diff` or `--since`, held whole.
  case report

  /// The most bytes a regular file of this kind may hold.
  public var limit: Int {
    switch self {
    case .caseFile: 4 << 30
    case .packFile: 16 << 20
    case .archive: 256 << 20
    case .reviewRecord: 16 << 20
    case .configFile: 1 << 20
    case .report: 1 << 30
    }
  }

  /// The most bytes read from a pipe named as the case, which is held whole.
  public static let pipeLimit = 256 << 20

  /// Whether a pipe (a FIFO, `<(…)`, `/dev/stdin`) may be read as this kind.
  public var allowsPipe: Bool { self == .caseFile }

  /// The kind in words, for messages: "a case", "a pack file".
  public var name: String {
    switch self {
    case .caseFile: "a case"
    case .packFile: "a pack file"
    case .archive: "an archived copy"
    case .reviewRecord: "a review record"
    case .configFile: "a configuration file"
    case .report: "a report"
    }
  }

  /// `limit` in words: "4 GiB", "16 MiB".
  public static func bytesInWords(_ count: Int) -> String {
    if count >= 1 << 30, count % (1 << 30) == 0 { return "\(count >> 30) GiB" }
    if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
    return "\(count) bytes"
  }
}
