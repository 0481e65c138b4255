/// A cache of rendered Markdown for texts every finding repeats (principles, references):
/// escaping them once per report instead of once per finding keeps large reports linear and fast.
///
/// Local to one rendering, never shared between threads.
final class RenderedTexts {
  private var texts: [String: String] = [:]

  /// The text rendered for `key`, computed by `render` the first time.
  func text(for key: String, render: () -> String) -> String {
    if let text = texts[key] { return text }
    let text = render()
    texts[key] = text
    return text
  }
}
