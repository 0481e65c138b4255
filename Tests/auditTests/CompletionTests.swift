import AuditTestSupport
import Foundation
import XCTest

/// Shell completion through the scripts `audit --generate-completion-script` writes: the
/// documented form `audit CASE --fail-on <TAB>` completes like `audit run CASE --fail-on <TAB>`,
/// `run` being the default subcommand.
final class CompletionTests: XCTestCase {
  /// The first of `names` found on `PATH`, else a skip.
  private func shell(_ name: String) throws -> String {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    {
      let path = folder + "/" + name
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw XCTSkip("no \(name) here")
  }

  /// The script for `shell`, written into a new temporary folder.
  private func script(_ shell: String) throws -> String {
    let generated = try AuditProcess.run(["--generate-completion-script", shell])
    XCTAssertEqual(generated.status, 0, generated.stderr)
    let path = try AuditProcess.temporaryFolder() + "/audit." + shell
    try generated.stdout.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func run(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: FixturePaths.root)
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] =
      AuditProcess.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// What bash's completion function offers for `line` (the cursor at its end).
  private func bashCompletions(_ line: String, script: String, bash: String) throws -> [String] {
    let driver = """
      source "$1"
      COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
      read -ra COMP_WORDS <<< "$COMP_LINE"
      [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
      COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
      COMPREPLY=()
      _audit audit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    return try run(bash, ["-c", driver, "driver", script, line])
      .split(separator: "\n").map(String.init)
  }

  func testBashCompletesRunsOptionsAfterACaseWithoutTheSubcommandsName() throws {
    let bash = try shell("bash")
    let script = try script("bash")
    let severities = ["info", "low", "medium", "high", "critical"]
    for line in ["audit Cases/arcs.yaml --fail-on ", "audit run Cases/arcs.yaml --fail-on "] {
      XCTAssertEqual(try bashCompletions(line, script: script, bash: bash), severities, line)
    }
    XCTAssertEqual(
      try bashCompletions("audit Cases/arcs.yaml --format ", script: script, bash: bash),
      ["markdown", "json", "html"])
    XCTAssertEqual(
      try bashCompletions("audit Cases/arcs.yaml --fail", script: script, bash: bash),
      ["--fail-on"])
    // The first word: a subcommand, or a case file.
    XCTAssertEqual(try bashCompletions("audit chec", script: script, bash: bash), ["check"])
    XCTAssertTrue(
      try bashCompletions("audit Cases/ar", script: script, bash: bash).contains(
        "Cases/arcs.yaml"))
    // A subcommand's own completion is unchanged.
    XCTAssertTrue(
      try bashCompletions("audit rules ", script: script, bash: bash).contains("validate"))
    XCTAssertFalse(
      try bashCompletions("audit rules ", script: script, bash: bash).contains("--fail-on"))
  }

  func testFishCompletesRunsOptionsAfterACaseWithoutTheSubcommandsName() throws {
    let fish = try shell("fish")
    let script = try script("fish")
    let offered = try run(
      fish, ["-c", "source \(script); complete -C 'audit Cases/arcs.yaml --fail-on '"])
    XCTAssertEqual(
      offered.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) },
      ["info", "low", "medium", "high", "critical"], offered)
    let first = try run(fish, ["-c", "source \(script); complete -C 'audit '"])
    XCTAssertTrue(first.contains("check\t"), first)
  }

  func testZshCompletesRunsOptionsAfterACaseWithoutTheSubcommandsName() throws {
    let zsh = try shell("zsh")
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.copyItem(atPath: try script("zsh"), toPath: folder + "/_audit")
    // zsh completes only in an interactive shell: one is run on a pseudo-terminal (zpty),
    // given the line and a tab, and what it shows is read until the last severity appears
    // (or 20 seconds pass).
    let driver = """
      zmodload zsh/zpty || exit 3
      zpty z zsh -f -i
      zpty -w z "PS1='> '; fpath=($1 \\$fpath); autoload -U compinit; compinit -u -D; \\
      zstyle ':completion:*' list-prompt ''; zstyle ':completion:*' menu no; LISTMAX=1000"
      zpty -w -n z "$2"$'\\t'
      out=""
      for i in {1..100}; do
        while zpty -r -t z chunk; do out+="$chunk"; done
        [[ "$out" == *critical* ]] && break
        sleep 0.2
      done
      zpty -d z
      print -r -- "$out"
      """
    let line = "audit Cases/arcs.yaml --fail-on "
    let shown = try run(zsh, ["-f", "-c", driver, "driver", folder, line])
    // What the terminal showed, without its control sequences: the offered values are
    // listed on a line of their own.
    let plain = shown.replacingOccurrences(
      of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression
    ).replacingOccurrences(of: "\r", with: "")
    // The line is echoed whatever the completion does: without it, no pseudo-terminal here.
    guard plain.contains("--fail-on") else {
      throw XCTSkip("zsh could not run on a pseudo-terminal here: \(plain)")
    }
    let listed = plain.split(separator: "\n").first { $0.contains("critical") } ?? ""
    // (zsh redraws the line right after the list, on the same line as its last item.)
    XCTAssertEqual(
      listed.split(separator: " ").filter { !$0.isEmpty }.prefix(4),
      ["info", "low", "medium", "high"], plain)
    XCTAssertTrue(listed.contains("critical"), plain)
    XCTAssertFalse(plain.contains("vocabulary"), plain)
  }
}
