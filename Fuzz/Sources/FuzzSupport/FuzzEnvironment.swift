import AuditCore
import AuditLoading
import Foundation

/// What every fuzz target needs once, before the first input: where the repository is and
/// the default rule pack's vocabulary.
public enum FuzzEnvironment {
  /// The repository's root: `$AUDIT_FUZZ_ROOT`, else two levels above this package's sources.
  public static let root: String = {
    if let root = ProcessInfo.processInfo.environment["AUDIT_FUZZ_ROOT"], !root.isEmpty {
      return root
    }
    // Fuzz/Sources/FuzzSupport/FuzzEnvironment.swift → the repository.
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  }()

  /// The default pack (`Rules/`), loaded as `audit check` loads it; a broken pack stops the
  /// fuzzer before it starts, since every input would then fail the same way. Its files are
  /// parsed on this thread, inside the one-time initialiser (not on every core as the command
  /// line does), since the leak check (`Fuzz/lsan.supp`) exempts only what that initialiser
  /// allocates: a target's setup must not run on worker threads.
  public static let catalogue: RuleCatalogue = {
    do {
      return try PackLoader.load([root + "/Rules"], parallel: false)
    } catch {
      fatalError("fuzz setup: the default pack does not load:\n\(error)")
    }
  }()

  /// The input's bytes as text: invalid UTF-8 is repaired, so every input reaches the code
  /// under test (the case target also feeds the raw bytes, to test the strict decoding).
  public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  }

  /// Renders every diagnostic with its source line and caret, as the command line does, so
  /// the locations the code under test computes are exercised too.
  @discardableResult
  public static func render(_ diagnostics: Diagnostics, in source: SourceText) -> Int {
    let sources = [source.path: source]
    var length = 0
    for diagnostic in diagnostics.all.sorted() {
      length += diagnostic.rendered(with: sources).utf8.count
    }
    return length
  }
}
