import AuditCore
import AuditTestSupport
import XCTest

@testable import AuditLoading

/// The shipped catalogues and rules against issue 17: instruments named where the Movement
/// judges by them, every text dated, compliance steps and organs of the State told apart.
final class ShippedStandardsTests: XCTestCase {
  func testEveryTextOfTheCataloguesSaysWhenItTookEffectAndWhatReplacedIt() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    var dated: [(id: String, inForce: InForce?)] = catalogue.references.map { ($0.id, $0.inForce) }
    dated += catalogue.principles.map { ($0.id, $0.inForce) }
    dated += catalogue.standards.map { ($0.id, $0.inForce) }
    for (id, inForce) in dated {
      let record = try XCTUnwrap(inForce, "\(id) does not say when it took effect")
      if let successor = record.supersededBy {
        let next = try XCTUnwrap(catalogue.reference(successor)?.inForce, "\(id) → \(successor)")
        XCTAssertLessThan(record.from, next.from, "\(id) is replaced before it took effect")
      }
    }
    // The 1997 Agreement and the 2005 Measures gave way to Seville 2.0 in June 2022.
    XCTAssertEqual(catalogue.reference("seville2.2022")?.inForce?.from.description, "2022-06")
    for id in ["seville.lead.agency", "seville.art5.1a", "seville.supplementary.2005"] {
      XCTAssertEqual(catalogue.reference(id)?.inForce?.supersededBy, "seville2.2022", id)
    }
  }

  func testJurisdictionAndComplianceAreJudgedByTheInstrumentsNotByUnityOrUniversality() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let rules = Dictionary(uniqueKeysWithValues: catalogue.rules.map { ($0.id, $0) })
    for id in ["UNI-001", "UNI-002", "UNI-004", "UNI-005"] {
      let rule = try XCTUnwrap(rules[id])
      XCTAssertEqual(rule.basis, .instruments, id)
      XCTAssertTrue(rule.breaches.contains("statutes.art7"), id)
      XCTAssertTrue(rule.breaches.contains("seville2.2022"), id)
    }
    XCTAssertTrue(rules["UNI-001"]!.breaches.contains("statutes.art5"))
    for id in ["INT-001", "INT-002"] {
      let rule = try XCTUnwrap(rules[id])
      XCTAssertEqual(rule.basis, .instruments, id)
      XCTAssertTrue(rule.breaches.contains("ifrc.constitution.art10"), id)
      XCTAssertTrue(rule.breaches.contains("ifrc.constitution.art10a"), id)
      XCTAssertTrue(rule.breaches.contains("integrity.policy.2005.purpose"), id)
    }
    // Every provision breached is cited by title alone where its words were not read.
    for rule in catalogue.rules {
      for id in rule.breaches {
        let reference = try XCTUnwrap(catalogue.reference(id), "\(rule.id) breaches '\(id)'")
        if reference.status == .notRead { XCTAssertNil(reference.text, id) }
      }
    }
  }

  func testTheVocabularyTellsTheComplianceStepsApart() throws {
    let vocabulary = try PackLoader.load([FixturePaths.root + "/Rules"]).vocabulary
    for term in [
      "ifrc_compliance_referral", "ifrc_compliance_recommendation",
      "ifrc_governing_board_decision", "ifrc_compliance_deadline", "ifrc_sanction",
      "acts_against_ifrc_recommendation", "defies_ifrc_compliance_decision",
    ] {
      XCTAssertTrue(vocabulary.contains(term, in: .tags), term)
    }
    for term in [
      "invites_speaker_to_speak_for_it", "shares_others_words", "repeats_others_words",
      "endorses_others_words",
    ] {
      XCTAssertTrue(vocabulary.contains(term, in: .tags), term)
    }
  }

  func testAnAuthorityIsAnyOrganOfTheStateAndContextRulesSeeThemAll() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    let organs = ["government", "legislature", "court", "security_forces", "local_authority"]
    for type in organs {
      XCTAssertTrue(catalogue.vocabulary.contains(type, in: .organizationTypes), type)
    }
    let onAuthorities = catalogue.rules.filter { $0.basis.standard != nil }
    XCTAssertFalse(onAuthorities.isEmpty)
    for rule in onAuthorities {
      XCTAssertTrue(Set(organs).isSubset(of: rule.appliesTo), "\(rule.id): \(rule.appliesTo)")
    }
  }
}
