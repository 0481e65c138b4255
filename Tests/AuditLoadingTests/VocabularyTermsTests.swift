import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

/// Terms written as mappings (definition, synonyms, indicator phrases), finding a term from the
/// words an analyst has in mind, and an unknown term suggested by meaning as well as spelling.
final class VocabularyTermsTests: XCTestCase {
  /// A pack folder holding only `vocabulary.yaml` with `text`.
  private func pack(_ text: String) throws -> String {
    let folder = try TemporaryFolder.make("vocabulary")
    try text.write(toFile: folder + "/vocabulary.yaml", atomically: true, encoding: .utf8)
    return folder
  }

  func testATermMayCarrySynonymsAndIndicators() throws {
    let folder = try pack(
      """
      roles:
        envoy:
          definition: "A diplomatic representative."
          synonyms: [ambassador, "chargé d'affaires"]
      tags:
        calls_for_boycott:
          definition: "Urges people not to buy, attend or take part."
          indicators: {en: ["boycott"], ru: ["бойкот"]}
        plain_term: "Written as before, a definition alone."
      """)
    let catalogue = try PackLoader.load([FixturePaths.pack, folder])
    let vocabulary = catalogue.vocabulary
    XCTAssertEqual(vocabulary.terms[.roles]?["envoy"], "A diplomatic representative.")
    XCTAssertEqual(vocabulary.synonyms[.roles]?["envoy"], ["ambassador", "chargé d'affaires"])
    XCTAssertEqual(
      vocabulary.indicators[.tags]?["calls_for_boycott"], ["en": ["boycott"], "ru": ["бойкот"]])
    XCTAssertTrue(vocabulary.contains("plain_term", in: .tags))
    XCTAssertEqual(vocabulary.files.last, folder + "/vocabulary.yaml")
  }

  func testABlankDefinitionIsLocated() throws {
    let folder = try pack(
      """
      tags:
        spaces: "   "
        line_break: "\\n"
        no_break_space: "\u{00A0}"
        fine: "Written."
      """)
    XCTAssertThrowsError(try PackLoader.load([FixturePaths.pack, folder])) { error in
      let found = ((error as? Diagnostics)?.all ?? []).filter { $0.message.contains("definition") }
      XCTAssertEqual(
        found.map(\.message),
        ["spaces", "line_break", "no_break_space"].map {
          "the definition of '\($0)' must not be empty"
        })
      XCTAssertEqual(found.map { $0.location?.line }, [2, 3, 4])
    }
  }

  func testABrokenTermIsLocated() throws {
    let folder = try pack(
      """
      tags:
        no_definition:
          synonyms: [x]
        bad_language:
          definition: "Something."
          indicators: {english: ["word"]}
        bad_key:
          definiton: "Misspelt."
      """)
    XCTAssertThrowsError(try PackLoader.load([FixturePaths.pack, folder])) { error in
      let messages = (error as? Diagnostics)?.all.map(\.message) ?? ["\(error)"]
      let text = messages.joined(separator: "\n")
      XCTAssertTrue(text.contains("'definition'"), text)
      XCTAssertTrue(text.contains("'english' is not a language code"), text)
      XCTAssertTrue(text.contains("'definiton'"), text)
    }
  }

  func testAWordFindsATermByNameSynonymOrDefinition() throws {
    let vocabulary = try PackLoader.load([FixturePaths.root + "/Rules"]).vocabulary
    func first(_ word: String) -> String? { vocabulary.search(word).first?.term }
    XCTAssertEqual(first("mp"), "member_of_parliament")
    XCTAssertEqual(first("MP"), "member_of_parliament")
    XCTAssertEqual(first("prime minister"), "head_of_government")
    XCTAssertEqual(first("parliament"), "member_of_parliament")
    XCTAssertEqual(vocabulary.search("mp").first?.reason, .synonym)
    XCTAssertEqual(vocabulary.search("parliament").first?.reason, .name)
    XCTAssertTrue(vocabulary.search("xyzzy").isEmpty)
    XCTAssertEqual(vocabulary.meanings(of: "deputy", in: .roles), ["member_of_parliament"])
  }

  func testAnUnknownTermIsSuggestedByMeaningAndNamesItsFile() throws {
    let catalogue = try PackLoader.load([FixturePaths.root + "/Rules"])
    var text = try String(contentsOfFile: FixturePaths.cases + "/valid.yaml", encoding: .utf8)
    text = text.replacingOccurrences(
      of: "{organization: parl, role: member_of_parliament, from: 2015}",
      with: "{organization: parl, role: deputy, from: 2015}")
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("vocabulary-\(UUID().uuidString).yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertThrowsError(try CaseLoader.load(path: path, vocabulary: catalogue.vocabulary)) {
      error in
      let messages = (error as? Diagnostics)?.all.map(\.message) ?? ["\(error)"]
      XCTAssertEqual(
        messages,
        [
          "unknown role 'deputy': not in the vocabulary's roles; did you mean 'member_of_parliament'? "
            + "(found by synonyms or definition) (terms: \(FixturePaths.root)/Rules/vocabulary.yaml)"
        ])
    }
  }
}
