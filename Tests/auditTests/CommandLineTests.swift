import AuditTestSupport
import Foundation
import XCTest

/// End-to-end: the built binary on fixture packs and cases, as a rule author would use it.
final class CommandLineTests: XCTestCase {
  let fixtureRules = ["--no-default-rules", "--rules", FixturePaths.pack]
  let fixtureCase = FixturePaths.cases + "/valid.yaml"

  func testARuleWrittenAtRunTimeFiresWithoutARebuild() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/pack/neutrality", withIntermediateDirectories: true)
    try """
    id: RT-001
    title: Any meeting
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: action.type == "meeting"
    message: "{org.name} met on {action.date}"
    rationale: Written during the test, never compiled into the tool.
    """.write(toFile: folder + "/pack/neutrality/RT-001.yaml", atomically: true, encoding: .utf8)
    let output = folder + "/report.md"
    let result = try AuditProcess.run(
      [fixtureCase] + fixtureRules + [
        "--rules", folder + "/pack", "-o", output, "--format", "json",
      ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let report = try String(contentsOfFile: output, encoding: .utf8)
    XCTAssertTrue(report.contains("\"RT-001\""), report)
    XCTAssertTrue(report.contains("Nordland Red Cross met on 2023"), report)
  }

  func testABrokenRuleFileExitsTwoWithItsLocatedErrorAndWritesNothing() throws {
    let folder = try AuditProcess.temporaryFolder()
    try """
    id: RT-002
    title: A typo
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: >-
      action.type == "meeting"
      and action.tgas contains "electoral_endorsement"
    message: "{org.name}"
    rationale: The typo must be reported where it is.
    """.write(toFile: folder + "/RT-002.yaml", atomically: true, encoding: .utf8)
    let output = folder + "/report.md"
    let result = try AuditProcess.run(
      [fixtureCase] + fixtureRules + ["--rules", folder, "-o", output])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(
      result.stderr.contains(
        "\(folder)/RT-002.yaml:8:14: error: unknown field 'action.tgas'; did you mean 'action.tags'? [E-EXPR-UNKNOWN-FIELD]\n  and action.tgas contains \"electoral_endorsement\"\n             ^"
      ), result.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output))
  }

