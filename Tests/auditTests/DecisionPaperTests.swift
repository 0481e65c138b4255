import AuditTestSupport
import Foundation
import XCTest

/// The shipped reports read as a committee's decision paper: the front first and short, the
/// findings in plain words with no machine ids, the audit trail in annexes. They test the
/// committed reports, which `ShippedContentTests` keeps equal to what the command writes.
final class DecisionPaperTests: XCTestCase {
  private func report(_ id: String) throws -> (lines: [String], json: [String: Any]) {
    let markdown = try String(
      contentsOfFile: FixturePaths.root + "/reports/\(id).md", encoding: .utf8)
    let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.root + "/reports/\(id).json"))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    return (markdown.components(separatedBy: "\n"), json)
  }

  /// The line index of the first heading equal to one of `headings`.
  private func line(_ lines: [String], _ headings: [String]) throws -> Int {
    try XCTUnwrap(lines.firstIndex { headings.contains($0) }, "\(headings)")
  }

  /// The paper from its title to the end of the findings: what the committee reads.
  private func body(_ lines: [String]) throws -> [String] {
    let end = try XCTUnwrap(
      lines.indices.first { index in
        index > 0 && lines[index].hasPrefix("## ") && !lines[index].hasPrefix("## Findings")
          && lines[..<index].contains("## Findings")
      })
    return Array(lines[..<end])
  }

  func testTheARCSFrontAndFindingsFitTheirBudgets() throws {
    let (lines, _) = try report("arcs")
    let findings = try line(lines, ["## Findings"])
    XCTAssertLessThanOrEqual(findings, 80, "the front within the first 80 lines")
    XCTAssertLessThanOrEqual(try body(lines).count, 200, "front and findings within 200 lines")
    XCTAssertLessThanOrEqual(lines.count, 600, "the whole within 600 lines")
  }

  func testEachQuestionIsAskedOnceForAllTheFindingsThatRaiseIt() throws {
    var grouped = 0
    for id in ["arcs", "brc"] {
      let (lines, json) = try report(id)
      let start = try line(lines, ["## Questions for the committee"]) + 1
      let end = try XCTUnwrap(lines[start...].firstIndex { $0.hasPrefix("## ") })
      var asked: [String] = []
      for item in lines[start..<end] where item.hasPrefix("- Finding") {
        if item.hasPrefix("- Findings ") { grouped += 1 }
        let text = try XCTUnwrap(item.range(of: ": ")).upperBound
        asked += item[text...].split(separator: "? ").map { String($0) }
      }
      XCTAssertEqual(asked.count, Set(asked).count, "\(id): a question asked twice")
      // Every finding's rules' questions are still asked (grouped or not).
      let front = try XCTUnwrap(json["front"] as? [String: Any])
      let questions = try XCTUnwrap(front["questions"] as? [[String: Any]])
      let all = Set(questions.flatMap { ($0["questions"] as? [String]) ?? [] })
      let text = lines[start..<end].joined(separator: "\n")
      for question in all { XCTAssertTrue(text.contains(question), "\(id): \(question)") }
    }
    XCTAssertGreaterThan(grouped, 0, "the shipped reports have a question several findings raise")
  }

  func testTheFrontComesInTheCommitteesOrder() throws {
    for id in ["arcs", "brc"] {
      let (lines, _) = try report(id)
      XCTAssertTrue(lines[2].hasPrefix("**"), "the status line after the title: \(lines[2])")
      let order = try [
        "## Summary", "## Findings at a glance", "## Questions for the committee",
        "## Recommended measures", "## Findings", "## Annex A. Texts cited",
        "## Annex F. Sources and method",
      ].map { try line(lines, [$0]) }
      XCTAssertEqual(order, order.sorted(), id)
      XCTAssertNotNil(lines.firstIndex { $0.hasPrefix("## Position of ") }, id)
    }
  }

  func testTheBodyNamesNoActIdRuleIdOrFieldPath() throws {
    for id in ["arcs", "brc"] {
      let (lines, json) = try report(id)
      // Footnote labels are the Markdown's own syntax, not words a reader reads.
      let text = try body(lines).joined(separator: "\n")
        .replacingOccurrences(of: #"\[\^[^\]]+\]"#, with: "", options: .regularExpression)
      let actions = try XCTUnwrap(json["actions"] as? [[String: Any]]).compactMap {
        $0["id"] as? String
      }
      for action in actions {
        XCTAssertNil(
          text.range(of: #"(?<![\w-])\#(action)(?![\w-])"#, options: .regularExpression),
          "\(id): act id \(action) in the body")
      }
      // Nor does anything before the annexes (background, patterns, dismissed findings).
      let annex = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("## Annex ") })
      let front = lines[..<annex].joined(separator: "\n")
        .replacingOccurrences(of: #"\[\^[^\]]+\]"#, with: "", options: .regularExpression)
      for action in actions {
        XCTAssertNil(
          front.range(of: #"(?<![\w-])\#(action)(?![\w-])"#, options: .regularExpression),
          "\(id): act id \(action) before the annexes")
      }
      XCTAssertNil(
        front.range(of: #"\b[A-Z]{3}-[0-9]{3}\b"#, options: .regularExpression),
        "\(id): a rule id before the annexes")
      XCTAssertNil(
        text.range(of: #"`[a-z]+\.[a-z_.]+`"#, options: .regularExpression),
        "\(id): a field path in the body")
      XCTAssertFalse(text.contains("rules evaluated"), "\(id): no engine counts in the body")
      XCTAssertNil(
        text.range(of: #"\b[a-z]+(_[a-z]+)+\b"#, options: .regularExpression).map { text[$0] },
        "\(id): a vocabulary term (snake_case) in the body, where words belong")
    }
  }

  func testFindingTitlesAreUniqueAndEveryFindingIsLinkedAtAGlance() throws {
    for id in ["arcs", "brc"] {
      let (lines, _) = try report(id)
      let titles = lines.filter { $0.hasPrefix("### Finding ") }.map {
        $0.replacingOccurrences(
          of: #"^### Finding [0-9]+\. "#, with: "", options: .regularExpression)
      }
      XCTAssertEqual(Set(titles).count, titles.count, "\(id): titles said twice: \(titles)")
    }
  }

  /// A measure is pack content: one added in a pack beside the default one is recommended in
  /// the next run, with no rebuilding, and a rule's questions reach the front as written.
  func testAMeasureAddedInAPackIsRecommendedWithoutRebuilding() throws {
    let folder = try AuditProcess.temporaryFolder()
    let pack = folder + "/extra"
    try FileManager.default.createDirectory(atPath: pack, withIntermediateDirectories: true)
    try "name: extra\nversion: 0.0.1\n".write(
      toFile: pack + "/pack.yaml", atomically: true, encoding: .utf8)
    try """
    measures:
      - id: ask-the-auditors
        title: Ask an independent auditor to read the case again
        description: A second reading by someone who did not code the case.
        rests_on: [statutes.art3]
        when:
          - severity_at_least: critical
    """.write(toFile: pack + "/measures.yaml", atomically: true, encoding: .utf8)
    let run = try AuditProcess.run([
      "Cases/arcs.yaml", "--rules", pack, "-o", folder + "/arcs.md",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    let markdown = try String(contentsOfFile: folder + "/arcs.md", encoding: .utf8)
    let measures = try XCTUnwrap(markdown.range(of: "## Recommended measures"))
    let findings = try XCTUnwrap(markdown.range(of: "\n## Findings\n"))
    let front = markdown[measures.upperBound..<findings.lowerBound]
    XCTAssertTrue(
      front.contains("- **Ask an independent auditor to read the case again** — for finding 1."),
      String(front))
    let rule = try String(
      contentsOfFile: FixturePaths.root
        + "/Rules/neutrality/NEU-001-electoral-endorsement.yaml", encoding: .utf8)
    let question = try XCTUnwrap(
      rule.components(separatedBy: "\n").first { $0.hasPrefix("  - \"") && $0.hasSuffix("?\"") })
    let words = question.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    XCTAssertTrue(markdown.contains(words), "the rule's question on the front: \(words)")
  }

  /// A step the case records as taken (the IFRC's referral of the Belarus Red Cross) is not
  /// recommended again; the front names the acts that took it.
  func testAMeasureTakenAlreadyIsNamedNotRecommended() throws {
    let (lines, json) = try report("brc")
    let text = lines.joined(separator: "\n")
    let measures = try XCTUnwrap(text.range(of: "## Recommended measures"))
    let findings = try XCTUnwrap(text.range(of: "\n## Findings\n"))
    let front = text[measures.upperBound..<findings.lowerBound]
    XCTAssertFalse(front.contains("- **Consider referring the matter"), String(front))
    XCTAssertTrue(
      front.contains(
        "Not recommended, because the case records them taken already: consider referring"),
      String(front))
    let taken = try XCTUnwrap(
      (json["front"] as? [String: Any])?["measures_taken"] as? [[String: Any]])
    XCTAssertEqual(taken.map { $0["id"] as? String }, ["referral-compliance-committee"])
  }

  /// An act a finding holds is told there, not listed again among the acts no rule matched.
  func testNoActOfAFindingIsListedAsUnmatched() throws {
    for id in ["arcs", "brc"] {
      let (lines, json) = try report(id)
      let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
      let held = Set(findings.flatMap { ($0["actions"] as? [String]) ?? [] })
      guard let start = lines.firstIndex(where: { $0.hasPrefix("## Annex D.") }) else { continue }
      let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.count
      // The header row and the delimiter row, then one row per act.
      let listed = lines[start..<end].filter { $0.hasPrefix("| ") }.dropFirst(2)
        .map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) }
      XCTAssertFalse(listed.isEmpty, "\(id): an Annex D with no act")
      for act in listed {
        XCTAssertFalse(held.contains(act), "\(id): \(act) is in a finding and in Annex D")
      }
    }
  }
}
