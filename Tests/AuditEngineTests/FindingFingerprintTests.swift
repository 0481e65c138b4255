import AuditCore
import XCTest

@testable import AuditEngine

final class FindingFingerprintTests: XCTestCase {
  private func finding(
    title: String = "A statement", actions: [String] = ["a1", "a2"],
    quotes: [String] = ["we say this", "and that"], rules: [String] = ["NEU-001"],
    severity: Severity = .high, strength: Strength = .reported
  ) -> Finding {
    let evidence = quotes.map {
      RuleHit.CitedEvidence(
        action: "a1", evidence: Evidence(source: "s1", quote: $0, credibility: 2, kind: .words),
        reliability: .B)
    }
    let hits = rules.map {
      RuleHit(
        rule: $0, title: "t", principle: "neutrality", severity: severity, organization: "org",
        actions: actions, person: nil, message: "m", evidence: evidence, references: [],
        strength: strength, strengthBasis: "b", conditions: [])
    }
    return Finding(
      id: "e1", origin: .episode("e1"), title: title, actions: actions, otherActions: [],
      span: nil, person: nil, engagements: [], hits: hits, severity: severity,
      strength: strength, strengthBasis: "b", evidence: evidence, toVerify: [])
  }

  func testTheSameBasisInAnyOrderGivesTheSameFingerprint() {
    let one = finding()
    XCTAssertEqual(one.fingerprint.count, 16)
    XCTAssertEqual(one.fingerprint, finding(actions: ["a2", "a1"]).fingerprint)
    XCTAssertEqual(one.fingerprint, finding(quotes: ["and that", "we say this"]).fingerprint)
  }

  func testWordingSeverityAndStrengthDoNotChangeIt() {
    XCTAssertEqual(
      finding().fingerprint,
      finding(title: "Another title", severity: .critical, strength: .established).fingerprint)
  }

  func testAnActARuleOrAQuoteChangesIt() {
    let base = finding().fingerprint
    XCTAssertNotEqual(base, finding(actions: ["a1", "a2", "a3"]).fingerprint)
    XCTAssertNotEqual(base, finding(rules: ["NEU-001", "NEU-012"]).fingerprint)
    XCTAssertNotEqual(base, finding(quotes: ["we say this"]).fingerprint)
  }
}
