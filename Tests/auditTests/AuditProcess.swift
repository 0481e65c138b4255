import AuditTestSupport
import Foundation
import XCTest

/// Runs the built `audit` executable, as a user would, from the repository's root.
struct AuditProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The executable `swift build` put beside the test bundle.
  static var executable: URL {
    let candidates =
      [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
      + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
    for folder in candidates {
      let url = folder.appendingPathComponent("audit")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return url
      }
    }
    return URL(fileURLWithPath: FixturePaths.root + "/.build/debug/audit")
  }

  /// Runs `program` (the built tool unless given) in `folder`. The environment is this
  /// process's, without `AUDIT_RULES` and with `NO_COLOR`, changed by `environment` (a nil
  /// value removes the variable); `input`, if given, is piped into its standard input.
  static func run(
    _ arguments: [String], in folder: String = FixturePaths.root,
    environment: [String: String?] = [:], program: URL = executable, input: Data? = nil
  )
    throws -> Result
  {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["AUDIT_RULES"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let feed = input.map { _ in Pipe() }
    if let feed { process.standardInput = feed }
    try process.run()
    if let feed, let input {
      // Written from another thread, so a large input cannot block on a full pipe.
      let writer = feed.fileHandleForWriting
      Thread.detachNewThread {
        writer.write(input)
        try? writer.close()
      }
    }
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationReason, .exit, "audit \(arguments) crashed")
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs the built tool with its standard output on a new pseudo-terminal, and returns what
  /// the terminal received. `environment` as for `run`.
  static func runOnTerminal(_ arguments: [String], environment: [String: String?] = [:]) throws
    -> String
  {
    // Glibc's Swift module leaves the pseudo-terminal calls out (they need _XOPEN_SOURCE).
    typealias Open = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    func function<T>(_ name: String, as type: T.Type) -> T? {
      dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: type) }
    }
    guard let openTerminal = function("posix_openpt", as: Open.self),
      let grant = function("grantpt", as: Open.self),
      let unlock = function("unlockpt", as: Open.self),
      let nameOf = function("ptsname", as: Name.self)
    else { throw XCTSkip("no pseudo-terminal calls here") }
    let terminal = openTerminal(O_RDWR | O_NOCTTY)
    guard terminal >= 0, grant(terminal) == 0, unlock(terminal) == 0, let name = nameOf(terminal)
    else { throw XCTSkip("no pseudo-terminal here") }
    defer { close(terminal) }
    let side = open(String(cString: name), O_RDWR | O_NOCTTY)
    guard side >= 0 else { throw XCTSkip("cannot open the pseudo-terminal") }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: FixturePaths.root)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["AUDIT_RULES"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = FileHandle(fileDescriptor: side, closeOnDealloc: true)
    process.standardError = Pipe()
    try process.run()
    process.standardOutput = nil  // the child holds the terminal now; reading ends when it exits
    var received = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(terminal, &buffer, buffer.count)
      if count <= 0 { break }
      received.append(contentsOf: buffer[0..<count])
    }
    process.waitUntilExit()
    return String(decoding: received, as: UTF8.self)
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> String {
    try TemporaryFolder.make("test")
  }
}
