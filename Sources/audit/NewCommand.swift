import ArgumentParser
import AuditCore
import AuditEngine
import AuditLoading
import Foundation

/// `audit new case ID` and `audit new rule ID --principle P`: commented skeletons that load.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract:
      "Write a commented skeleton of a case, a rule or a case's review record, valid as written, to fill in.",
    subcommands: [Case.self, Rule.self, Review.self])

  /// `audit new case ID`: writes `Cases/ID.yaml`.
  struct Case: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "case",
      abstract: "Write Cases/ID.yaml, a case skeleton that passes `audit check`.")

    @Argument(help: ArgumentHelp("The case's id: [a-z0-9][a-z0-9._-]*.", valueName: "ID"))
    var id: String

    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp("Write to PATH instead of Cases/ID.yaml.", valueName: "PATH"),
      completion: .file(extensions: ["yaml"]))
    var output: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var settings: ConfigOptions

    func validate() throws {
      guard IDSyntax.isEntryID(id) else {
        throw ValidationError(
          "'\(VisibleText.escaped(id))' is not a case id: write it as [a-z0-9][a-z0-9._-]*")
      }
    }

    func run() throws {
      let (catalogue, _) = try RulesCommand.load(rules, settings)
      let path = output ?? "Cases/\(id).yaml"
      let skeleton = CaseSkeleton(id: id, vocabulary: catalogue.vocabulary)
      try NewCommand.create(SchemaComment.line("case", forFileAt: path) + skeleton.text, at: path)
      print("wrote \(path): fill it in, then run `audit check \(path)`")
    }
  }

  /// `audit new rule ID --principle P`: writes `my-rules/P/ID.yaml`, a pack of the user's own;
  /// only `--into DIR` writes into an existing pack such as the shipped `Rules`, so that an
  /// experiment never changes what a plain `audit CASE` evaluates.
  struct Rule: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rule",
      abstract:
        "Write my-rules/PRINCIPLE/ID.yaml, a rule skeleton whose two tests pass `audit rules test`.",
      discussion: """
        The skeleton goes into a pack of your own, my-rules/, which is loaded only when asked \
        for (--rules my-rules): the default pack, and the reports it makes, stay as they are. \
        Maintainers of a pack write into it with --into DIR (e.g. --into Rules).
        """)

    /// The folder of the user's own pack, relative to the current folder.
    static let localPack = "my-rules"

    @Argument(help: ArgumentHelp("The rule's id, e.g. NEU-007.", valueName: "ID"))
    var id: String

    @Option(help: ArgumentHelp("The principle the rule tests, e.g. neutrality.", valueName: "P"))
    var principle: String

    @Option(
      help: ArgumentHelp(
        "Write into the existing pack in DIR (one holding pack.yaml), e.g. the shipped Rules, instead of my-rules/.",
        valueName: "DIR"),
      completion: .directory)
    var into: String?

    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp(
        "Write to PATH instead of my-rules/PRINCIPLE/ID.yaml (load its pack with --rules).",
        valueName: "PATH"),
      completion: .file(extensions: ["yaml"]))
    var output: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var settings: ConfigOptions

    func validate() throws {
      guard IDSyntax.isRuleID(id) else {
        throw ValidationError("'\(VisibleText.escaped(id))' is not a rule id: write e.g. NEU-007")
      }
      if into != nil, output != nil {
        throw ValidationError("give --into DIR or -o PATH, not both")
      }
    }

    func run() throws {
      let (catalogue, compiled) = try RulesCommand.load(rules, settings)
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
      if let into, !FileManager.default.fileExists(atPath: into + "/pack.yaml") {
        problems.append(
          .error(
            .usage,
            "'\(into)' is not a rule pack (it holds no pack.yaml): --into writes into an existing pack; "
              + "leave it out to write into \(Self.localPack)/",
            at: nil))
      }
      guard problems.isEmpty else {
        Session().print(problems)
        throw ExitCode(2)
      }
      let path = output ?? "\(into ?? Self.localPack)/\(principle)/\(id).yaml"
      let skeleton = RuleSkeleton(id: id, principle: principle, vocabulary: catalogue.vocabulary)
      try NewCommand.create(SchemaComment.line("rule", forFileAt: path) + skeleton.text, at: path)
      let pack = packOption(of: path)
      var next = "wrote \(path): fill it in, then run `audit rules test\(pack)`"
      if into == nil, output == nil {
        next += "; audit a case with it: `audit CASE\(pack)`"
      }
      print(next)
    }

    /// ` --rules DIR` for the rule's pack: DIR is the rule's folder, or its parent when the
    /// folder is named after the principle (`my-rules/neutrality/`); nothing when that pack is
    /// one the command loaded already (the default pack, or a `--rules` one).
    private func packOption(of path: String) -> String {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      let pack = folder.lastPathComponent == principle ? folder.deletingLastPathComponent() : folder
      let loaded = (rules.directories + (rules.noDefaultRules ? [] : [try? DefaultPack().locate()]))
        .compactMap { $0 }.map { URL(fileURLWithPath: $0).standardized.path }
      if loaded.contains(pack.standardized.path) { return "" }
      let here = FileManager.default.currentDirectoryPath
      if pack.path == here { return " --rules ." }
      let inside = pack.path.hasPrefix(here + "/")
      return " --rules " + (inside ? String(pack.path.dropFirst(here.count + 1)) : pack.path)
    }
  }

  /// `audit new review CASE`: writes the review record beside the case, every current finding
  /// listed open with its fingerprint.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract:
        "Write CASE-STEM.review.yaml beside the case: status draft, every finding of this run open with its fingerprint.",
      discussion: """
        The case is audited (with the same packs as `audit CASE`) to list its findings; the \
        record is then read with the case by `audit CASE` and `audit check CASE`. An existing \
        record is never replaced. See docs/review-format.md.
        """)

    @Argument(help: ArgumentHelp("The case file.", valueName: "CASE"))
    var casePath: String

    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp(
        "Write to PATH instead of beside the case (then read it with --review PATH).",
        valueName: "PATH"),
      completion: .file(extensions: ["yaml"]))
    var output: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
      var session = Session()
      let clock = StageClock(timings: false)
      let skeleton: ReviewSkeleton
      let path: String
      do {
        let (catalogue, compiled) = try session.rules(rules)
        let (loaded, verification, found) = try session.loadVerified(
          casePath, vocabulary: catalogue.vocabulary, archive: archive, clock: clock)
        clock.stopProgress()
        let errors = found.filter { $0.severity == .error }
        guard errors.isEmpty else { throw Failure.input(found) }
        let pipeline = AuditPipeline(catalogue: catalogue, compiled: compiled)
        let result = pipeline.run(loaded.audit, verification: verification)
        path = output ?? ReviewRecord.path(besideCase: loaded.input.path)
        skeleton = ReviewSkeleton(
          caseID: loaded.audit.id, casePath: loaded.input.path, findings: result.assessment.findings
        )
      } catch Failure.input(let diagnostics) {
        clock.finish()
        session.print(diagnostics)
        throw ExitCode(2)
      }
      clock.finish()
      try NewCommand.create(
        SchemaComment.line("review", forFileAt: path) + skeleton.text, at: path)
      let read = output.map { " --review " + $0 } ?? ""
      print("wrote \(path): record each decision, then run `audit \(casePath)\(read)`")
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
