import AuditCore
import AuditDigest
import AuditEngine
import AuditTestSupport
import Foundation
import XCTest

/// How evidence is held (issue 19): excerpts verified as excerpts, originals verified in place
/// of their translation, independence that counts, and replies beside what they answer.
final class EvidenceHoldingTests: XCTestCase {
  let folder = FixturePaths.fixtures + "/archive"
  let grader = StrengthGrader(thresholds: EngineFixture.thresholds)

  var digest: String {
    SHA256.hex(FileManager.default.contents(atPath: folder + "/article.txt")!)
  }

  func audit(
    sources: [Source], evidence: [Evidence], responses: [Response] = [],
    episodes: [Episode] = []
  ) -> AuditCase {
    AuditCase(
      id: "t", title: "t", subject: "ns",
      period: (PartialDate(year: 2023)!, PartialDate(year: 2023)!), summary: "t",
      organizations: [Organization(id: "ns", name: "NS", type: "national_society")],
      people: [], sources: sources,
      actions: evidence.enumerated().map { index, item in
        Action(
          id: "a\(index)", date: DateRange(PartialDate(year: 2023)!), actor: "ns",
          type: "public_statement", summary: "s", evidence: [item])
      },
      episodes: episodes, responses: responses, path: "t.yaml")
  }

  func archived(_ coverage: Source.Archive.Coverage, sha256: String? = nil) -> Source {
    Source(
      id: "article", title: "Article", type: "news_report", reliability: .C,
      archive: .init(path: "article.txt", sha256: sha256 ?? digest, coverage: coverage),
      language: "en")
  }

  func testAQuoteFoundInAnExcerptIsVerifiedAgainstTheExcerptNeverTheWhole() {
    let item = Evidence(source: "article", quote: "Nothing else", credibility: 2, kind: .fact)
    let excerpt = audit(sources: [archived(.excerpt)], evidence: [item])
    let (verification, problems) = ArchiveVerifier.verify(
      excerpt, caseFolder: folder, archiveDirectory: nil)
    XCTAssertEqual(problems, [])
    XCTAssertEqual(verification.status(of: item), true)
    XCTAssertEqual(verification.coverage(of: item), .excerpt)
    let whole = audit(sources: [archived(.whole)], evidence: [item])
    XCTAssertEqual(
      ArchiveVerifier.verify(whole, caseFolder: folder, archiveDirectory: nil).0.coverage(
        of: item), .whole)
    // An excerpt is hashed as such: the hash of another text is a mismatch all the same.
    let wrong = audit(
      sources: [archived(.excerpt, sha256: String(repeating: "0", count: 64))], evidence: [item])
    let (unchecked, errors) = ArchiveVerifier.verify(
      wrong, caseFolder: folder, archiveDirectory: nil)
    XCTAssertEqual(errors.map(\.code), [.archiveHash])
    XCTAssertNil(unchecked.coverage(of: item))
  }

  func testATranslatedQuoteIsVerifiedByItsOriginal() {
    // The source prints the words; the quote is the analyst's rendering of them.
    let faithful = Evidence(
      source: "article", quote: "Nothing more was written down.", credibility: 2, kind: .fact,
      translated: true, original: "Nothing else was recorded.", translatedBy: "the analyst")
    let altered = Evidence(
      source: "article", quote: "Nothing else", credibility: 2, kind: .fact, translated: true,
      original: "Nothing more was recorded.")
    let c = audit(sources: [archived(.excerpt)], evidence: [faithful, altered])
    let (verification, problems) = ArchiveVerifier.verify(
      c, caseFolder: folder, archiveDirectory: nil)
    XCTAssertEqual(verification.status(of: faithful), true)
    XCTAssertEqual(verification.status(of: altered), false, "the original is what is checked")
    XCTAssertEqual(
      problems.map(\.message),
      [
        "original of the quote does not occur word for word in the archived excerpt of source 'article'"
      ])
  }

  func testTheSameStoryOrACommonOriginIsNotIndependent() {
    let wire = Source(id: "wire", title: "w", type: "news_report", reliability: .B)
    let sources = [
      Source(id: "a", title: "a", type: "news_report", reliability: .C, story: "release-1"),
      Source(id: "b", title: "b", type: "news_report", reliability: .C, story: "release-1"),
      Source(id: "c", title: "c", type: "news_report", reliability: .C, derivedFrom: ["wire"]),
      Source(id: "d", title: "d", type: "news_report", reliability: .C, derivedFrom: ["c"]),
      Source(id: "e", title: "e", type: "news_report", reliability: .C, derivedFrom: ["wire"]),
      Source(id: "f", title: "f", type: "news_report", reliability: .C, story: "release-2"),
      wire,
    ]
    let c = audit(sources: sources, evidence: [])
    let index = CaseIndex(c)
    func fact(_ id: String) -> Evidence {
      Evidence(source: id, quote: "q", credibility: 2, kind: .fact)
    }
    // One press release republished twice is one source.
    XCTAssertEqual(grader.grade([fact("a"), fact("b")], speakers: [], in: index).0, .reported)
    // A repeat of a repeat is not independent of the original, nor two repeats of one wire.
    XCTAssertEqual(grader.grade([fact("wire"), fact("d")], speakers: [], in: index).0, .reported)
    XCTAssertEqual(grader.grade([fact("c"), fact("e")], speakers: [], in: index).0, .reported)
    // Two different stories are.
    XCTAssertEqual(grader.grade([fact("a"), fact("f")], speakers: [], in: index).0, .established)
    XCTAssertEqual(
      StrengthGrader.independentSources(
        of: ["a", "b", "c", "d", "e", "f", "wire"].map(fact), in: index
      ).map(\.id), ["a", "c", "f"])
    // Analysis does not count toward what a finding rests on.
    XCTAssertEqual(
      StrengthGrader.independentSources(
        of: [Evidence(source: "a", quote: "q", credibility: 2, kind: .analysis)], in: index), [])
  }

  func testAReplyIsShownBesideTheFindingItAnswers() throws {
    let (catalogue, evaluator) = try EngineFixture.evaluator()
    var audit = try EngineFixture.validCase(catalogue)
    let answer = Response(
      by: "ns", to: .init(episodes: ["endorsements"]), date: PartialDate(year: 2023, month: 9),
      outcome: .responded, text: "We acted within our mandate.")
    let toAnAct = Response(by: "ns", to: .init(actions: ["sg-endorses"]), outcome: .responded)
    let elsewhere = Response(by: "ns", to: .init(actions: ["meeting"]), outcome: .responded)
    audit.responses += [answer, toAnAct, elsewhere]
    let assessment = AuditPipeline(catalogue: catalogue, compiled: [])
      .assess(evaluator.evaluate(audit)).assessment
    let finding = try XCTUnwrap(assessment.findings.first { $0.id == "endorsements" })
    XCTAssertEqual(finding.replies, [answer, toAnAct])
    // The request for comment on the whole case answers no finding in particular.
    XCTAssertFalse(audit.responses[0].answers(actions: finding.actions, episode: finding.id))
    XCTAssertEqual(finding.independentSources, ["report", "ns-statement"])
  }
}
