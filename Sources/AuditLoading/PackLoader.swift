import AuditCore
import Foundation

/// Loads rule packs (docs/rule-format.md): catalogues first, then one rule per file.
///
/// A sub-folder holding its own `pack.yaml` is a nested pack (e.g. `Rules/access/`), loaded
/// with its parent. Every problem of every file is reported before giving up.
public enum PackLoader {
  static let catalogueFiles = [
    "pack.yaml", "principles.yaml", "standards.yaml", "references.yaml", "measures.yaml",
    "vocabulary.yaml",
  ]

  /// Loads the packs in `directories`; the first is the default pack and must hold the catalogues.
  /// The rule files are parsed on every core when `parallel` (see `loadCollecting`).
  public static func load(_ directories: [String], parallel: Bool = true) throws(Diagnostics)
    -> RuleCatalogue
  {
    let (catalogue, problems) = loadCollecting(directories, parallel: parallel)
    guard let catalogue, !problems.contains(where: { $0.severity == .error }) else {
      throw Diagnostics(problems)
    }
    return catalogue
  }

  /// Loads what can be loaded, with every problem found: a rule with errors in its keys is
  /// still returned when its expressions can be compiled, so one run reports them all.
  ///
  /// The rule files are read in order, their YAML parsed on every core when `parallel` (else
  /// on the calling thread alone), and decoded in order: the catalogue and the problems are the
  /// same either way.
  public static func loadCollecting(_ directories: [String], parallel: Bool = true)
    -> (RuleCatalogue?, [Diagnostic])
  {
    let decoder = NodeDecoder()
    var layout: [(folder: String, ruleFiles: [String], root: String)] = []
    var seen: Set<String> = []
    for directory in directories {
      // The same folder named twice (`--rules Rules` beside the default) is loaded once.
      guard seen.insert(URL(fileURLWithPath: directory).resolvingSymlinksInPath().path).inserted
      else { continue }
      guard isDirectory(directory) else {
        decoder.report(LoadErrors.unreadable(directory, reason: "no such folder"))
        continue
      }
      let folders = packFolders(directory)
      if folders.allSatisfy(\.ruleFiles.isEmpty) {
        decoder.report(LoadErrors.noRuleFile(in: directory))
      }
      layout += folders.map { ($0.folder, $0.ruleFiles, directory) }
    }
    var reader = CatalogueReader(decoder: decoder)
    for (index, entry) in layout.enumerated() {
      reader.packRoot = entry.root
      reader.readCatalogues(in: entry.folder, required: index == 0)
    }
    reader.resolveStandardReferences()
    reader.resolveSuccessors()
    decoder.vocabulary = reader.vocabulary
    let thresholds = reader.manifests.lazy.compactMap(\.strength).first
    if thresholds == nil, !decoder.bag.hasErrors, !layout.isEmpty {
      decoder.report(
        .error(
          .packStrength, "no loaded pack defines 'strength' thresholds in its pack.yaml",
          at: SourceLocation(path: layout[0].folder + "/pack.yaml", line: 1, column: 1)))
    }
    var rules: [RuleSpec] = []
    var firstFile: [String: String] = [:]
    let ruleReader = RuleReader(catalogue: reader)
    // Read in order (the inputs are recorded as read), parsed on every core, decoded in order.
    var pending: [(input: InputFile, pack: String)] = []
    for (folder, files, root) in layout {
      let packName = reader.manifests.first { $0.path == folder }?.name ?? folder
      reader.packRoot = root
      for file in files {
        if let input = reader.read(file) { pending.append((input, packName)) }
      }
    }
    let parsed = parsedYAML(pending.map(\.input), parallel: parallel)
    for (index, file) in pending.enumerated() {
      guard let rule = ruleReader.rule(from: file.input, pack: file.pack, parsed: parsed[index])
      else { continue }
      if let first = firstFile[rule.id] {
        decoder.report(LoadErrors.duplicateRule(rule.id, first: first, at: rule.location))
        continue
      }
      firstFile[rule.id] = file.input.path
      rules.append(rule)
    }
    reader.resolveMeasures(rules: Array(firstFile.keys))
    let problems = decoder.bag.sorted + LoadErrors.truncation(decoder.bag)
    guard let thresholds else { return (nil, problems) }
    var catalogue = RuleCatalogue(
      packs: reader.manifests, principles: reader.principles, standards: reader.standards,
      references: reader.references,
      vocabulary: reader.vocabulary, rules: rules.sorted { $0.id < $1.id }, strength: thresholds,
      inputs: reader.inputs)
    catalogue.measures = reader.measures
    return (catalogue, problems)
  }

  /// Each input's YAML, parsed on every core when `parallel` (a pack's files are independent
  /// of each other): half of a small case's run was the rule pack, read one file after another.
  static func parsedYAML(_ inputs: [InputFile], parallel: Bool) -> [Result<YAMLNode, Diagnostics>] {
    Parallel.map(inputs.count, parallel: parallel) { index in
      Result { () throws(Diagnostics) in try inputs[index].yaml() }
    }
  }

  /// The pack folders under `root` (itself first, then nested packs) with their rule files.
  static func packFolders(_ root: String) -> [(folder: String, ruleFiles: [String])] {
    var visited: Set<String> = []
    return packFolders(root, visited: &visited)
  }

  /// `visited` holds the real paths of folders already walked, so that a symbolic link
  /// looping back (to a folder or to a pack) is walked once.
  private static func packFolders(_ root: String, visited: inout Set<String>)
    -> [(folder: String, ruleFiles: [String])]
  {
    var result: [(String, [String])] = []
    var files: [String] = []
    var nested: [String] = []
    func walk(_ folder: String, top: Bool) {
      let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
      guard visited.insert(real).inserted else { return }
      for name in contents(folder) {
        let path = folder + "/" + name
        if isDirectory(path) {
          if FileManager.default.fileExists(atPath: path + "/pack.yaml") {
            nested.append(path)
          } else {
            walk(path, top: false)
          }
        } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
          !(top && catalogueFiles.contains(name))
        {
          files.append(path)
        }
      }
    }
    walk(root, top: true)
    result.append((root, files))
    for folder in nested
    where !visited.contains(URL(fileURLWithPath: folder).resolvingSymlinksInPath().path) {
      result += packFolders(folder, visited: &visited)
    }
    return result
  }

  /// True when `path`, once its symbolic links are followed, lies outside `root` (the folder
  /// given for the pack): such a file could be any file the user can read, and a diagnostic
  /// would quote its first line. A path that does not resolve is left to fail as unreadable.
  static func leaves(_ root: String, _ path: String) -> Bool {
    guard let realRoot = realPath(root), let real = realPath(path) else { return false }
    return !real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func contents(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { !$0.hasPrefix(".") }.sorted()
  }

  static func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory)
      && directory.boolValue
  }
}
