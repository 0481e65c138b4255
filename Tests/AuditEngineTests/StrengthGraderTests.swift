import AuditCore
import AuditEngine
import XCTest

final class StrengthGraderTests: XCTestCase {
  let grader = StrengthGrader(thresholds: EngineFixture.thresholds)

  func audit(_ sources: [Source]) -> AuditCase {
    AuditCase(
      id: "t", title: "t", subject: "ns",
      period: (PartialDate(year: 2023)!, PartialDate(year: 2023)!), summary: "t",
      organizations: [Organization(id: "ns", name: "NS", type: "national_society")], people: [],
      sources: sources, actions: [], responses: [], path: "t.yaml")
  }

  func source(_ id: String, _ grade: Reliability, by: String? = nil, derivedFrom: [String] = [])
    -> Source
  {
    Source(
      id: id, title: id, type: "news_report", reliability: grade, by: by, derivedFrom: derivedFrom)
  }

  func evidence(_ source: String, _ credibility: Int, _ kind: EvidenceKind = .fact) -> Evidence {
    Evidence(source: source, quote: "q", credibility: credibility, kind: kind)
  }

  func testOwnWordsInAPrimarySourceAreEstablished() {
    let c = audit([source("own", .B, by: "ns")])
    XCTAssertEqual(grader.grade([evidence("own", 2)], speakers: ["ns"], in: c).0, .established)
    XCTAssertEqual(grader.grade([evidence("own", 3)], speakers: ["ns"], in: c).0, .reported)
    XCTAssertEqual(grader.grade([evidence("own", 2)], speakers: ["other"], in: c).0, .reported)
  }

  func testTwoIndependentSourcesAreEstablishedButARepeatIsNot() {
    let c = audit([source("a", .C), source("b", .B), source("c", .B, derivedFrom: ["a"])])
    XCTAssertEqual(
      grader.grade([evidence("a", 3), evidence("b", 3)], speakers: [], in: c).0, .established)
    XCTAssertEqual(
      grader.grade([evidence("a", 3), evidence("c", 2)], speakers: [], in: c).0, .reported)
    XCTAssertEqual(
      grader.grade([evidence("a", 3), evidence("a", 2)], speakers: [], in: c).0, .reported)
  }

  func testWhatCouldNotBeVerifiedIsAlleged() {
    let c = audit([source("a", .B), source("d", .D)])
    let (strength, basis) = grader.grade([evidence("a", 6)], speakers: [], in: c)
    XCTAssertEqual(strength, .alleged)
    XCTAssertEqual(basis, "only evidence below the threshold for 'reported': a B6")
    XCTAssertEqual(grader.grade([evidence("d", 1)], speakers: [], in: c).0, .alleged)
  }

  func testAnActRestingOnlyOnTheSourcesAnalysisIsAllegedAndSaysSo() {
    let c = audit([source("own", .A, by: "ns"), source("a", .A), source("b", .A)])
    let (strength, basis) = grader.grade(
      [evidence("a", 1, .analysis), evidence("b", 1, .analysis)], speakers: [], in: c)
    XCTAssertEqual(strength, .alleged, "two A1 sources, but only their reading of the act")
    XCTAssertEqual(
      basis,
      "rests only on the source's analysis (a A1; b A1), not on the actor's own words or a fact the source states"
    )
    XCTAssertEqual(
      grader.grade([evidence("own", 1, .context)], speakers: ["ns"], in: c).1,
      "rests only on background context (own A1), not on the actor's own words or a fact the source states"
    )
    XCTAssertEqual(
      grader.grade([evidence("a", 1, .analysis), evidence("b", 2, .context)], speakers: [], in: c)
        .0, .alleged)
  }

  func testOnlyWordsAndFactsCountTowardStrength() {
    let c = audit([source("a", .B), source("b", .B)])
    XCTAssertEqual(
      grader.grade([evidence("a", 2, .words), evidence("b", 2, .fact)], speakers: [], in: c).0,
      .established)
    let (strength, basis) = grader.grade(
      [evidence("a", 2, .words), evidence("b", 1, .analysis)], speakers: [], in: c)
    XCTAssertEqual(strength, .reported, "the second source's analysis is not a second source")
    XCTAssertEqual(basis, "one source, a, graded B2")
    XCTAssertEqual(
      grader.grade([evidence("a", 6, .words), evidence("b", 1, .context)], speakers: [], in: c).1,
      "only evidence below the threshold for 'reported': a B6")
  }
}
