import AuditCore
import AuditDigest
import AuditEngine
import AuditLoading
import XCTest

@testable import AuditReport

final class MarkdownReportTests: XCTestCase {
  let markdown = MarkdownReport().render(ReportSamples.sample())

  func testTheFrontThenTheFindingsThenTheAnnexesComeInOrder() {
    let parts = [
      "# Azerbaijan Red Crescent Society and the Nagorno-Karabakh blockade",
      "## Summary", "## Findings at a glance", "## Position of Azerbaijan Red Crescent Society",
      "## Questions for the committee", "## Recommended measures", "## Findings",
      "## Annex A. Texts cited", "## Annex B. Conduct of others",
      "## Annex C. Rules with no match, and undecided rules",
      "## Annex D. Acts of the subject no rule matched", "## Annex E. Chronology",
      "## Annex F. Sources and method", "### Limits of the evidence", "### Method",
    ]
    let lines = markdown.split(separator: "\n").map(String.init)
    let positions = parts.map { part in lines.firstIndex(of: part) }
    XCTAssertFalse(
      positions.contains(nil),
      "missing part: \(zip(parts, positions).filter { $1 == nil }.map(\.0))")
    XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
    XCTAssertTrue(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
    XCTAssertFalse(markdown.contains("## Patterns"), "no pattern, no empty section")
    XCTAssertTrue(
      lines[1].hasPrefix("**Draft by the analyst: not yet reviewed;"),
      "the status line comes first: \(lines[1])")
  }

  func testHeaderGivesSubjectPeriodInWordsAndSummary() {
    XCTAssertTrue(markdown.contains("**Subject:** Azerbaijan Red Crescent Society ·"))
    XCTAssertTrue(
      markdown.contains(
        "This paper examines 3 acts of Azerbaijan Red Crescent Society, dated 12 July 2023 to "
          + "19 September 2023, as 3 sources quoted here report them"))
    XCTAssertTrue(markdown.contains("**Period:** 12 December 2022 to 31 December 2023"))
    XCTAssertTrue(markdown.contains("\n\nThis case records what they said.\n\n"))
    XCTAssertFalse(
      markdown.split(separator: "\n")[2].contains("**Date:**"), "no date unless --date is given")
  }

  func testFindingsAtAGlanceAreATableAndASentenceEach() {
    XCTAssertTrue(markdown.contains("\n3 findings (2 high, 1 medium).\n"))
    XCTAssertTrue(
      markdown.contains(
        "- **Counts:** 3 findings about the subject (2 high, 1 medium), engaging Impartiality in 1, "
          + "Neutrality in 1, Independence in 1; 0 patterns across findings; 1 context hit on the "
          + "acts of others; 8 rules evaluated, 4 with no recorded act matched; 0 undecided "
          + "evaluations for lack of data; 1 act no rule matched."),
      "the engine's counts are in the method annex")
    let table = MarkdownChecks.tables(markdown)[0]
    XCTAssertEqual(table[0], "| Finding | Principles and instruments | Severity | Strength |")
    XCTAssertEqual(
      Array(table.dropFirst(2)),
      [
        "| 1. Public statement by Azerbaijan Red Crescent Society, August 2023 | Impartiality | high | established |",
        "| 2. Novruz Aslanov: Rule IND-001 | Independence | high | established |",
        "| 3. Interview by Novruz Aslanov, 12 July 2023 | Neutrality | medium | reported |",
      ])
    XCTAssertTrue(markdown.contains("\n- Finding 1. On established evidence: rule IMP-001.\n"))
    XCTAssertTrue(markdown.contains("\n- Finding 3. On reported evidence: rule NEU-002.\n"))
  }

  func testLimitsOfTheEvidenceAreComputedFromTheCase() {
    for expected in [
      "- 3 sources quoted, 3 of them independent of the others; types: investigative report, official record, official statement.",
      "- 3 of 7 distinct quotes were not verified against an archived copy of their source.",
      "- 1 act is dated only to a month, a year or a range; a date range means some day within it.",
    ] {
      XCTAssertTrue(markdown.contains(expected), "missing: \(expected)")
    }
    let episode = MarkdownReport().render(ReportSamples.episodeSample())
    XCTAssertTrue(
      episode.contains(
        "- In 1 act the capacity in which the actor acted is the analyst's reading, not the source's: aslanov-doubts-hunger (Novruz Aslanov)."
      ), episode)
  }

  func testLimitsNameActsRestingOnWhatTheSourceCouldNotConfirm() {
    XCTAssertFalse(markdown.contains("could not confirm"), "no such act in the sample")
    var audit = ReportSamples.sampleCase()
    let index = audit.actions.firstIndex { $0.id == "aslanov-praises-checkpoint" }!
    audit.actions[index].evidence[0].credibility = 6
    let context = ReportSamples.context(
      audit, findings: ReportSamples.sampleFindings(audit),
      outcomes: ReportSamples.sampleOutcomes(audit), unmatched: ["arcs-flour-convoy"],
      rules: ReportSamples.sampleRules)
    XCTAssertTrue(
      MarkdownReport().render(context).contains(
        "- 1 act rests in part on evidence the source itself could not confirm or graded below reliable (credibility 4–6 or reliability D–F): aslanov-praises-checkpoint."
      ))
  }

  func testStandardsQuoteEachPrincipleOnceWithReadReferencesAndUnreadOnesByTitle() {
    XCTAssertEqual(markdown.components(separatedBy: "> It makes no discrimination").count, 2)
    XCTAssertTrue(
      markdown.contains(
        "- **Statutes of the Movement, Article 4, condition 4** (<http://example.org/statutes>), from a secondary reproduction:\n\n  > Have an autonomous status"
      ))
    XCTAssertTrue(markdown.contains("\n- **Statutes of the Movement, Article 3**\n"))
    XCTAssertFalse(markdown.contains("were not read"), "no boilerplate about unread words")
  }

  func testFindingShowsWhatHappenedPrinciplesAndStrengthInPlainWords() throws {
    let start = try XCTUnwrap(markdown.range(of: "### Finding 1. "))
    let end = try XCTUnwrap(
      markdown.range(of: "### Finding 2. ", range: start.upperBound..<markdown.endIndex))
    let block = String(markdown[start.lowerBound..<end.lowerBound])
    for expected in [
      "**When:** August 2023 · **Severity:** high · **Strength:** established — the actor's own words in a primary source, Azerbaijan Red Crescent Society (B1)",
      "- **In August 2023, Azerbaijan Red Crescent Society** (public statement; official statement): The Society stated there was no humanitarian crisis in the region.",
      "  - “Moreover, the statement went on to claim that there was “no ‘humanitarian crisis’ in the region.””[^src-occrp] (the actor's words; B2; verified; section ‘An Internal Question’)",
      "  - “There is no humanitarian crisis in the region.”[^src-arcs-site] (the actor's words; B1; not verified)",
      "**Principles engaged.** **Impartiality** (high, established): Rule IMP-001. Why IMP-001 breaches impartiality, in two sentences.",
    ] {
      XCTAssertTrue(block.contains(expected), "missing: \(expected)\n---\n\(block)")
    }
    for machine in ["arcs-no-crisis-statement", "IMP-001 —", "arcs-site (", "Points to verify"] {
      XCTAssertFalse(block.contains(machine), "no machine id in a finding: \(machine)")
    }
    XCTAssertFalse(block.contains("Why the rules fired"), "conditions only with --explain")
  }

  func testAnEpisodeIsOneFindingWithEveryPrincipleItEngages() throws {
    let report = MarkdownReport().render(ReportSamples.episodeSample())
    let start = try XCTUnwrap(report.range(of: "### Finding 3. The president's July interview"))
    let block = String(report[start.lowerBound...].prefix(2500))
    XCTAssertTrue(block.contains("- **On 12 July 2023, Novruz Aslanov** (interview): "), block)
    XCTAssertTrue(
      block.contains(
        "- **On 12 July 2023, Novruz Aslanov** (interview; capacity inferred by the analyst)"
      ), block)
    XCTAssertTrue(block.contains("- **Impartiality** (medium, alleged)"), block)
    XCTAssertTrue(block.contains("- **Neutrality** (medium, reported)"), block)
    XCTAssertTrue(
      block.contains(
        "**Strength:** reported — one source, OCCRP, graded B3; some of the principles engaged "
          + "rest on weaker evidence, as listed under them"), block)
    let questions = try XCTUnwrap(report.range(of: "## Questions for the committee"))
    let asked = String(report[questions.upperBound...].prefix(1200))
    XCTAssertTrue(
      asked.contains(
        "In what capacity did Novruz Aslanov act (interview, 12 July 2023): for Azerbaijan Red "
          + "Crescent Society, or in another role?"), asked)
    XCTAssertTrue(
      asked.contains(
        "Is there a record of the act of Novruz Aslanov (interview, 12 July 2023) beyond the "
          + "source's analysis"), asked)
    XCTAssertEqual(report.components(separatedBy: "### Finding ").count - 1, 3, "three episodes")
    XCTAssertTrue(report.contains("| 3. The president's July interview |"), report)
  }

  func testPersonFindingCitesThePositions() {
    XCTAssertTrue(
      markdown.contains(
        "Novruz Aslanov's recorded positions: president of Azerbaijan Red Crescent Society, from 1999; member of parliament of Milli Majlis, from 2005."
      ))
    XCTAssertTrue(
      markdown.contains("- “Aslanov Novruz — member of the Milli Majlis”[^src-majlis]"))
  }

  func testFindingsComeMostSevereFirstAndContextApart() throws {
    let headings = MarkdownChecks.headings(markdown).filter { $0.hasPrefix("### Finding") }
    XCTAssertEqual(
      headings,
      [
        "### Finding 1. Public statement by Azerbaijan Red Crescent Society",
        "### Finding 2. Novruz Aslanov: Rule IND-001", "### Finding 3. Interview by Novruz Aslanov",
      ])
    let others = try XCTUnwrap(markdown.range(of: "## Annex B. Conduct of others"))
    let ministry = try XCTUnwrap(
      markdown.range(
        of:
          "**On 11 July 2023, Ministry of Foreign Affairs of Azerbaijan (public statement).** "
          + "As OCCRP reports it: The ministry accused the ICRC of smuggling.[^src-occrp]"))
    XCTAssertGreaterThan(ministry.lowerBound, others.lowerBound)
    XCTAssertFalse(markdown.contains("Read against:"), "others' acts graded only on request")
  }

  /// Issue 17, 8b: a committee on a National Society has no mandate over States; how rules read
  /// an authority's act against a standard is shown only when asked for.
  func testOthersActsAreGradedOnlyWhenAskedFor() {
    let base = ReportSamples.sample()
    let graded = MarkdownReport().render(
      ReportContext(
        evaluation: base.evaluation, catalogue: base.catalogue, caseInput: base.caseInput,
        verification: base.verification, toolVersion: base.toolVersion, date: nil,
        invocation: .init(gradeOthers: true)))
    XCTAssertFalse(markdown.contains("Read against:"))
    XCTAssertTrue(graded.contains(" Read against: "), graded)
    XCTAssertTrue(graded.contains("--grade-others"), "the reproduce line repeats it")
  }

  func testEveryFootnoteReferenceHasExactlyOneDefinitionAndViceVersa() {
    let references = Set(MarkdownChecks.footnoteReferences(markdown))
    let definitions = MarkdownChecks.footnoteDefinitions(markdown)
    XCTAssertEqual(references, ["src-occrp", "src-arcs-site", "src-majlis"])
    XCTAssertEqual(definitions.sorted(), references.sorted())
    XCTAssertTrue(
      markdown.contains(
        "[^src-occrp]: **‘We Couldn’t Work Properly’: How Azerbaijan Obstructed Red Cross Relief** (occrp); publisher: OCCRP; author: Rasmus Canbäck; type: investigative report; published 2024-02; reliability B — usually reliable; URL: <https://www.occrp.org/en/investigation/we-couldnt-work-properly>; archived copy: occrp.txt, SHA-256 abab"
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

  func testRulesWithNoMatchSayWhatWasSearchedAndThatItIsNoClearance() {
    XCTAssertTrue(markdown.contains("This is not a clearance"))
    for expected in [
      "| IMP-002 | Rule IMP-002 | Impartiality | 3 acts dated 12 July 2023 to 19 September 2023 |",
      "| IND-005 | Rule IND-005 | Independence | 1 act dated August 2023, for at least 3 within 365 days |",
      "| UNI-001 | Rule UNI-001 | Unity | no act attributed to an organisation of type national_society |",
    ] {
      XCTAssertTrue(markdown.contains(expected), "missing: \(expected)")
    }
    XCTAssertTrue(markdown.contains("No rule was left undecided for lack of data."))
  }

  func testUnmatchedActsRightOfReplyAndChronology() {
    XCTAssertTrue(
      markdown.contains(
        "| arcs-flour-convoy | 19 September 2023 | Azerbaijan Red Crescent Society | Announced a convoy of 40 tonnes of flour to Khankendi. |"
      ), markdown)
    XCTAssertTrue(
      markdown.contains(
        "- **Azerbaijan Red Crescent Society**: asked for comment in 2024; no response."))
    XCTAssertTrue(
      markdown.contains("  - “The Society did not respond to requests for comment.”[^src-occrp]"))
    let chronology = MarkdownChecks.tables(markdown).first { $0[0].hasPrefix("| Date |") }!
    XCTAssertEqual(
      Array(chronology.dropFirst(2)),
      [
        "| 11 July 2023 |   | mfa-accuses-icrc: public statement by Ministry of Foreign Affairs of Azerbaijan (Annex B) |",
        "| 12 July 2023 | aslanov-praises-checkpoint: interview by Novruz Aslanov (finding 3) |   |",
        "| August 2023 | arcs-no-crisis-statement: public statement (finding 1) |   |",
        "| 19 September 2023 | arcs-flour-convoy: aid delivery |   |",
      ])
  }

  func testMethodListsPacksInputsToolAndHowToReproduce() {
    XCTAssertTrue(markdown.contains("- **Rule packs:** fundamental-principles 1.0.0"))
    XCTAssertTrue(markdown.contains("- **Tool:** audit 0.1.0"))
    let hash = SHA256.hex(Array("case: {id: arcs}\n".utf8))
    XCTAssertTrue(
      markdown.contains(
        "The case file, `Cases/arcs.yaml`, has the SHA-256 `\(hash)`; the 3 rule pack files read "
          + "have theirs in the JSON report of the same run (its `inputs`)."), markdown)
    XCTAssertFalse(markdown.contains("| Input file |"), "no page of hashes in the paper")
    XCTAssertTrue(
      markdown.contains("To reproduce: run `audit Cases/arcs.yaml` from the same folder"))
    let dated = MarkdownReport().render(ReportSamples.sample(date: "2024-05-01"))
    XCTAssertTrue(dated.contains("**Date:** 2024-05-01"))
    XCTAssertTrue(dated.contains("`audit Cases/arcs.yaml --date 2024-05-01`"))
  }

  func testTheReproduceCommandRepeatsEveryOption() {
    let base = ReportSamples.sample()
    let context = ReportContext(
      evaluation: base.evaluation, catalogue: base.catalogue, caseInput: base.caseInput,
      verification: base.verification, toolVersion: base.toolVersion, date: nil,
      invocation: .init(
        ruleDirectories: ["my rules"], noDefaultRules: true, archiveDirectory: "../sources",
        format: "json", explain: true))
    XCTAssertEqual(
      ReportLayout.reproduction(context),
      "audit Cases/arcs.yaml --rules 'my rules' --no-default-rules --archive-dir ../sources "
        + "--format json --explain")
    XCTAssertTrue(MarkdownReport().render(context).contains("**Why the rules fired.**"))
  }

  func testPrincipleFilterRestrictsTheReport() {
    let filtered = MarkdownReport().render(ReportSamples.sample(principles: ["neutrality"]))
    XCTAssertFalse(filtered.contains("IMP-001"))
    XCTAssertFalse(filtered.contains("| Impartiality |"))
    XCTAssertTrue(filtered.contains("**Neutrality** (medium, reported): Rule NEU-002."))
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
    XCTAssertTrue(
      empty.contains(
        "The sources record no reply of Azerbaijan Red Crescent Society and no request"))
    XCTAssertFalse(empty.contains("## Annex D."), "no act, no annex of unmatched acts")
    XCTAssertFalse(empty.contains("## Annex B."))
    XCTAssertTrue(MarkdownChecks.footnoteDefinitions(empty).isEmpty)
  }
}
