import AuditCore
import AuditTestSupport
import XCTest

@testable import AuditLoading

/// The shipped pack in `Rules/`: every rule brings its examples, and they are honest ones.
final class ShippedPackTests: XCTestCase {
  func testEveryShippedRuleHasAMatchAndTwoNearMisses() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    XCTAssertFalse(catalogue.rules.isEmpty)
    for rule in catalogue.rules {
      let matches = rule.tests.filter(\.expectMatch).count
      let nearMisses = rule.tests.filter { !$0.expectMatch && !$0.expectUndecided }.count
      XCTAssertGreaterThanOrEqual(matches, 1, "\(rule.id) (\(rule.path)) has no `match` test")
      XCTAssertGreaterThanOrEqual(nearMisses, 1, "\(rule.id) (\(rule.path)) has no `no_match` test")
      XCTAssertGreaterThanOrEqual(
        nearMisses, 2, "\(rule.id) (\(rule.path)) needs at least two `no_match` near misses")
    }
  }

  func testAuthoritiesAreJudgedOnlyByContextRulesUnderAStandard() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let movement = Set(RuleBasis.movementOrganizationTypes)
    let context = catalogue.rules.filter { $0.basis.standard != nil }
    XCTAssertFalse(context.isEmpty)
    for rule in catalogue.rules {
      let onAuthorities = rule.appliesTo.contains { !movement.contains($0) }
      XCTAssertEqual(
        onAuthorities, rule.basis.standard != nil,
        "\(rule.id): a rule on authorities names a standard, a rule on the Movement a principle")
    }
    for rule in context {
      let standard = try XCTUnwrap(catalogue.standard(rule.basis.id), "\(rule.id)")
      XCTAssertTrue(
        standard.status != .notRead || standard.text == nil, "\(standard.id) quotes unread words")
    }
  }

  func testEveryCitedReferenceSaysHowItsWordsAreKnown() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    for rule in catalogue.rules {
      XCTAssertFalse(rule.references.isEmpty, "\(rule.id) cites nothing but the principle")
      for id in rule.references {
        let reference = try XCTUnwrap(catalogue.reference(id), "\(rule.id) cites unknown '\(id)'")
        if reference.status == .notRead {
          XCTAssertNil(reference.text, "\(id) is not read but quotes words")
        } else {
          XCTAssertNotNil(reference.url, "\(id) was read but says nowhere where")
        }
      }
    }
  }
}
