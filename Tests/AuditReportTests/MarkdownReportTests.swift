import AuditCore
import AuditEngine
import AuditLoading
import XCTest

@testable import AuditReport

final class MarkdownReportTests: XCTestCase {
  let markdown = MarkdownReport().render(ReportSamples.sample())

  func testTheTenPartsComeInOrder() {
    let parts = [
      "# Audit report: Azerbaijan Red Crescent Society and the Nagorno-Karabakh blockade",
      "## At a glance", "## Timeline", "## Findings", "## Findings about other organisations",
      "## Right of reply", "## Rules with no finding", "## Actions no rule matched", "## Sources",
      "## Method",
    ]
    let lines = markdown.split(separator: "\n").map(String.init)
    let positions = parts.map { part in lines.firstIndex(of: part) }
    XCTAssertFalse(
      positions.contains(nil),
      "missing part: \(zip(parts, positions).filter { $1 == nil }.map(\.0))")
    XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
    XCTAssertTrue(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
  }

  func testHeaderGivesSubjectPeriodSummaryAndResult() {
    XCTAssertTrue(markdown.contains("**Subject:** Azerbaijan Red Crescent Society (arcs)"))
    XCTAssertTrue(markdown.contains("**Period:** 2022-12-12 to 2023-12-31"))
    XCTAssertTrue(markdown.contains("\n\nThis case records what they said.\n\n"))
    XCTAssertTrue(
      markdown.contains("3 findings about the subject (2 high, 1 medium) from 8 rules evaluated"))
    XCTAssertFalse(
      markdown.split(separator: "\n")[2].contains("**Date:**"), "no date unless --date is given")
  }

  func testAtAGlanceListsEveryPrincipleWithARuleIncludingZeroRows() {
    let table = MarkdownChecks.tables(markdown)[0]
    XCTAssertEqual(table[0], "| Principle | Rules | Findings | Highest severity | Strength |")
    XCTAssertEqual(
      Array(table.dropFirst(2)),
      [
        "| Impartiality | 2 | 1 | high | 1 established |",
        "| Neutrality | 3 | 1 | medium | 1 reported |",
        "| Independence | 2 | 1 | high | 1 established |",
        "| Unity | 1 | 0 | — | — |",
      ])
    XCTAssertFalse(
      table.contains { $0.contains("Humanity") }, "a principle without rules is not listed")
  }

  func testFindingShowsPrincipleRationaleConditionsEvidenceStrengthAndReferences() throws {
    let start = try XCTUnwrap(markdown.range(of: "#### IMP-001 — The Society denies"))
    let end = try XCTUnwrap(
      markdown.range(of: "### Neutrality", range: start.upperBound..<markdown.endIndex))
    let block = String(markdown[start.lowerBound..<end.lowerBound])
    for expected in [
      "- **Concerns:** Azerbaijan Red Crescent Society (arcs)",
      "- **Acts:** arcs-no-crisis-statement (2023-08)",
      "Azerbaijan Red Crescent Society denied a humanitarian need on 2023-08",
      "**The principle.** Impartiality, in the words of Statutes of the Movement, preamble ([https\\://example.org/principles](https://example.org/principles)):",
      "> It makes no discrimination as to nationality",
      "**Why it is a breach.** Why IMP-001 breaches impartiality",
      "- `action.tags contains \"denies_humanitarian_need\"` — action.tags = \\[\"denies\\_humanitarian\\_need\"\\]",
      "> Moreover, the statement went on to claim that there was “no ‘humanitarian crisis’ in the region.”[^src-occrp]",
      "Source: OCCRP, section ‘An Internal Question’ · B2 — usually reliable source; probably true · ✓ verified against the archived copy",
      "> There is no humanitarian crisis in the region.[^src-arcs-site]",
      "B1 — usually reliable source; confirmed by other sources · not checked (no archived copy was read)",
      "**Strength: established** — shown by the actor's own words",
      "Basis: the actor's own words in a primary source, arcs-site \\(B1\\).",
      "- `principle.impartiality`: the principle of Impartiality, quoted above.",
      "- `statutes.art4.4`: **Statutes of the Movement, Article 4, condition 4** ([http\\://example.org/statutes](http://example.org/statutes)), words from a secondary reproduction:",
      "  > Have an autonomous status",
      "- `statutes.art3`: **Statutes of the Movement, Article 3**, summary in the pack's own words (the clause's words were not read):",
    ] {
      XCTAssertTrue(block.contains(expected), "missing: \(expected)\n---\n\(block)")
    }
  }

  func testPersonFindingCitesThePositions() {
    XCTAssertTrue(markdown.contains("- **Person:** Novruz Aslanov (aslanov)"))
    XCTAssertTrue(
      markdown.contains(
        "Positions of Novruz Aslanov: president of Azerbaijan Red Crescent Society from 1999; member\\_of\\_parliament of Milli Majlis from 2005."
      ))
    XCTAssertTrue(markdown.contains("> Aslanov Novruz — member of the Milli Majlis[^src-majlis]"))
  }

  func testFindingsAreGroupedByPrincipleThenSeverity() {
    let headings = MarkdownChecks.headings(markdown).filter { $0.hasPrefix("###") }
    XCTAssertEqual(
      headings.map { String($0.prefix(while: { $0 != "—" })) },
      [
        "### Impartiality", "#### IMP-001 ", "### Neutrality", "#### NEU-002 ", "### Independence",
        "#### IND-001 ", "### Neutrality", "#### NEU-004 ",
      ])
    let other = markdown.range(of: "## Findings about other organisations")!.lowerBound
    XCTAssertGreaterThan(markdown.range(of: "#### NEU-004")!.lowerBound, other)
  }

  func testEveryFootnoteReferenceHasExactlyOneDefinitionAndViceVersa() {
    let references = Set(MarkdownChecks.footnoteReferences(markdown))
    let definitions = MarkdownChecks.footnoteDefinitions(markdown)
    XCTAssertEqual(references, ["src-occrp", "src-arcs-site", "src-majlis"])
    XCTAssertEqual(definitions.sorted(), references.sorted())
    XCTAssertTrue(
      markdown.contains(
        "[^src-occrp]: **‘We Couldn’t Work Properly’: How Azerbaijan Obstructed Red Cross Relief** (occrp); publisher: OCCRP; author: Rasmus Canbäck; type: investigative report; published 2024-02; reliability B — usually reliable; URL: [https\\://www\\.occrp.org/en/investigation/we-couldnt-work-properly](https://www.occrp.org/en/investigation/we-couldnt-work-properly); archived copy: occrp.txt, SHA-256 abab"
      ))
    XCTAssertTrue(
      markdown.contains("quotes verified against the archived copy: 4 of 5 (1 not found)."))
    XCTAssertTrue(
      markdown.contains("- **Background piece** (eurasianet); publisher: Eurasianet;"),
      "uncited source in a plain list")
    XCTAssertFalse(markdown.contains("[^src-eurasianet]"))
  }

  func testTablesKeepTheirColumnCount() {
    for table in MarkdownChecks.tables(markdown) {
      let columns = MarkdownChecks.cellCount(table[0])
      for row in table { XCTAssertEqual(MarkdownChecks.cellCount(row), columns, row) }
    }
  }

  func testRulesWithNoFindingSayWhatWasSearched() {
    XCTAssertTrue(
      markdown.contains(
        "| IMP-002 | Rule IMP-002 | Impartiality | searched 3 actions dated 2023-07-12 to 2023-09-19 |"
      ))
    XCTAssertTrue(
      markdown.contains(
        "| IND-005 | Rule IND-005 | Independence | searched 1 action dated 2023-08 for at least 3 within 365 days |"
      ))
    XCTAssertTrue(
      markdown.contains(
        "| UNI-001 | Rule UNI-001 | Unity | no action attributed to an organisation of type national\\_society |"
      ))
  }

  func testUnmatchedActionsAndRightOfReply() {
    XCTAssertTrue(
      markdown.contains(
        "| arcs-flour-convoy | 2023-09-19 | Azerbaijan Red Crescent Society | aid\\_delivery | Announced a convoy of 40 tonnes of flour to Khankendi\\. |"
      )
        || markdown.contains(
          "| arcs-flour-convoy | 2023-09-19 | Azerbaijan Red Crescent Society | aid\\_delivery | Announced a convoy of 40 tonnes of flour to Khankendi. |"
        ))
    XCTAssertTrue(
      markdown.contains(
        "**Azerbaijan Red Crescent Society** (arcs): asked for comment 2024; outcome: no response.")
    )
    XCTAssertTrue(
      markdown.contains("> The Society did not respond to requests for comment.[^src-occrp]"))
  }

  func testMethodListsPacksInputsToolAndHowToReproduce() {
    XCTAssertTrue(markdown.contains("- **Rule packs:** fundamental-principles 1.0.0"))
    XCTAssertTrue(markdown.contains("- **Tool:** audit 0.1.0"))
    let inputs = MarkdownChecks.tables(markdown).last!.dropFirst(2).map {
      $0.split(separator: "|")[0]
    }
    XCTAssertEqual(
      inputs.map { $0.trimmingCharacters(in: .whitespaces) },
      ["Cases/arcs.yaml", "Rules/pack.yaml", "Rules/principles.yaml", "Rules/references.yaml"])
    let hash = SHA256.hex(Array("case: {id: arcs}\n".utf8))
    XCTAssertTrue(markdown.contains("| Cases/arcs.yaml | \(hash) |"))
    XCTAssertTrue(
      markdown.contains("To reproduce: run `audit Cases/arcs.yaml` with the same rule packs"))
    let dated = MarkdownReport().render(ReportSamples.sample(date: "2024-05-01"))
    XCTAssertTrue(dated.contains("**Date:** 2024-05-01"))
    XCTAssertTrue(dated.contains("`audit Cases/arcs.yaml --date 2024-05-01`"))
  }

  func testTimelineIsAMermaidFlowchartInDateOrderWithFindingsMarked() {
    let lines = MarkdownChecks.mermaidLines(markdown)
    XCTAssertEqual(
      lines,
      [
        "flowchart TD",
        "  a1[\"2023-07-11 · mfa-accuses-icrc · NEU-004\"]",
        "  a2[\"2023-07-12 · aslanov-praises-checkpoint · NEU-002\"]",
        "  a3[\"2023-08 · arcs-no-crisis-statement · IMP-001\"]",
        "  a4[\"2023-09-19 · arcs-flour-convoy\"]",
        "  a1 --> a2", "  a2 --> a3", "  a3 --> a4",
        "  classDef finding fill:#fde2e1,stroke:#b42318,stroke-width:2px",
        "  class a1,a2,a3 finding",
      ])
  }

  func testPrincipleFilterRestrictsTheReport() {
    let filtered = MarkdownReport().render(ReportSamples.sample(principles: ["neutrality"]))
    XCTAssertFalse(filtered.contains("IMP-001"))
    XCTAssertFalse(filtered.contains("| Impartiality |"))
    XCTAssertTrue(filtered.contains("#### NEU-002"))
    XCTAssertTrue(filtered.contains("restricted to the principles neutrality"))
    XCTAssertTrue(filtered.contains("--principle neutrality"))
    XCTAssertEqual(
      Set(MarkdownChecks.footnoteReferences(filtered)),
      Set(MarkdownChecks.footnoteDefinitions(filtered)))
  }

  func testACaseWithoutFindingsOrActionsStillHasEveryPart() {
    var audit = ReportSamples.sampleCase()
    audit.actions = []
    audit.responses = []
    let context = ReportSamples.context(
      audit, findings: [], outcomes: [], unmatched: [], rules: ReportSamples.sampleRules)
    let empty = MarkdownReport().render(context)
    XCTAssertTrue(empty.contains("No rule found anything about the subject."))
    XCTAssertTrue(empty.contains("The case records no action."))
    XCTAssertTrue(empty.contains("The case records no request for comment."))
    XCTAssertTrue(empty.contains("Every recorded action is cited by a finding."))
    XCTAssertFalse(empty.contains("## Findings about other organisations"))
    XCTAssertTrue(MarkdownChecks.footnoteDefinitions(empty).isEmpty)
  }
}
