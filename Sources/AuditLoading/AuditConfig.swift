import AuditCore
import Foundation

/// The settings of a configuration file (`.audit.yaml`), its folders already resolved against
/// the file's folder: what the command line falls back on when an option is not given.
public struct AuditConfig: Sendable, Equatable {
  /// The configuration's own name: `.audit.yaml`.
  public static let fileName = ".audit.yaml"

  /// The file, as found or given (`../.audit.yaml`).
  public var path: String
  /// Rule packs' folders (`rules`), relative to the current folder when the file's path is.
  public var rules: [String]?
  /// `default_rules`: false leaves the default pack out.
  public var defaultRules: Bool?
  /// `fail_on`.
  public var failOn: Severity?
  /// `archive_dir`, resolved like `rules`.
  public var archiveDirectory: String?
  /// `format`: one of `FormatSchema.reportFormats`.
  public var format: String?

  /// An empty configuration read from `path`.
  public init(path: String) { self.path = path }

  /// The keys the file sets, in declaration order, for the line that names the file.
  public var keysSet: [String] {
    var keys: [String] = []
    if rules != nil { keys.append("rules") }
    if defaultRules != nil { keys.append("default_rules") }
    if failOn != nil { keys.append("fail_on") }
    if archiveDirectory != nil { keys.append("archive_dir") }
    if format != nil { keys.append("format") }
    return keys
  }

  /// The nearest `.audit.yaml` from `folder` upward, as a path relative to `folder`
  /// (`.audit.yaml`, `../.audit.yaml` …), or nil. The search stops at the filesystem's root
  /// and after a folder holding `.git` (the checkout's root), like `.swiftlint.yml`'s.
  public static func find(from folder: String) -> String? {
    var absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
    var relative = ""
    let manager = FileManager.default
    while true {
      let candidate = (absolute == "/" ? "" : absolute) + "/" + fileName
      var isFolder: ObjCBool = false
      if manager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
        return relative + fileName
      }
      if manager.fileExists(atPath: absolute + "/.git") || absolute == "/" || absolute.isEmpty {
        return nil
      }
      absolute = (absolute as NSString).deletingLastPathComponent
      relative += "../"
    }
  }

  /// Reads the configuration at `path`: every problem located, at once (exit 2 for the
  /// command line), like a case file's.
  public static func read(path: String) throws(Diagnostics) -> AuditConfig {
    let file = try InputFile.read(path, as: .configFile)
    let decoder = NodeDecoder()
    var config = AuditConfig(path: path)
    // A file of comments only sets nothing.
    if let text = file.text, isBlank(text) { return config }
    config.decode(try file.yaml(), decoder)
    guard !decoder.bag.hasErrors else { throw Diagnostics(decoder.bag.sorted) }
    return config
  }

  /// True when `text` holds nothing but white space and comments.
  private static func isBlank(_ text: String) -> Bool {
    text.split(whereSeparator: \.isNewline).allSatisfy {
      let line = $0.drop { $0 == " " || $0 == "\t" }
      return line.isEmpty || line.hasPrefix("#")
    }
  }

  /// Reads the keys of the file's mapping into this configuration.
  mutating func decode(_ node: YAMLNode, _ decoder: NodeDecoder) {
    guard let fields = decoder.mapping(node, .config) else { return }
    if fields["rules"] != nil {
      rules = fields.strings("rules").map { resolved($0.0) }
    }
    defaultRules = fields.bool("default_rules")
    if let node = fields["fail_on"] {
      failOn = decoder.choice(node, "'fail_on'", as: Severity.self)
    }
    archiveDirectory = fields.string("archive_dir").map(resolved)
    if let node = fields["format"], let text = decoder.string(node, "'format'") {
      if FormatSchema.reportFormats.contains(text) {
        format = text
      } else {
        decoder.report(
          LoadErrors.invalidValue(
            text, for: "'format'", expected: FormatSchema.reportFormats, at: node.location))
      }
    }
  }

  /// `folder`, written relative to this file's folder, as a path from the current folder.
  func resolved(_ folder: String) -> String {
    if folder.hasPrefix("/") { return folder }
    let base = (path as NSString).deletingLastPathComponent
    return base.isEmpty ? folder : base + "/" + folder
  }
}
