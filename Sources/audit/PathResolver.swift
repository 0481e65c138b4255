import Foundation

/// Finds a file whose path matches the one given except for letter case (`cases/arcs.yaml`
/// → `Cases/arcs.yaml`), used with a note on stderr.
enum PathResolver {
  /// `path` itself when it exists or no unique case-insensitive match does.
  static func resolve(_ path: String) -> String {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: path) else { return path }
    let absolute = path.hasPrefix("/")
    var current = absolute ? "/" : "."
    var parts: [String] = []
    for component in path.split(separator: "/").map(String.init) {
      if component == "." || component == ".." {
        parts.append(component)
        current += "/" + component
        continue
      }
      let entries = (try? manager.contentsOfDirectory(atPath: current)) ?? []
      let exact = entries.contains(component)
      let matches = entries.filter { $0.lowercased() == component.lowercased() }
      guard exact || matches.count == 1 else { return path }
      let name = exact ? component : matches[0]
      parts.append(name)
      current += "/" + name
    }
    let resolved = (absolute ? "/" : "") + parts.joined(separator: "/")
    return manager.fileExists(atPath: resolved) ? resolved : path
  }
}
