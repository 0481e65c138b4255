import AuditCore
import AuditReport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one case's report is about to be written, and the check that it does not replace the
/// report of another case file: reports are named by case id, so a copied case keeps the id of
/// the case it was copied from.
///
/// The report already at the target says which case file it was made from (`ReportOrigin`).
/// When that is the case file of this run, the report is replaced silently, as every re-run
/// does; when it is another file, the run stops (E-REPORT-OTHER-CASE, exit 2, nothing written)
/// unless `--force`. A target with no report there, or a file that records no case (not a
/// report, or one written before reports recorded their case), is written as before.
struct ReportTarget {
  /// The report's path, as it will be written.
  var path: String
  /// The case file, as this run names it (and as the report will record it).
  var casePath: String
  /// The case id, for the message.
  var caseID: String

  /// How a case read from standard input is named.
  static let standardInput = InputFile.standardInputName

  /// One error per target holding another case file's report; with `force`, none.
  static func conflicts(_ targets: [ReportTarget], force: Bool) -> [Diagnostic] {
    guard !force else { return [] }
    return targets.compactMap { target in
      guard let recorded = recordedCase(at: target.path),
        !isSameCase(recorded: recorded, current: target.casePath, reportPath: target.path)
      else { return nil }
      let shown = { (text: String) in VisibleText.escaped(text) }
      return .error(
        .reportOtherCase,
        "\(shown(target.path)) is the report of \(shown(recorded)), not of \(shown(target.casePath)) "
          + "(both have case id '\(target.caseID)'): give the copy its own id, write elsewhere "
          + "with -o PATH, or replace that report with --force",
        at: nil)
    }
  }

  /// The case file recorded by the report at `path`; nil when no regular file is there or
  /// it records none. Only its first MiB and last 4 KiB are read.
  static func recordedCase(at path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(info.st_size)
    let head = read(descriptor, at: 0, count: min(size, ReportOrigin.headLimit))
    let tailStart = max(0, size - ReportOrigin.tailLimit)
    let tail = read(descriptor, at: tailStart, count: size - tailStart)
    return ReportOrigin.recordedCase(head: head, tail: tail)
  }

  private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = bytes.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done))
      }
      if got < 0, errno == EINTR { continue }
      if got <= 0 { break }
      done += got
    }
    return Array(bytes[..<done])
  }

  /// Whether `recorded` (a case path as a report recorded it, relative to the folder that run
  /// was in) names the same file as `current` (relative to this run's folder). The same text
  /// is the same case; otherwise the recorded path is tried from the folders of `bases` and
  /// compared with the current case file by device and inode, so a run from another folder
  /// still recognises its own report.
  static func isSameCase(recorded: String, current: String, reportPath: String) -> Bool {
    if recorded == current { return true }
    guard recorded != standardInput, current != standardInput, let identity = identity(current)
    else { return false }
    if recorded.hasPrefix("/") { return Self.identity(recorded) == identity }
    return bases(for: reportPath, current: current).contains {
      Self.identity($0 + "/" + recorded) == identity
    }
  }

  /// The folders a relative recorded path may be relative to: this folder, the one holding
  /// the report's `reports/`, the checkout's root, and every folder above the current case
  /// file (the run that wrote the report was in one of them, if it read this file). Only the
  /// very same file matches, so trying more folders never takes another case for this one.
  static func bases(for reportPath: String, current: String) -> [String] {
    var bases = ["."]
    var above = URL(fileURLWithPath: current).standardizedFileURL.deletingLastPathComponent().path
    while true {
      bases.append(above)
      guard above != "/", !above.isEmpty else { break }
      above = (above as NSString).deletingLastPathComponent
    }
    var folder = URL(fileURLWithPath: reportPath).deletingLastPathComponent()
    if folder.lastPathComponent == "custom" { folder.deleteLastPathComponent() }
    if folder.lastPathComponent == "reports" {
      bases.append(folder.deletingLastPathComponent().path)
    }
    if let root = Checkout.root(from: FileManager.default.currentDirectoryPath) {
      bases.append(root)
    }
    return bases
  }

  /// A file's device and inode, following links; nil when it cannot be looked up.
  private static func identity(_ path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }
}
