import AuditCore

/// Runs the examples embedded in rule files (docs/rule-format.md), SwiftLint-style.
public struct RuleTestRunner: Sendable {
  public let thresholds: PackManifest.StrengthThresholds

  /// Creates a runner.
  public init(thresholds: PackManifest.StrengthThresholds) { self.thresholds = thresholds }

  /// How many tests ran and the failures, each located at its test in the rule file.
  public func run(_ rules: [CompiledRule]) -> (count: Int, failures: [Diagnostic]) {
    let evaluator = Evaluator(rules: [], thresholds: thresholds)
    var count = 0
    var failures: [Diagnostic] = []
    for rule in rules {
      for test in rule.spec.tests {
        count += 1
        let result = evaluator.evaluate(rule, CaseValues(test.fixture))
        if let reason = Self.failure(of: test, result.hits, undecided: result.undecided) {
          failures.append(
            .error(
              .ruleTestFailed, "rule \(rule.spec.id), test '\(test.name)': \(reason)",
              at: test.location))
        }
      }
    }
    return (count, failures)
  }

  /// Why a test failed, or nil. A `no_match` test is not passed by an undecided act: it says
  /// the rule clears the act, and an unknown condition clears nothing. An `undecided` test
  /// passes only when the rule neither fires nor clears the act.
  static func failure(of test: RuleTest, _ hits: [RuleHit], undecided: [Undecided] = [])
    -> String?
  {
    if test.expectUndecided {
      if let hit = hits.first {
        return "expected undecided, but it fired: \(hit.message)"
      }
      return undecided.isEmpty ? "expected undecided, but the rule decided: no match" : nil
    }
    guard test.expectMatch else {
      if let hit = hits.first {
        return "expected no match, but it fired: \(hit.message)"
      }
      return undecided.first.map {
        "expected no match, but the rule was undecided for "
          + ($0.action.map { "act \($0)" } ?? $0.person.map { "person \($0)" } ?? "the test")
          + " (missing: \($0.missing.joined(separator: ", ")))"
      }
    }
    guard !hits.isEmpty else {
      if let first = undecided.first {
        return "expected a match, but the rule was undecided (missing: "
          + first.missing.joined(separator: ", ") + ")"
      }
      return "expected a match, but the rule did not fire"
    }
    if let message = test.message, !hits.contains(where: { $0.message == message }) {
      return "expected the message '\(message)', got '\(hits[0].message)'"
    }
    if let cites = test.cites, !hits.contains(where: { $0.actions.sorted() == cites.sorted() }) {
      let got = hits.map { "[" + $0.actions.joined(separator: ", ") + "]" }.joined(
        separator: " ")
      return "expected a finding citing [\(cites.joined(separator: ", "))], got \(got)"
    }
    return nil
  }
}
