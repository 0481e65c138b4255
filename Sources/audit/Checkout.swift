import Foundation

/// A git checkout, found without running git: the nearest folder upward holding `.git`.
enum Checkout {
  /// The root of the checkout holding `folder`, or nil when there is none.
  static func root(from folder: String) -> String? {
    var path = URL(fileURLWithPath: folder).standardizedFileURL.path
    while true {
      if FileManager.default.fileExists(atPath: path + "/.git") { return path }
      guard path != "/", !path.isEmpty else { return nil }
      path = (path as NSString).deletingLastPathComponent
    }
  }

  /// Whether the checkout's top-level `.gitignore` has the line `entry` (`reports/custom/`).
  static func ignores(_ entry: String, root: String) -> Bool {
    guard let text = try? String(contentsOfFile: root + "/.gitignore", encoding: .utf8) else {
      return false
    }
    let bare = entry.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    return text.split(whereSeparator: \.isNewline).contains {
      $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(
        in: CharacterSet(charactersIn: "/"))
        == bare
    }
  }
}