  func testACatastrophicPatternIsUndecidedWithALocatedWarning() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/pack/neutrality", withIntermediateDirectories: true)
    try """
    id: RX-001
    title: A pattern that backtracks
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: action.summary matches "(a+)+$"
    message: "{org.name} wrote a's"
    rationale: Unbounded, ICU would take hours on the case's 60 characters.
    """.write(toFile: folder + "/pack/neutrality/RX-001.yaml", atomically: true, encoding: .utf8)
    let valid = try String(contentsOfFile: fixtureCase, encoding: .utf8)
    try valid.replacingOccurrences(
      of: "The president posted an endorsement.", with: String(repeating: "a", count: 60) + "!"
    ).write(toFile: folder + "/case.yaml", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run(
      [folder + "/case.yaml"] + fixtureRules + [
        "--rules", folder + "/pack", "-o", folder + "/report.md",
      ])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stderr.contains(
        "RX-001.yaml:6:30: warning: rule RX-001 is undecided for action 'pres-endorses'"),
      result.stderr)
    XCTAssertEqual(result.stderr.components(separatedBy: "W-REGEX-BOUND").count - 1, 1)
    let validate = try AuditProcess.run(
      ["rules", "validate"] + fixtureRules + ["--rules", folder + "/pack"])
    XCTAssertEqual(validate.status, 0, validate.stderr)
    XCTAssertTrue(
      validate.stderr.contains("RX-001.yaml:6:30: warning: the pattern repeats a group"),
      validate.stderr)
  }

  func testRulesListShowsControlCharactersOfATitle() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/pack/neutrality", withIntermediateDirectories: true)
    try #"""
    id: RT-002
    title: "A\e[2J title\u200B"
    principle: neutrality
    applies_to: [national_society]
    severity: low
    when: action.type == "meeting"
    message: "met"
    rationale: Written during the test.
    """#.write(toFile: folder + "/pack/neutrality/RT-002.yaml", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run(
      ["rules", "list"] + fixtureRules + ["--rules", folder + "/pack"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("\tA⟨U+001B⟩[2J title⟨U+200B⟩\t"), result.stdout)
    XCTAssertFalse(result.stdout.unicodeScalars.contains("\u{1B}"))
  }

  func testAPackFolderWithoutRuleFilesIsAcceptedWithAWarning() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/empty", withIntermediateDirectories: true)
    let result = try AuditProcess.run(
      ["check", fixtureCase] + fixtureRules + ["--rules", folder + "/empty"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stderr.contains("warning: no rule file in '\(folder)/empty'"), result.stderr)
    XCTAssertTrue(result.stderr.contains("[W-PACK-EMPTY]"), result.stderr)
    let quiet = try AuditProcess.run(["check", fixtureCase] + fixtureRules)
    XCTAssertFalse(quiet.stderr.contains("W-PACK-EMPTY"), quiet.stderr)
  }

  func testFailOnLowExitsOneWhenThereAreFindings() throws {
    let folder = try AuditProcess.temporaryFolder()
    let base = [fixtureCase] + fixtureRules + ["-o", folder + "/r.md"]
    XCTAssertEqual(try AuditProcess.run(base).status, 0)
    XCTAssertEqual(try AuditProcess.run(base + ["--fail-on", "low"]).status, 1)
    XCTAssertEqual(try AuditProcess.run(base + ["--fail-on", "critical"]).status, 0)
    let usage = try AuditProcess.run(base + ["--fail-on", "severe"])
    XCTAssertEqual(usage.status, 2)
    XCTAssertTrue(
      usage.stderr.contains(
        "Please provide one of 'info', 'low', 'medium', 'high' or 'critical'"), usage.stderr)
  }

  func testFailOnListsItsSeveritiesInHelpAndInCompletionScripts() throws {
    let help = try AuditProcess.run(["run", "--help"])
    XCTAssertEqual(help.status, 0, help.stderr)
    XCTAssertTrue(
      help.stdout.contains("(values: info, low, medium, high, critical)"), help.stdout)
    let bash = try AuditProcess.run(["--generate-completion-script", "bash"])
    XCTAssertEqual(bash.status, 0, bash.stderr)
    XCTAssertTrue(
      bash.stdout.contains("'info'$'\\n''low'$'\\n''medium'$'\\n''high'$'\\n''critical'"),
      bash.stdout)
    XCTAssertTrue(bash.stdout.contains("new"), "the new command is completed")
  }

  func testExplainShowsAFiringAndANonFiringAction() throws {
    let fired = try AuditProcess.run(
      ["explain", fixtureCase, "--rule", "T-001", "--action", "pres-endorses"] + fixtureRules)
    XCTAssertEqual(fired.status, 0, fired.stderr)
    XCTAssertTrue(fired.stdout.contains("actor.roles  →  [\"president\"]"), fired.stdout)
    XCTAssertTrue(
      fired.stdout.hasSuffix(
        "result: matches — message: A President (president) endorsed a candidate on 2023-09-01\n"),
      fired.stdout)
    let quiet = try AuditProcess.run(
      ["explain", fixtureCase, "--rule", "T-001", "--action", "meeting"] + fixtureRules)
    XCTAssertTrue(quiet.stdout.contains("action.tags  →  []"), quiet.stdout)
    XCTAssertTrue(quiet.stdout.hasSuffix("result: does not match\n"), quiet.stdout)
    let unknown = try AuditProcess.run(["explain", fixtureCase, "--rule", "T-01"] + fixtureRules)
    XCTAssertEqual(unknown.status, 2)
    XCTAssertTrue(
      unknown.stderr.contains(
        "no loaded rule has id 'T-01' (load the pack of another rule with --rules DIR); did you mean 'T-001'? [E-USAGE]"
      ), unknown.stderr)
  }

  func testExplainSaysUndecidedAndWhatWasMissing() throws {
    let result = try AuditProcess.run(
      ["explain", fixtureCase, "--rule", "U-001", "--action", "pres-endorses"] + fixtureRules + [
        "--rules", FixturePaths.fixtures + "/rules/undecided",
      ])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stdout.contains("not (action.quote contains \"x\")  →  unknown"), result.stdout)
    XCTAssertTrue(result.stdout.contains("action.quote  →  null"), result.stdout)
    XCTAssertTrue(
      result.stdout.hasSuffix("result: undecided (missing: action.quote)\n"), result.stdout)
  }

  func testACasePathIsFoundCaseInsensitivelyWithANote() throws {
    let folder = try AuditProcess.temporaryFolder()
    let result = try AuditProcess.run(
      ["tests/fixtures/CASES/valid.yaml", "-o", folder + "/r.md"] + fixtureRules)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stderr.contains(
        "note: 'tests/fixtures/CASES/valid.yaml' does not exist; using 'Tests/Fixtures/cases/valid.yaml'"
      ),
      result.stderr)
  }

  func testBadCasesExitTwoWithEveryProblemAndWriteNothing() throws {
    let folder = try AuditProcess.temporaryFolder()
    let result = try AuditProcess.run(
      [FixturePaths.cases + "/several-problems.yaml", "-o", folder + "/r.md"] + fixtureRules)
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(result.stderr.components(separatedBy: ": error: ").count - 1, 3, result.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/r.md"))
  }

  func testNoInputCrashesTheTool() throws {
    let folder = try AuditProcess.temporaryFolder()
    var generator = SystemRandomNumberGenerator()
    let pieces = [
      "case:", "  id: x", "- ", "{", "}", "[", "]", ": ", "&a ", "*a", "!!binary", "\"", "'", "\t",
      "\u{0}", "é", "actions:", "  - date: 2023-02-30", "\n", "---", "%YAML 1.1",
    ]
    for index in 0..<25 {
      let text = (0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let path = folder + "/garbage-\(index).yaml"
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try AuditProcess.run([path, "-o", folder + "/r.md"] + fixtureRules)
      XCTAssertEqual(result.status, 2, "\(text.debugDescription)\n\(result.stderr)")
    }
  }

  func testSeveralCasesWriteOneReportEachAndAnIndex() throws {
    let folder = try AuditProcess.temporaryFolder()
    let second = folder + "/second.yaml"
    let text = try String(contentsOfFile: fixtureCase, encoding: .utf8)
      .replacingOccurrences(of: "id: valid\n", with: "id: second\n")
    try text.write(toFile: second, atomically: true, encoding: .utf8)
    let result = try AuditProcess.run(
      [fixtureCase, second], in: folder, environment: ["AUDIT_RULES": FixturePaths.pack])
    XCTAssertEqual(result.status, 0, result.stderr)
    for name in ["valid.md", "second.md", "index.md"] {
      XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/reports/" + name), name)
    }
    let index = try String(contentsOfFile: folder + "/reports/index.md", encoding: .utf8)
    XCTAssertTrue(index.contains("(valid.md)") && index.contains("(second.md)"), index)
    let clash = try AuditProcess.run([fixtureCase, fixtureCase] + fixtureRules, in: folder)
    XCTAssertEqual(clash.status, 2)
    XCTAssertTrue(clash.stderr.contains("[E-CASE-DUPLICATE]"), clash.stderr)
  }

  func testARunWithCustomRulesLeavesTheDefaultReportAloneAndSaysWhereItWrote() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/reports", withIntermediateDirectories: true)
    try "the committed report\n".write(
      toFile: folder + "/reports/valid.md", atomically: true, encoding: .utf8)
    let pack = ["AUDIT_RULES": FixturePaths.pack]
    for options in [["--rules", FixturePaths.pack], ["--principle", "neutrality"], fixtureRules] {
      let custom = try AuditProcess.run([fixtureCase] + options, in: folder, environment: pack)
      XCTAssertEqual(custom.status, 0, custom.stderr)
      XCTAssertEqual(
        try String(contentsOfFile: folder + "/reports/valid.md", encoding: .utf8),
        "the committed report\n", "\(options) replaced the default report")
      XCTAssertTrue(
        custom.stderr.contains(
          "note: reports written to reports/custom/, not reports/: this run's rules are not the default pack's (\(options.joined(separator: " ")))"
        ), custom.stderr)
      XCTAssertTrue(custom.stdout.contains("reports/custom/valid.md"), custom.stdout)
      let report = try String(contentsOfFile: folder + "/reports/custom/valid.md", encoding: .utf8)
      XCTAssertTrue(report.hasPrefix("# "), report)
    }
    let plain = try AuditProcess.run([fixtureCase], in: folder, environment: pack)
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertEqual(plain.stderr, "")
    XCTAssertNotEqual(
      try String(contentsOfFile: folder + "/reports/valid.md", encoding: .utf8),
      "the committed report\n", "a run of the default pack writes the default report")
    let chosen = try AuditProcess.run(
      [fixtureCase, "-o", folder + "/mine.md"] + fixtureRules, in: folder)
    XCTAssertEqual(chosen.stderr, "", "with -o the user chose: no note")
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/mine.md"))
  }

  func testTheSummaryIsColouredOnlyOnATerminalAndNeverWithNOCOLOR() throws {
    let folder = try AuditProcess.temporaryFolder()
    let arguments = [fixtureCase, "-o", folder + "/r.md"] + fixtureRules
    let coloured = try AuditProcess.runOnTerminal(arguments)
    XCTAssertTrue(coloured.contains("report written to"), coloured)
    XCTAssertTrue(coloured.unicodeScalars.contains("\u{1B}"), coloured)
    let plain = try AuditProcess.runOnTerminal(arguments, environment: ["NO_COLOR": "1"])
    XCTAssertTrue(plain.contains("report written to"), plain)
    XCTAssertFalse(plain.unicodeScalars.contains("\u{1B}"), plain)
    let piped = try AuditProcess.run(arguments, environment: ["NO_COLOR": nil])
    XCTAssertTrue(piped.stdout.contains("report written to"), piped.stdout)
    XCTAssertFalse(piped.stdout.unicodeScalars.contains("\u{1B}"), piped.stdout)
  }
}
