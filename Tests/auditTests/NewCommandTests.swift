import AuditTestSupport
import Foundation
import XCTest

/// `audit new case` and `audit new rule`: skeletons that load as written, never over a file.
final class NewCommandTests: XCTestCase {
  func testTheRuleSkeletonsTestsPassWithTheShippedPackAndTheFixturePack() throws {
    let folder = try AuditProcess.temporaryFolder()
    let shipped = try AuditProcess.run([
      "new", "rule", "X-900", "--principle", "neutrality",
      "-o", folder + "/mine/neutrality/X-900.yaml",
    ])
    XCTAssertEqual(shipped.status, 0, shipped.stderr)
    XCTAssertEqual(
      shipped.stdout,
      "wrote \(folder)/mine/neutrality/X-900.yaml: fill it in, then run `audit rules test --rules \(folder)/mine`\n"
    )
    let text = try String(contentsOfFile: folder + "/mine/neutrality/X-900.yaml", encoding: .utf8)
    XCTAssertTrue(text.contains("expect: match") && text.contains("expect: no_match"), text)
    XCTAssertTrue(text.hasPrefix("# "), "the skeleton is commented")
    let tested = try AuditProcess.run(["rules", "test", "--rules", folder + "/mine"])
    XCTAssertEqual(tested.status, 0, tested.stdout + tested.stderr)
    XCTAssertTrue(tested.stdout.hasSuffix(" passed, 0 failed\n"), tested.stdout)
    let listed = try AuditProcess.run(["rules", "list", "--rules", folder + "/mine"])
    XCTAssertTrue(listed.stdout.contains("X-900\tneutrality\tmedium"), listed.stdout)

    // With another pack, the skeleton takes its terms from that pack's vocabulary.
    let fixture = ["--no-default-rules", "--rules", FixturePaths.pack]
    let other = try AuditProcess.run(
      ["new", "rule", "X-901", "--principle", "independence", "-o", folder + "/other/X-901.yaml"]
        + fixture)
    XCTAssertEqual(other.status, 0, other.stderr)
    let otherTested = try AuditProcess.run(
      ["rules", "test"] + fixture + ["--rules", folder + "/other"])
    XCTAssertEqual(otherTested.status, 0, otherTested.stdout + otherTested.stderr)
  }

