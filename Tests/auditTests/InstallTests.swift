import AuditTestSupport
import Foundation
import XCTest

/// `scripts/install.sh` and the default pack of an installed tool, run from another folder.
final class InstallTests: XCTestCase {
  /// Installs the built tool (not rebuilt in release, to keep the test fast) under a new
  /// temporary prefix, and returns the prefix.
  func install() throws -> String {
    let prefix = try AuditProcess.temporaryFolder() + "/prefix"
    let script = URL(fileURLWithPath: FixturePaths.root + "/scripts/install.sh")
    let result = try AuditProcess.run(
      ["--prefix", prefix, "--binary", AuditProcess.executable.path], program: script)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("installed \(prefix)/bin/audit"), result.stdout)
    return prefix
  }

  /// A folder holding a copy of a small fixture case, and an empty folder to run from.
  func elsewhere() throws -> (casePath: String, folder: String) {
    let folder = try AuditProcess.temporaryFolder()
    let casePath = folder + "/cases/valid.yaml"
    try FileManager.default.createDirectory(
      atPath: folder + "/cases", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: FixturePaths.cases + "/valid.yaml", toPath: casePath)
    try FileManager.default.createDirectory(
      atPath: folder + "/work", withIntermediateDirectories: true)
    return (casePath, folder + "/work")
  }

  /// Issue 23, item 4: the installed pack holds files, never links (a link inside the pack is
  /// copied as the file it leads to); a link leading outside the pack stops the install.
  func testTheInstalledPackHoldsFilesNotLinks() throws {
    let repository = try AuditProcess.temporaryFolder() + "/repo"
    try FileManager.default.createDirectory(
      atPath: repository + "/scripts", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: FixturePaths.root + "/scripts/install.sh", toPath: repository + "/scripts/install.sh")
    try FileManager.default.copyItem(atPath: FixturePaths.pack, toPath: repository + "/Rules")
    try FileManager.default.createDirectory(
      atPath: repository + "/docs", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: FixturePaths.root + "/docs/schemas", toPath: repository + "/docs/schemas")
    let rule = try XCTUnwrap(
      FileManager.default.contentsOfDirectory(atPath: repository + "/Rules").first {
        $0.hasSuffix(".yaml") && $0 != "pack.yaml"
      })
    try FileManager.default.createSymbolicLink(
      atPath: repository + "/Rules/linked.yml", withDestinationPath: rule)
    let script = URL(fileURLWithPath: repository + "/scripts/install.sh")
    let prefix = repository + "/prefix"
    let result = try AuditProcess.run(
      ["--prefix", prefix, "--binary", AuditProcess.executable.path], program: script)
    XCTAssertEqual(result.status, 0, result.stderr)
    let installed = prefix + "/share/audit/Rules/linked.yml"
    let type = try FileManager.default.attributesOfItem(atPath: installed)[.type]
    XCTAssertEqual(type as? FileAttributeType, .typeRegular)

    let outside = repository + "/secret.txt"
    try Data("token".utf8).write(to: URL(fileURLWithPath: outside))
    try FileManager.default.createSymbolicLink(
      atPath: repository + "/Rules/secret.yaml", withDestinationPath: outside)
    let refused = try AuditProcess.run(
      ["--prefix", prefix, "--binary", AuditProcess.executable.path], program: script)
    XCTAssertEqual(refused.status, 2)
    XCTAssertTrue(refused.stderr.contains("leading outside Rules/"), refused.stderr)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: prefix + "/share/audit/Rules/secret.yaml"))
  }

  func testTheInstalledToolFindsItsPackFromAnotherFolder() throws {
    let prefix = try install()
    let installed = prefix + "/share/audit/Rules"
    for name in ["pack.yaml", "principles.yaml", "vocabulary.yaml", "neutrality"] {
      XCTAssertTrue(FileManager.default.fileExists(atPath: installed + "/" + name), name)
    }
    let (casePath, folder) = try elsewhere()
    let tool = URL(fileURLWithPath: prefix + "/bin/audit")
    let run = try AuditProcess.run([casePath], in: folder, program: tool)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    let report = try String(contentsOfFile: folder + "/reports/valid.md", encoding: .utf8)
    XCTAssertTrue(report.contains("fundamental-principles"), "the installed pack was used")
    let rules = try AuditProcess.run(["rules", "list"], in: folder, program: tool)
    XCTAssertTrue(rules.stdout.contains("NEU-001"), rules.stdout)
    XCTAssertTrue(rules.stdout.contains(installed + "/neutrality/"), rules.stdout)
    // Found through PATH, with no folder in argv[0], and through a symbolic link.
    let viaPath = try AuditProcess.run(
      ["audit", "rules", "validate"], in: folder,
      environment: ["PATH": prefix + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "")],
      program: URL(fileURLWithPath: "/usr/bin/env"))
    XCTAssertEqual(viaPath.status, 0, viaPath.stderr)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/audit", withDestinationPath: tool.path)
    let viaLink = try AuditProcess.run(
      ["rules", "validate"], in: folder, program: URL(fileURLWithPath: folder + "/audit"))
    XCTAssertEqual(viaLink.status, 0, viaLink.stderr)
  }

  func testAUDITRULESNamesTheDefaultPack() throws {
    let prefix = try install()
    let (casePath, folder) = try elsewhere()
    let tool = URL(fileURLWithPath: prefix + "/bin/audit")
    let fixture = ["AUDIT_RULES": FixturePaths.pack]
    let listed = try AuditProcess.run(
      ["rules", "list"], in: folder, environment: fixture, program: tool)
    XCTAssertEqual(listed.status, 0, listed.stderr)
    XCTAssertTrue(listed.stdout.contains("T-001"), listed.stdout)
    XCTAssertFalse(listed.stdout.contains("NEU-001"), "AUDIT_RULES replaces the installed pack")
    let run = try AuditProcess.run(
      [casePath, "--format", "json"], in: folder, environment: fixture, program: tool)
    XCTAssertEqual(run.status, 0, run.stderr)
    let report = try String(contentsOfFile: folder + "/reports/valid.json", encoding: .utf8)
    XCTAssertTrue(report.contains("\"T-001\""), report)
    // It is also preferred to ./Rules.
    let inRepository = try AuditProcess.run(["rules", "list"], environment: fixture)
    XCTAssertTrue(inRepository.stdout.contains("T-001"), inRepository.stdout)
    XCTAssertFalse(inRepository.stdout.contains("NEU-001"), inRepository.stdout)
    let help = try AuditProcess.run(["--help"])
    XCTAssertTrue(help.stdout.contains("AUDIT_RULES names the default rule pack"), help.stdout)
    let missing = try AuditProcess.run(
      ["rules", "list"], in: folder, environment: ["AUDIT_RULES": folder + "/nothing"],
      program: tool)
    XCTAssertEqual(missing.status, 2)
    XCTAssertTrue(
      missing.stderr.contains("AUDIT_RULES is '\(folder)/nothing', which is not a folder"),
      missing.stderr)
  }

  func testWithoutADefaultPackTheErrorSaysWhatToDo() throws {
    let (casePath, folder) = try elsewhere()
    let bin = folder + "/bin"
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: AuditProcess.executable.path, toPath: bin + "/audit")
    let tool = URL(fileURLWithPath: bin + "/audit")
    let output = folder + "/r.md"
    let failed = try AuditProcess.run(
      [casePath, "--rules", FixturePaths.pack, "-o", output], in: folder, program: tool)
    XCTAssertEqual(failed.status, 2)
    XCTAssertTrue(
      failed.stderr.contains(
        "no default rule pack: AUDIT_RULES is not set, there is no ./Rules here and no pack is installed at \(folder)/share/audit/Rules. "
          + "Set AUDIT_RULES=DIR to a pack's folder, install the tool with its pack (scripts/install.sh), "
          + "or load only your own packs with --no-default-rules --rules DIR [E-IO-READ]"),
      failed.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    let own = try AuditProcess.run(
      [casePath, "--no-default-rules", "--rules", FixturePaths.pack, "-o", output], in: folder,
      program: tool)
    XCTAssertEqual(own.status, 0, own.stderr)
    XCTAssertTrue(FileManager.default.fileExists(atPath: output))
  }

  // Installed, the tool is whole: the schemas and completions come with it, and a skeleton
  // written outside any checkout still points an editor at its schema.
  func testTheInstalledToolBringsItsSchemasAndCompletions() throws {
    let prefix = try install()
    for file in [
      "share/audit/schemas/case.schema.json", "share/audit/schemas/rule.schema.json",
      "share/bash-completion/completions/audit", "share/zsh/site-functions/_audit",
      "share/fish/vendor_completions.d/audit.fish",
    ] {
      XCTAssertTrue(FileManager.default.fileExists(atPath: prefix + "/" + file), file)
    }
    let (_, folder) = try elsewhere()
    let tool = URL(fileURLWithPath: prefix + "/bin/audit")
    let made = try AuditProcess.run(["new", "case", "demo"], in: folder, program: tool)
    XCTAssertEqual(made.status, 0, made.stderr)
    let text = try String(contentsOfFile: folder + "/Cases/demo.yaml", encoding: .utf8)
    XCTAssertTrue(
      text.hasPrefix(
        "# yaml-language-server: $schema=\(prefix)/share/audit/schemas/case.schema.json\n"),
      text)
    let checked = try AuditProcess.run(["check", "Cases/demo.yaml"], in: folder, program: tool)
    XCTAssertEqual(checked.status, 0, checked.stderr)
  }

  // The release archive installs by unpacking: run from another folder on an absolute path,
  // it finds its pack, and its SHA-256 file verifies it.
  func testTheReleaseArchiveRunsWhereItIsUnpacked() throws {
    let output = try AuditProcess.temporaryFolder()
    let script = URL(fileURLWithPath: FixturePaths.root + "/scripts/package.sh")
    let packed = try AuditProcess.run(
      ["--output", output, "--binary", AuditProcess.executable.path], program: script)
    XCTAssertEqual(packed.status, 0, packed.stderr)
    let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
    XCTAssertEqual(names.count, 2, "\(names)")
    let archive = try XCTUnwrap(names.first { $0.hasSuffix(".tar.gz") })
    XCTAssertTrue(archive.hasPrefix("audit-") && archive.contains("-linux-"), archive)
    let verified = try AuditProcess.run(
      ["sha256sum", "-c", archive + ".sha256"], in: output,
      program: URL(fileURLWithPath: "/usr/bin/env"))
    XCTAssertEqual(verified.status, 0, verified.stdout + verified.stderr)
    let unpacked = try AuditProcess.temporaryFolder()
    let untar = try AuditProcess.run(
      ["tar", "-xzf", output + "/" + archive, "-C", unpacked],
      program: URL(fileURLWithPath: "/usr/bin/env"))
    XCTAssertEqual(untar.status, 0, untar.stderr)
    let root = unpacked + "/" + String(archive.dropLast(".tar.gz".count))
    XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/README.md"))
    let (casePath, folder) = try elsewhere()
    let run = try AuditProcess.run(
      [casePath], in: folder, program: URL(fileURLWithPath: root + "/bin/audit"))
    XCTAssertEqual(run.status, 0, run.stderr)
    let report = try String(contentsOfFile: folder + "/reports/valid.md", encoding: .utf8)
    XCTAssertTrue(report.contains("fundamental-principles"), "the unpacked pack was used")
  }
}
