import AuditCore
import AuditDigest

extension Finding {
  /// A fingerprint of what the finding rests on: its acts, the rules that found it and the
  /// evidence cited (source and quote), each sorted, so that it does not depend on order,
  /// wording of a title, severity or strength. A committee's decision about a finding is
  /// recorded against it: when the basis changes, the decision is no longer about the same
  /// thing (`audit diff`, the review record). 16 hex digits of SHA-256.
  public var fingerprint: String {
    var lines: [String] = []
    lines += Set(actions).sorted().map { "act\u{1F}" + $0 }
    if let person { lines.append("person\u{1F}" + person) }
    lines += Set(hits.map(\.rule)).sorted().map { "rule\u{1F}" + $0 }
    lines += Set(evidence.map { $0.evidence.source + "\u{1F}" + $0.evidence.quote })
      .sorted().map { "evidence\u{1F}" + $0 }
    var hasher = SHA256.Hasher()
    hasher.update(Array(lines.joined(separator: "\u{1E}").utf8))
    return String(hasher.finalize().prefix(16))
  }
}
