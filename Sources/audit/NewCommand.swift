import ArgumentParser
import AuditCore
import AuditLoading
import Foundation

/// `audit new case ID` and `audit new rule ID --principle P`: commented skeletons that load.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a commented skeleton of a case or a rule, valid as written, to fill in.",
    subcommands: [Case.self, Rule.self])

  /// `audit new case ID`: writes `Cases/ID.yaml`.
  struct Case: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write Cases/ID.yaml, a case skeleton that passes `audit check`.")

    @Argument(help: ArgumentHelp("The case's id: [a-z0-9][a-z0-9._-]*.", valueName: "ID"))
    var id: String

    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp("Write to PATH instead of Cases/ID.yaml.", valueName: "PATH"),
      completion: .file(extensions: ["yaml"]))
    var output: String?

    @OptionGroup var rules: RuleOptions

    func validate() throws {
      guard id.range(of: #"\A[a-z0-9][a-z0-9._-]*\z"#, options: .regularExpression) != nil else {
        throw ValidationError(
          "'\(VisibleText.escaped(id))' is not a case id: write it as [a-z0-9][a-z0-9._-]*")
      }
    }

    func run() throws {
      let (catalogue, _) = try RulesCommand.load(rules)
      let path = output ?? "Cases/\(id).yaml"
      let skeleton = CaseSkeleton(id: id, vocabulary: catalogue.vocabulary)
      try NewCommand.create(SchemaComment.line("case", forFileAt: path) + skeleton.text, at: path)
      print("wrote \(path): fill it in, then run `audit check \(path)`")
    }
  }

  /// `audit new rule ID --principle P`: writes `Rules/P/ID.yaml`.
  struct Rule: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write Rules/PRINCIPLE/ID.yaml, a rule skeleton whose two tests pass `audit rules test`.")

    @Argument(help: ArgumentHelp("The rule's id, e.g. NEU-007.", valueName: "ID"))
    var id: String

    @Option(help: ArgumentHelp("The principle the rule tests, e.g. neutrality.", valueName: "P"))
    var principle: String

    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp(
        "Write to PATH instead of Rules/PRINCIPLE/ID.yaml (load its pack with --rules).",
        valueName: "PATH"),
      completion: .file(extensions: ["yaml"]))
    var output: String?

    @OptionGroup var rules: RuleOptions

    func validate() throws {
      guard id.range(of: #"\A[A-Za-z][A-Za-z0-9_.-]*\z"#, options: .regularExpression) != nil else {
        throw ValidationError("'\(VisibleText.escaped(id))' is not a rule id: write e.g. NEU-007")
      }
    }

    func run() throws {
      let (catalogue, compiled) = try RulesCommand.load(rules)
      var problems: [Diagnostic] = []
      let known = catalogue.principles.map(\.id)
      if !known.contains(principle) {
        problems.append(
          .error(
            .usage,
            "unknown principle '\(principle)' for --principle"
              + Suggestion.hint(for: principle, in: known), at: nil))
      }
      if let existing = compiled.first(where: { $0.spec.id == id }) {
        problems.append(
          .error(.usage, "rule \(id) already exists in \(existing.spec.path)", at: nil))
      }
      let path = try output ?? defaultPath()
      guard problems.isEmpty else {
        Session().print(problems)
        throw ExitCode(2)
      }
      let skeleton = RuleSkeleton(id: id, principle: principle, vocabulary: catalogue.vocabulary)
      try NewCommand.create(SchemaComment.line("rule", forFileAt: path) + skeleton.text, at: path)
      print("wrote \(path): fill it in, then run `audit rules test\(packOption(of: path))`")
    }

    /// ` --rules DIR` for a rule written outside the default pack: DIR is the rule's folder,
    /// or its parent when the folder is named after the principle (`my-rules/neutrality/`).
    private func packOption(of path: String) -> String {
      guard output != nil else { return "" }
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      let pack = folder.lastPathComponent == principle ? folder.deletingLastPathComponent() : folder
      let here = FileManager.default.currentDirectoryPath
      if pack.path == here { return " --rules ." }
      let inside = pack.path.hasPrefix(here + "/")
      return " --rules " + (inside ? String(pack.path.dropFirst(here.count + 1)) : pack.path)
    }

    /// `Rules/<principle>/<id>.yaml`, only where `./Rules` is a pack: writing into a folder
    /// that is not one would make it the default pack, without its catalogues.
    private func defaultPath() throws -> String {
      guard FileManager.default.fileExists(atPath: "Rules/pack.yaml") else {
        Session().print([
          .error(
            .usage,
            "there is no rule pack ./Rules here: give -o DIR/\(principle)/\(id).yaml and load it with --rules DIR",
            at: nil)
        ])
        throw ExitCode(2)
      }
      return "Rules/\(principle)/\(id).yaml"
    }
  }

  /// Creates `path` (and its folder) holding `text`; an existing file, or a symbolic link, is
  /// never replaced: `path: error: cannot write the skeleton: … [E-IO-WRITE]`, exit 3.
  static func create(_ text: String, at path: String) throws {
    do {
      try createExclusively(text, at: path)
    } catch {
      Session().note(error.rendered("the skeleton"))
      throw ExitCode(3)
    }
  }

  private static func createExclusively(_ text: String, at path: String) throws(OutputFailure) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
      let code = underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying!.code) : ENOTDIR
      throw OutputFailure(path: path, errno: code, context: "cannot make its folder")
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      var failure = OutputFailure(path: path, errno: errno)
      if errno == EEXIST { failure.reason = "a file is already there; it is left as it was" }
      throw failure
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: Data(text.utf8))
      try handle.synchronize()
    } catch {
      unlink(path)
      throw OutputFailure(path: path, errno: EIO)
    }
  }
}