  func testARuleSkeletonGoesIntoAPackOnlyWhenToldTo() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: folder + "/Rules")
    let made = try AuditProcess.run(
      ["new", "rule", "X-902", "--principle", "neutrality", "--into", "Rules"], in: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertEqual(
      made.stdout,
      "wrote Rules/neutrality/X-902.yaml: fill it in, then run `audit rules test`\n")
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/Rules/neutrality/X-902.yaml"))
    let tested = try AuditProcess.run(["rules", "test"], in: folder)
    XCTAssertEqual(tested.status, 0, tested.stdout + tested.stderr)
    let again = try AuditProcess.run(
      ["new", "rule", "X-902", "--principle", "neutrality", "-o", folder + "/x.yaml"], in: folder)
    XCTAssertEqual(again.status, 2)
    XCTAssertTrue(
      again.stderr.contains("rule X-902 already exists in Rules/neutrality/X-902.yaml"),
      again.stderr)
    let misspelt = try AuditProcess.run(
      ["new", "rule", "X-903", "--principle", "neutrlity"], in: folder)
    XCTAssertEqual(misspelt.status, 2)
    XCTAssertTrue(misspelt.stderr.contains("did you mean 'neutrality'?"), misspelt.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/my-rules"))
    let notAPack = try AuditProcess.run(
      ["new", "rule", "X-904", "--principle", "neutrality", "--into", "Cases"], in: folder)
    XCTAssertEqual(notAPack.status, 2)
    XCTAssertTrue(
      notAPack.stderr.contains("'Cases' is not a rule pack (it holds no pack.yaml)"),
      notAPack.stderr)
  }

  func testARuleSkeletonGoesIntoTheUsersOwnPackByDefault() throws {
    let folder = try AuditProcess.temporaryFolder()
    let made = try AuditProcess.run(
      ["new", "rule", "X-905", "--principle", "neutrality"], in: folder,
      environment: ["AUDIT_RULES": FixturePaths.pack])
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertEqual(
      made.stdout,
      "wrote my-rules/neutrality/X-905.yaml: fill it in, then run "
        + "`audit rules test --rules my-rules`; audit a case with it: `audit CASE --rules my-rules`\n"
    )
    let tested = try AuditProcess.run(
      ["rules", "test", "--rules", "my-rules"], in: folder,
      environment: ["AUDIT_RULES": FixturePaths.pack])
    XCTAssertEqual(tested.status, 0, tested.stdout + tested.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/Rules"))
  }

  /// Issue 23, items 7 and 8: an id ending in a new line is refused (it wrote
  /// `Cases/abc<LF>.yaml`), and the refusal shows the id's control characters escaped.
  func testAnIDWithATrailingNewLineOrAControlCharacterIsRefusedEscaped() throws {
    let folder = try AuditProcess.temporaryFolder()
    for arguments in [
      ["new", "case", "abc\n"], ["new", "rule", "ZZ-1\n", "--principle", "neutrality"],
    ] {
      let result = try AuditProcess.run(
        arguments + ["--no-default-rules", "--rules", FixturePaths.pack], in: folder)
      XCTAssertEqual(result.status, 2, result.stderr)
      XCTAssertTrue(result.stderr.contains("⟨U+000A⟩' is not a"), result.stderr)
    }
    let escape = try AuditProcess.run(
      ["new", "case", "a\u{1B}[2Jb", "--no-default-rules", "--rules", FixturePaths.pack], in: folder
    )
    XCTAssertEqual(escape.status, 2)
    XCTAssertFalse(escape.stderr.contains("\u{1B}"), escape.stderr)
    XCTAssertTrue(escape.stderr.contains("a⟨U+001B⟩[2Jb"), escape.stderr)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
  }

  // An experiment in a checkout never changes what a plain run evaluates: after `new rule`,
  // the committed report is written again byte for byte and git sees nothing new.
  func testANewRuleLeavesTheDefaultPackAndTheReportsAlone() throws {
    let folder = try AuditProcess.temporaryFolder()
    let manager = FileManager.default
    for item in ["Rules", "Cases", ".gitignore"] {
      try manager.copyItem(atPath: FixturePaths.root + "/" + item, toPath: folder + "/" + item)
    }
    func git(_ arguments: String...) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@t"] + arguments
      process.currentDirectoryURL = URL(fileURLWithPath: folder)
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let output = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: output, as: UTF8.self)
    }
    let before = try AuditProcess.run(
      ["Cases/control-proper-conduct.yaml"], in: folder)
    XCTAssertEqual(before.status, 0, before.stderr)
    _ = try git("init", "-q")
    _ = try git("add", "-A")
    _ = try git("commit", "-qm", "checkout")
    let report = try Data(
      contentsOf: URL(fileURLWithPath: folder + "/reports/control-proper-conduct.md"))
    let made = try AuditProcess.run(
      ["new", "rule", "X-906", "--principle", "neutrality"], in: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    let after = try AuditProcess.run(
      ["Cases/control-proper-conduct.yaml"], in: folder)
    XCTAssertEqual(after.status, 0, after.stderr)
    XCTAssertEqual(
      try Data(contentsOf: URL(fileURLWithPath: folder + "/reports/control-proper-conduct.md")),
      report)
    XCTAssertEqual(try git("status", "--porcelain"), "", "nothing new for git")
  }

  func testTheCaseSkeletonPassesCheckAndRuns() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/Rules", withDestinationPath: FixturePaths.root + "/Rules")
    let made = try AuditProcess.run(["new", "case", "demo"], in: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertEqual(
      made.stdout, "wrote Cases/demo.yaml: fill it in, then run `audit check Cases/demo.yaml`\n")
    let checked = try AuditProcess.run(["check", "Cases/demo.yaml"], in: folder)
    XCTAssertEqual(checked.status, 0, checked.stderr)
    XCTAssertEqual(checked.stderr, "", "no warning")
    let run = try AuditProcess.run(["Cases/demo.yaml"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/reports/demo.md"))

    let fixture = ["--no-default-rules", "--rules", FixturePaths.pack]
    let other = try AuditProcess.run(
      ["new", "case", "other", "-o", "x/other.yaml"] + fixture, in: folder)
    XCTAssertEqual(other.status, 0, other.stderr)
    let otherChecked = try AuditProcess.run(["check", "x/other.yaml"] + fixture, in: folder)
    XCTAssertEqual(otherChecked.status, 0, otherChecked.stderr)
  }

  func testTheCaseSkeletonsOptionalKeysAreValidWhenUncommented() throws {
    let folder = try AuditProcess.temporaryFolder()
    let made = try AuditProcess.run(["new", "case", "demo", "-o", folder + "/demo.yaml"])
    XCTAssertEqual(made.status, 0, made.stderr)
    let text = try String(contentsOfFile: folder + "/demo.yaml", encoding: .utf8)
    let optional = [
      "country", "by", "language", "date_note", "on_behalf_of", "quote", "translated", "episodes",
      "  - {id", "responses", "  - {by",
    ]
    var uncommented = 0
    let full = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let indent = line.prefix { $0 == " " }
      let rest = line.dropFirst(indent.count)
      guard rest.hasPrefix("# "), optional.contains(where: { rest.dropFirst(2).hasPrefix($0) })
      else { return String(line) }
      uncommented += 1
      return String(indent + rest.dropFirst(2))
    }.joined(separator: "\n")
    XCTAssertEqual(uncommented, optional.count, full)
    try full.write(toFile: folder + "/full.yaml", atomically: true, encoding: .utf8)
    let schema = try SchemaValidator(path: FixturePaths.root + "/docs/schemas/case.schema.json")
    XCTAssertEqual(schema.errors(try YAMLJSON.read(folder + "/full.yaml")), [], full)
    let checked = try AuditProcess.run(["check", folder + "/full.yaml"])
    XCTAssertEqual(checked.status, 0, checked.stderr + "\n" + full)
    XCTAssertTrue(
      checked.stdout.hasSuffix("1 act, 2 quotes, 0 verified against archived copies\n"),
      checked.stdout)
  }

  func testNeverOverwritesAFileNorFollowsALink() throws {
    let folder = try AuditProcess.temporaryFolder()
    let existing = folder + "/existing.yaml"
    try "mine\n".write(toFile: existing, atomically: true, encoding: .utf8)
    let refused = try AuditProcess.run(["new", "case", "demo", "-o", existing])
    XCTAssertEqual(refused.status, 3)
    XCTAssertTrue(
      refused.stderr.contains(
        "\(existing): error: cannot write the skeleton: a file is already there; it is left as it was [E-IO-WRITE]"
      ),
      refused.stderr)
    XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "mine\n")
    let victim = folder + "/victim.txt"
    try "victim\n".write(toFile: victim, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.yaml", withDestinationPath: victim)
    let linked = try AuditProcess.run(
      ["new", "rule", "X-905", "--principle", "neutrality", "-o", folder + "/link.yaml"])
    XCTAssertEqual(linked.status, 3)
    XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "victim\n")
    let dangling = folder + "/dangling.yaml"
    try FileManager.default.createSymbolicLink(
      atPath: dangling, withDestinationPath: folder + "/created-through-link.yaml")
    XCTAssertEqual(try AuditProcess.run(["new", "case", "demo", "-o", dangling]).status, 3)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/created-through-link.yaml"))
  }

  func testAFileWhereItsFolderShouldBeIsAWriteError() throws {
    let folder = try AuditProcess.temporaryFolder()
    try "a file\n".write(toFile: folder + "/Cases", atomically: true, encoding: .utf8)
    let result = try AuditProcess.run(["new", "case", "demo", "-o", folder + "/Cases/demo.yaml"])
    XCTAssertEqual(result.status, 3)
    XCTAssertTrue(
      result.stderr.hasPrefix(
        "\(folder)/Cases/demo.yaml: error: cannot write the skeleton: cannot make its folder: "),
      result.stderr)
  }

  func testBadIdsAreUsageErrors() throws {
    let folder = try AuditProcess.temporaryFolder()
    let badCase = try AuditProcess.run(["new", "case", "Bad Id", "-o", folder + "/c.yaml"])
    XCTAssertEqual(badCase.status, 2)
    XCTAssertTrue(badCase.stderr.contains("'Bad Id' is not a case id"), badCase.stderr)
    let badRule = try AuditProcess.run(
      ["new", "rule", "9-bad", "--principle", "neutrality", "-o", folder + "/r.yaml"])
    XCTAssertEqual(badRule.status, 2)
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/c.yaml"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/r.yaml"))
  }

  // The skeletons start with the line that points an editor at their JSON Schema, and they
  // validate against it as written.
  func testSkeletonsPointAtTheirSchemaRelativeToTheirFolder() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/docs", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/docs/schemas", withDestinationPath: FixturePaths.root + "/docs/schemas")
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: folder + "/Rules")
    XCTAssertEqual(try AuditProcess.run(["new", "case", "demo"], in: folder).status, 0)
    XCTAssertEqual(
      try AuditProcess.run(
        ["new", "rule", "X-910", "--principle", "neutrality", "--into", "Rules"], in: folder
      )
      .status,
      0)
    let expected = [
      "Cases/demo.yaml": ("case", "../docs/schemas/case.schema.json"),
      "Rules/neutrality/X-910.yaml": ("rule", "../../docs/schemas/rule.schema.json"),
    ]
    for (file, (schema, target)) in expected {
      let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      XCTAssertTrue(
        text.hasPrefix("# yaml-language-server: $schema=\(target)\n"), file + ":\n" + text)
      let validator = try SchemaValidator(
        path: FixturePaths.root + "/docs/schemas/\(schema).schema.json")
      XCTAssertEqual(validator.errors(try YAMLJSON.read(folder + "/" + file)), [], file)
    }
    // Written outside the current folder: the schema's absolute path.
    let outside = try AuditProcess.temporaryFolder()
    XCTAssertEqual(
      try AuditProcess.run(["new", "case", "far", "-o", outside + "/far.yaml"], in: folder).status,
      0)
    let far = try String(contentsOfFile: outside + "/far.yaml", encoding: .utf8)
    let schemas = URL(fileURLWithPath: folder + "/docs/schemas").standardized.path
    XCTAssertTrue(
      far.hasPrefix("# yaml-language-server: $schema=\(schemas)/case.schema.json\n"), far)
  }

  func testNoSchemaLineWhereTheCurrentFolderHasNoSchemas() throws {
    let folder = try AuditProcess.temporaryFolder()
    let made = try AuditProcess.run(
      ["new", "case", "demo", "-o", "demo.yaml"], in: folder,
      environment: ["AUDIT_RULES": FixturePaths.pack])
    XCTAssertEqual(made.status, 0, made.stderr)
    let text = try String(contentsOfFile: folder + "/demo.yaml", encoding: .utf8)
    XCTAssertFalse(text.contains("yaml-language-server"), text)
  }
}
