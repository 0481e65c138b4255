import Foundation

/// A regular expression from a `matches` literal, compiled once when its rule loads.
///
/// `@unchecked Sendable` because `NSRegularExpression` is not marked `Sendable`, yet it is
/// immutable once created and Foundation documents it as safe to match from several threads
/// at once (swift-corelibs-foundation keeps no mutable state in it); the stored properties
/// are constants, so sharing one compiled pattern between evaluations is safe.
final class RegexPattern: @unchecked Sendable {
  /// The pattern as written.
  let pattern: String
  private let regex: NSRegularExpression

  private init(pattern: String, regex: NSRegularExpression) {
    self.pattern = pattern
    self.regex = regex
  }

  /// The compiled pattern, or why it is not a valid regular expression.
  static func compile(_ pattern: String) -> Result<RegexPattern, RegexFailure> {
    do {
      let regex = try NSRegularExpression(pattern: pattern)
      return .success(RegexPattern(pattern: pattern, regex: regex))
    } catch {
      return .failure(RegexFailure(reason: explanation(for: pattern)))
    }
  }

  /// True when the pattern matches somewhere in `text` (search, not a full match).
  func matches(_ text: String) -> Bool {
    let range = NSRange(location: 0, length: text.utf16.count)
    return regex.firstMatch(in: text, options: [], range: range) != nil
  }

  /// Foundation's error on Linux says only "The value is invalid"; Swift's own regex parser
  /// names the problem ("expected ')'"), so its message is used when it has one.
  private static func explanation(for pattern: String) -> String {
    if #available(macOS 13, *) {
      do {
        _ = try Regex(pattern)
      } catch {
        return String(describing: error)
      }
    }
    return "not a valid ICU regular expression"
  }
}

/// Why a pattern failed to compile.
struct RegexFailure: Error, Sendable {
  let reason: String
}
