import Foundation

/// Chromium run headless on a local file: the DOM it built and what the page logged.
struct HeadlessBrowser {
  /// What one page load gave.
  struct Page {
    var status: Int32
    /// The DOM after load, serialised.
    var dom: String
    /// The browser's whole log (its own noise included).
    var log: String
    /// The page's console messages, one per line of the log that carries one.
    var consoleMessages: [String] {
      log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
    }
  }

  var executable: String

  /// `chromium` (Debian's package) or `chromium-browser` on `PATH`, or nil.
  static func find() -> HeadlessBrowser? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser"] {
      for folder in path.split(separator: ":") {
        let candidate = folder + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) {
          return HeadlessBrowser(executable: candidate)
        }
      }
    }
    return nil
  }

  /// Loads `file` with a fresh profile in `profile`; console messages go to the log at level 0.
  func load(_ file: String, profile: String) throws -> Page {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
      "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
      URL(fileURLWithPath: file).absoluteString,
    ]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // A browser that hangs (no display, a locked profile) must fail the test, not stall it.
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
    defer { watchdog.cancel() }
    // Read the two pipes at once, so neither fills while the other is read.
    let logData = LockedData()
    let reader = Thread { logData.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let dom = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !logData.isSet { usleep(10_000) }
    return Page(
      status: process.terminationStatus, dom: String(decoding: dom, as: UTF8.self),
      log: String(decoding: logData.value, as: UTF8.self))
  }
}

/// Data written by one thread and read by another.
private final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?
  var isSet: Bool { lock.withLock { data != nil } }
  var value: Data { lock.withLock { data ?? Data() } }
  func set(_ value: Data) { lock.withLock { data = value } }
}
