import Foundation
import Synchronization

/// A regular expression from a `matches` literal, compiled once when its rule loads.
///
/// Matched by ICU (through `NSRegularExpression`), a backtracking engine: a nested quantifier
/// such as `(a+)+$` takes time exponential in the text's length. So every match is bounded in
/// steps of ICU's matcher (not in time, so the outcome is the same on every machine): past the
/// bound the match is undecided, never a hang.
///
/// `@unchecked Sendable` because `NSRegularExpression` is not marked `Sendable`, yet it is
/// immutable once created and Foundation documents it as safe to match from several threads
/// at once (swift-corelibs-foundation keeps no mutable state in it); the stored properties
/// are constants, so sharing one compiled pattern between evaluations is safe.
final class RegexPattern: @unchecked Sendable {
  /// The pattern as written.
  let pattern: String
  /// Where the pattern's literal starts in its expression, in Unicode scalars.
  let offset: Int
  private let regex: NSRegularExpression
  /// True when `regex` is the pattern behind a lazy `(?s:.*?)`, matched once from the start:
  /// the search over start positions is then one match, and ICU counts all of it in steps.
  private let isOneMatch: Bool
  /// The progress reports all of this pattern's matches may take together in one run (the
  /// pattern is compiled once per run, for its rule): past it every further match is
  /// undecided at once, so 2,000 acts × `(a+)+$` cost one budget, not 2,000 bounds.
  let runBudget: Int
  /// The progress reports taken so far this run, by every thread.
  private let spent = Atomic<Int>(0)

  private init(
    pattern: String, offset: Int, regex: NSRegularExpression, isOneMatch: Bool, runBudget: Int
  ) {
    self.pattern = pattern
    self.offset = offset
    self.regex = regex
    self.isOneMatch = isOneMatch
    self.runBudget = runBudget
  }

  /// The default `runBudget`: 20,000 reports, about 2 × 10^8 of ICU's steps (a few seconds);
  /// an ordinary pattern over short texts takes none (ICU reports once per 10,000 steps).
  static let defaultRunBudget = 20_000

  /// The progress reports this run's matches have taken so far.
  var reportsTaken: Int { spent.load(ordering: .relaxed) }

  /// True once this run's matches have taken the whole `runBudget`.
  var isSpent: Bool { spent.load(ordering: .relaxed) >= runBudget }

  /// The compiled pattern, or why it is not a valid regular expression.
  static func compile(
    _ pattern: String, at offset: Int = 0, runBudget: Int = defaultRunBudget
  ) -> Result<RegexPattern, RegexFailure> {
    let plain: NSRegularExpression
    do {
      plain = try NSRegularExpression(pattern: pattern)
    } catch {
      return .failure(RegexFailure(reason: explanation(for: pattern)))
    }
    // The groups added capture nothing, so the pattern's own groups keep their numbers. A
    // pattern that swallows the closing bracket (`\Q` without `\E`, a trailing `(?x)`
    // comment) does not compile wrapped, and is searched as written.
    if let wrapped = try? NSRegularExpression(pattern: "(?s:.*?)(?:" + pattern + ")") {
      return .success(
        RegexPattern(
          pattern: pattern, offset: offset, regex: wrapped, isOneMatch: true,
          runBudget: runBudget))
    }
    return .success(
      RegexPattern(
        pattern: pattern, offset: offset, regex: plain, isOneMatch: false, runBudget: runBudget))
  }

  /// True when the pattern matches somewhere in `text` (search, not a full match), false
  /// when it does not, nil when ICU gave up deciding within `progressBudget(forLength:)`, or
  /// when this run's matches have taken the whole `runBudget` already (not matched at all).
  func matches(_ text: String) -> Bool? {
    var progress = 0
    return matches(text, progress: &progress)
  }

  /// `matches(_:)`, with the progress reports ICU made (one per 10,000 of its steps) added to
  /// `progress`: what a test counts to show a match is bounded in steps, not in time.
  func matches(_ text: String, progress reported: inout Int) -> Bool? {
    guard !isSpent else { return nil }
    let length = text.utf16.count
    // Searched as written, ICU also reports once per start position.
    let budget = Self.progressBudget(forLength: length) + (isOneMatch ? 0 : length + 1)
    var found = false
    var progress = 0
    regex.enumerateMatches(
      in: text, options: isOneMatch ? [.reportProgress, .anchored] : [.reportProgress],
      range: NSRange(location: 0, length: length)
    ) { result, _, stop in
      if result != nil {
        found = true
        stop.pointee = true
      } else {
        progress += 1
        if progress > budget { stop.pointee = true }
      }
    }
    reported += progress
    if progress > 0 { spent.add(progress, ordering: .relaxed) }
    return found ? true : progress > budget ? nil : false
  }

  /// How many progress reports a match may take: ICU reports once per 10,000 steps, so this
  /// allows about a million steps plus a hundred per character of the text (UTF-16 units).
  /// Measured: a phrase searched through 1 MB takes about a hundred reports (0.05 s);
  /// `(a+)+$` gives up after 0.02 s on 30 characters, where unbounded it takes 2 s at 25.
  static func progressBudget(forLength length: Int) -> Int {
    100 + length / 100
  }

  /// True when a quantified group holds a quantifier itself (`(a+)+`, `(\\w*\\s)*`,
  /// `(x{2,})+`): the shape that makes a backtracking engine exponential. A heuristic for a
  /// warning, read over the pattern's characters; escapes and `[…]` classes are skipped.
  var hasNestedQuantifier: Bool {
    let characters = Array(pattern)
    var groups: [Bool] = []  // per open group: does it hold a quantifier?
    var index = 0
    var inClass = false
    while index < characters.count {
      let character = characters[index]
      index += 1
      if character == "\\" {
        index += 1
        continue
      }
      if inClass {
        if character == "]" { inClass = false }
        continue
      }
      switch character {
      case "[": inClass = true
      case "(": groups.append(false)
      case ")":
        guard let quantified = groups.popLast() else { continue }
        let next = index < characters.count ? characters[index] : " "
        if quantified, next == "+" || next == "*" || next == "{" { return true }
        if quantified, !groups.isEmpty { groups[groups.count - 1] = true }
      case "+", "*", "{":
        if !groups.isEmpty { groups[groups.count - 1] = true }
      default: break
      }
    }
    return false
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
