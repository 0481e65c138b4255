import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

final class PackLoaderTests: XCTestCase {
  func testTheFixturePackLoadsWithItsCatalogues() throws {
    let catalogue = try PackLoader.load([FixturePaths.pack])
    XCTAssertEqual(catalogue.rules.map(\.id), ["T-001", "T-002", "T-003"])
    XCTAssertEqual(catalogue.packs.map(\.name), ["fixture-pack"])
    XCTAssertEqual(catalogue.strength.independentCount, 2)
    XCTAssertTrue(catalogue.vocabulary.contains("electoral_endorsement", in: .tags))
    XCTAssertEqual(catalogue.rules[1].aggregate?.withinDays, 30)
    XCTAssertEqual(catalogue.rules[0].tests.map(\.expectMatch), [true, false])
  }

  func testASymbolicLinkLoopAndAFolderNamedTwiceAreWalkedOnce() throws {
    let folder = try TemporaryFolder.make("loop")
    try FileManager.default.createDirectory(
      atPath: folder + "/extra/sub", withIntermediateDirectories: true)
    try """
    id: L-001
    title: Looped
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: action.type == "meeting"
    message: "{org.name}"
    rationale: Loaded once however it is reached.
    """.write(toFile: folder + "/extra/sub/L-001.yaml", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/extra/sub/back", withDestinationPath: folder + "/extra")
    let catalogue = try PackLoader.load([FixturePaths.pack, folder + "/extra", folder + "/extra"])
    XCTAssertEqual(catalogue.rules.map(\.id), ["L-001", "T-001", "T-002", "T-003"])
  }

  func testARuleIDLoadedTwiceNamesBothFiles() throws {
    XCTAssertThrowsError(
      try PackLoader.load([FixturePaths.pack, FixturePaths.fixtures + "/rules/duplicate"])
    ) {
      error in
      let message = (error as? Diagnostics)?.all.first?.message ?? ""
      XCTAssertTrue(message.hasPrefix("rule 'T-001' is already defined in "), message)
      XCTAssertTrue(
        message.hasSuffix("Tests/Fixtures/pack/neutrality/T-001-endorsement.yaml"), message)
    }
  }

  func testAStandardRuleResolvesInTheStandardsCatalogueAndMayApplyToAGovernment() throws {
    let folder = try TemporaryFolder.make("standard")
    try """
    id: S-001
    title: Authorities block relief
    standard: access
    severity: high
    applies_to: [government]
    when: action.type == "meeting"
    message: "{org.name}"
    rationale: A context rule.
    """.write(toFile: folder + "/S-001.yaml", atomically: true, encoding: .utf8)
    let catalogue = try PackLoader.load([FixturePaths.pack, folder])
    XCTAssertEqual(catalogue.standards.map(\.id), ["access"])
    XCTAssertEqual(catalogue.standard("access")?.status, .notRead)
    let rule = try XCTUnwrap(catalogue.rules.first { $0.id == "S-001" })
    XCTAssertEqual(rule.basis, .standard("access"))
    XCTAssertEqual(rule.basis.id, "access")
    XCTAssertEqual(rule.appliesTo, ["government"])
    XCTAssertEqual(catalogue.rules.first { $0.id == "T-001" }?.basis, .principle("neutrality"))
  }

  func testTheShippedAccessPackJudgesAuthoritiesByStandardsNotPrinciples() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let access = catalogue.rules.filter { $0.id.hasPrefix("ACC-") }
    XCTAssertEqual(access.count, 8)
    for rule in access {
      XCTAssertNotNil(rule.basis.standard, rule.id)
      XCTAssertNotNil(catalogue.standard(rule.basis.id), rule.id)
    }
    for rule in catalogue.rules where rule.basis.principle != nil {
      XCTAssertFalse(rule.appliesTo.isEmpty, rule.id)
      XCTAssertTrue(
        Set(rule.appliesTo).isSubset(of: RuleBasis.movementOrganizationTypes), rule.id)
    }
    for standard in catalogue.standards where standard.status == .notRead {
      XCTAssertNil(standard.text, standard.id)
    }
  }
}
