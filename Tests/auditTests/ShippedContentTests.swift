import AuditTestSupport
import Foundation
import XCTest

/// The shipped pack, case and committed reports, checked through the command itself.
final class ShippedContentTests: XCTestCase {
  let root = FixturePaths.root

  // Whether the committed reports/ and Rules/README.md are current is checked by `.ci/run`
  // on the repository, not here: a user trying `audit Cases/arcs.yaml --rules my-rules` in
  // their working copy must not break `swift test`.

  /// The shipped case's reports, written twice into a temporary folder: the same bytes, and
  /// no warning.
  func shippedReports() throws -> (markdown: String, json: Data) {
    var outputs: [Data] = []
    for (format, name) in [("markdown", "arcs.md"), ("json", "arcs.json")] {
      var runs: [Data] = []
      for _ in 0..<2 {
        let path = try AuditProcess.temporaryFolder() + "/" + name
        let result = try AuditProcess.run(["Cases/arcs.yaml", "--format", format, "-o", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "the shipped case must run without warnings")
        runs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
      }
      XCTAssertEqual(runs[0], runs[1], "two runs of \(format) differ")
      outputs.append(runs[0])
    }
    return (String(decoding: outputs[0], as: UTF8.self), outputs[1])
  }

  func testTheRuleCatalogueIsWrittenTheSameTwice() throws {
    let first = try AuditProcess.run(["rules", "docs"])
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertTrue(first.stdout.hasPrefix("# "), first.stdout)
    XCTAssertEqual(first.stdout, try AuditProcess.run(["rules", "docs"]).stdout)
  }

  func testEveryEmbeddedTestOfTheShippedRulesPasses() throws {
    let result = try AuditProcess.run(["rules", "test"])
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertTrue(result.stdout.hasSuffix(" passed, 0 failed\n"), result.stdout)
    let validated = try AuditProcess.run(["rules", "validate"])
    XCTAssertEqual(validated.status, 0, validated.stderr)
  }

  func testTheCaseHasFindingsUnderEachPrincipleAtStakeEachQuotingEvidence() throws {
    let data = try shippedReports().json
    let report = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
    let principles = Set(findings.flatMap { ($0["principles"] as? [String: Any] ?? [:]).keys })
    XCTAssertTrue(
      principles.isSuperset(of: ["neutrality", "impartiality", "independence", "instruments"]),
      "\(principles)")
    // Every act of a finding is the subject's: by the Society, or by one of its people.
    let subject = try XCTUnwrap((report["case"] as? [String: Any])?["subject"] as? String)
    let people = try XCTUnwrap(report["people"] as? [[String: Any]])
    let members = Set(
      people.filter { person in
        (person["positions"] as? [[String: Any]] ?? []).contains {
          $0["organization"] as? String == subject
        }
      }.compactMap { $0["id"] as? String })
    let actions = try XCTUnwrap(report["actions"] as? [[String: Any]])
    let actors = Dictionary(
      uniqueKeysWithValues: actions.compactMap { action in
        (action["id"] as? String).map { ($0, action["actor"] as? String ?? "") }
      })
    for finding in findings {
      let id = finding["id"] as? String ?? "?"
      for action in finding["actions"] as? [String] ?? [] {
        let actor = actors[action] ?? ""
        XCTAssertTrue(actor == subject || members.contains(actor), "\(id): \(action) by \(actor)")
      }
      let evidence = try XCTUnwrap(finding["evidence"] as? [[String: Any]])
      XCTAssertFalse(evidence.isEmpty, "\(id) cites no evidence")
      for item in evidence {
        XCTAssertFalse((item["quote"] as? String ?? "").isEmpty)
        XCTAssertEqual(item["verified"] as? Bool, true, "\(id): an unverified quote")
      }
      // A finding whose every act rests on the source's analysis is at most alleged.
      let points = finding["to_verify"] as? [[String: Any]] ?? []
      let analysisOnly = Set(
        points.filter { $0["kind"] as? String == "analysis_only" }.compactMap {
          $0["action"] as? String
        })
      let acts = Set(finding["actions"] as? [String] ?? [])
      if !acts.isEmpty && acts.isSubset(of: analysisOnly) {
        XCTAssertEqual(finding["strength"] as? String, "alleged", id)
      }
    }
  }

  /// The article's archived copy beside the case is pinned by its SHA-256 in the case file,
  /// so verifying against it is verifying against the article.
  func testEveryQuoteOfTheArticleIsInItsArchivedCopy() throws {
    let result = try AuditProcess.run(["check", "Cases/arcs.yaml"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(result.stderr, "", "no warning expected")
    XCTAssertTrue(result.stdout.contains("verified against archived copies"), result.stdout)
    // "PATH: N acts, Q quotes, V verified against archived copies": every quote verified.
    let counts = result.stdout.split(separator: ",").dropFirst().compactMap { part in
      part.split(separator: " ").first.flatMap { Int($0) }
    }
    XCTAssertEqual(counts.count, 2, result.stdout)
    XCTAssertGreaterThan(counts.first ?? 0, 0, result.stdout)
    XCTAssertEqual(counts.first, counts.last, result.stdout)
  }

  /// Every quote of every shipped case whose source is archived, whole or as an excerpt, is
  /// found in that copy (for a translation, its original), with no warning; and the report
  /// says which copies are excerpts.
  func testEveryQuoteFromAnArchivedSourceOfEveryShippedCaseIsVerified() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: root + "/Cases")
      .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".review.yaml") }.sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 3)
    var excerpts = 0
    for name in cases {
      let checked = try AuditProcess.run(["check", "Cases/" + name])
      XCTAssertEqual(checked.status, 0, name + ": " + checked.stderr)
      XCTAssertEqual(checked.stderr, "", name + ": no warning expected")
      let path = try AuditProcess.temporaryFolder() + "/report.json"
      let run = try AuditProcess.run(["Cases/" + name, "--format", "json", "-o", path])
      XCTAssertEqual(run.status, 0, name + ": " + run.stderr)
      let report = try XCTUnwrap(
        JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
          as? [String: Any])
      let sources = try XCTUnwrap(report["sources"] as? [[String: Any]])
      var coverage: [String: String] = [:]
      for source in sources {
        guard let archive = source["archive"] as? [String: Any] else { continue }
        let id = source["id"] as? String ?? "?"
        coverage[id] = archive["coverage"] as? String
        XCTAssertEqual(source["archive_checked"] as? Bool, true, name + ": " + id)
        XCTAssertEqual(
          source["verified_quotes"] as? Int, source["quotes"] as? Int, name + ": " + id)
      }
      for action in try XCTUnwrap(report["actions"] as? [[String: Any]]) {
        for item in action["evidence"] as? [[String: Any]] ?? [] {
          guard let id = item["source"] as? String, let kind = coverage[id] else { continue }
          XCTAssertEqual(item["verified"] as? Bool, true, name + ": " + id)
          XCTAssertEqual(item["checked_against"] as? String, kind, name + ": " + id)
          if kind == "excerpt" { excerpts += 1 }
        }
      }
    }
    XCTAssertGreaterThan(excerpts, 0, "the shipped cases quote archived excerpts")
  }

  func testAnOriginalAlteredByOneLetterFailsTheCheck() throws {
    let folder = try AuditProcess.temporaryFolder()
    var text = try String(contentsOfFile: root + "/Cases/arcs.yaml", encoding: .utf8)
    let original = "fəlakət var. Bu mənim subyektiv mövqeyimdir."
    XCTAssertTrue(text.contains(original))
    text = text.replacingOccurrences(
      of: original, with: "fəlakət var. Bu mənim obyektiv mövqeyimdir.")
    try text.write(toFile: folder + "/arcs.yaml", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run([
      "check", folder + "/arcs.yaml", "--archive-dir", root + "/Cases",
    ])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(
      result.stderr.contains(
        "error: original of the quote does not occur word for word in the archived excerpt of source 'modernaz-428269' [E-ARCHIVE-QUOTE]"
      ), result.stderr)
  }

  func testAQuoteAlteredByOneWordFailsTheCheck() throws {
    let folder = try AuditProcess.temporaryFolder()
    var text = try String(contentsOfFile: root + "/Cases/arcs.yaml", encoding: .utf8)
    let original = "no ‘humanitarian crisis’ in the region"
    XCTAssertTrue(text.contains(original))
    text = text.replacingOccurrences(of: original, with: "no ‘humanitarian crisis’ in this region")
    try text.write(toFile: folder + "/arcs.yaml", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run([
      "check", folder + "/arcs.yaml", "--archive-dir", root + "/Cases",
    ])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.stderr.contains("[E-ARCHIVE-QUOTE]"), result.stderr)
  }

  func testAnArchivePathOutsideTheCaseFolderCertifiesNothing() throws {
    // The file outside is a true copy of the article: its hash and quotes would all match.
    let folder = try AuditProcess.temporaryFolder()
    let name = "occrp-we-couldnt-work-properly.txt"
    try FileManager.default.createDirectory(
      atPath: folder + "/case", withIntermediateDirectories: false)
    try FileManager.default.copyItem(atPath: root + "/Cases/" + name, toPath: folder + "/" + name)
    let text = try String(contentsOfFile: root + "/Cases/arcs.yaml", encoding: .utf8)
    XCTAssertTrue(text.contains("{path: \(name),"))
    try text.replacingOccurrences(of: "{path: \(name),", with: "{path: ../\(name),")
      .write(toFile: folder + "/case/arcs.yaml", atomically: true, encoding: .utf8)
    // The error stands at the `archive:` mapping, wherever the case file puts it.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try XCTUnwrap(lines.firstIndex { $0.contains("{path: \(name),") })
    let column = try XCTUnwrap(lines[row].range(of: "{path:")).lowerBound
    let location = "\(row + 1):\(lines[row].distance(from: lines[row].startIndex, to: column) + 1)"
    for arguments in [["check"], ["-o", folder + "/r.md"]] {
      let result = try AuditProcess.run(arguments + [folder + "/case/arcs.yaml"])
      XCTAssertEqual(result.status, 2, result.stderr)
      XCTAssertTrue(
        result.stderr.contains(
          "/case/arcs.yaml:\(location): error: archive path '../\(name)' of source 'occrp' leaves the case's folder (or --archive-dir) through '..' [E-ARCHIVE-PATH]"
        ), result.stderr)
      XCTAssertFalse(result.stderr.contains("SHA-256"), result.stderr)
      XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/r.md"))
    }
  }

  func testTheControlCaseOfProperConductHasNoFinding() throws {
    let folder = try AuditProcess.temporaryFolder()
    let result = try AuditProcess.run([
      "Cases/control-proper-conduct.yaml", "--fail-on", "info", "-o", folder + "/control.md",
    ])
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertTrue(result.stdout.contains("0 findings"), result.stdout)
  }

  func testTheControlCaseCatchesABreachWhenOneNearMissIsRecodedAsOne() throws {
    // Guards against a control case that passes because nothing in it can fire.
    let folder = try AuditProcess.temporaryFolder()
    var text = try String(
      contentsOfFile: root + "/Cases/control-proper-conduct.yaml", encoding: .utf8)
    let proper = "tags: [denounces_ihl_violation]"
    XCTAssertTrue(text.contains(proper))
    text = text.replacingOccurrences(of: proper, with: "tags: [delegitimises_party_to_conflict]")
    try text.write(toFile: folder + "/control.yaml", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run([
      folder + "/control.yaml", "--fail-on", "info", "--format", "json", "-o",
      folder + "/control.json",
    ])
    XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
    XCTAssertEqual(try rulesHit(inReportAt: folder + "/control.json"), ["NEU-004"])
  }

  /// The rule ids of a JSON report's hits.
  private func rulesHit(inReportAt path: String) throws -> Set<String> {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let report = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let hits = try XCTUnwrap(report["hits"] as? [[String: Any]])
    return Set(hits.compactMap { $0["rule"] as? String })
  }

  func testTheSecondRealCaseExercisesRulesTheFirstDoesNot() throws {
    let folder = try AuditProcess.temporaryFolder()
    for (format, name) in [("json", "arcs.json"), ("json", "brc.json")] {
      let result = try AuditProcess.run([
        "Cases/" + name.replacingOccurrences(of: ".json", with: ".yaml"), "--format", format,
        "-o", folder + "/" + name,
      ])
      XCTAssertEqual(result.status, 0, result.stderr)
    }
    let arcs = try rulesHit(inReportAt: folder + "/arcs.json")
    let belarus = try rulesHit(inReportAt: folder + "/brc.json")
    for rule in ["NEU-008", "NEU-011", "UNI-005", "INT-002"] {
      XCTAssertTrue(belarus.contains(rule), rule + " does not fire on the second case")
      XCTAssertFalse(arcs.contains(rule), rule + " already fires on the ARCS case")
    }
    // Calling the suspension "politicized" is the Society's reply to a decision, recorded
    // under responses: no rule evaluates it (UNI-003 fired on it while it was an act).
    XCTAssertFalse(belarus.contains("UNI-003"), "a reply is never a breach")
    let check = try AuditProcess.run(["check", "Cases/brc.yaml"])
    XCTAssertEqual(check.status, 0, check.stderr)
    // Only the sources added with their excerpts are archived: the earlier ones' quotes
    // stay unverified, and none may claim otherwise.
    XCTAssertTrue(
      check.stdout.contains("39 quotes, 23 verified against archived copies"), check.stdout)
  }
}
