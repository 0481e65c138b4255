import AuditReport
import AuditTestSupport
import Foundation
import XCTest

@testable import audit

/// The writer itself, with its temporary names fixed so a test can plant something there.
final class ReportWriterTests: XCTestCase {
  func testAPlantedLinkAtTheTemporaryNameIsNeverFollowed() throws {
    let folder = try AuditProcess.temporaryFolder()
    let victim = folder + "/victim.txt"
    try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/.r.md.planted.tmp", withDestinationPath: victim)
    let target = ReportWriter.Output(path: folder + "/r.md", text: "report")
    // Every name taken: the writer gives up rather than open the link.
    XCTAssertThrowsError(try ReportWriter.write([target], token: { "planted" })) { error in
      XCTAssertEqual((error as? OutputFailure)?.reason, "File exists")
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/r.md"))
    // The next name is free: it is used, and the link is left alone.
    var names = ["planted", "fresh"].makeIterator()
    try ReportWriter.write([target], token: { names.next() ?? "fresh" })
    XCTAssertEqual(try String(contentsOfFile: folder + "/r.md", encoding: .utf8), "report")
    XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
      [".r.md.planted.tmp", "r.md", "victim.txt"])
  }

  /// Issue 23: a link pointing to a pipe when the target is opened, and to a regular file just
  /// after. The writer judges the descriptor it opened, never the path again: the report goes
  /// to the pipe, the file is never written.
  func testALinkSwappedToAFileAfterOpeningNeverRedirectsTheReport() throws {
    let folder = try AuditProcess.temporaryFolder()
    let (pipe, victim, link) = (folder + "/pipe", folder + "/victim.txt", folder + "/out")
    XCTAssertEqual(mkfifo(pipe, 0o600), 0)
    let reader = open(pipe, O_RDONLY | O_NONBLOCK)
    XCTAssertGreaterThanOrEqual(reader, 0)
    defer { close(reader) }
    try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
    XCTAssertEqual(symlink(pipe, link), 0)
    try ReportWriter.write(
      [ReportWriter.Output(path: link, text: "report")],
      afterOpening: { _ in
        unlink(link)
        symlink(victim, link)
      })
    XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious")
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = read(reader, &buffer, buffer.count)
    XCTAssertEqual(String(decoding: buffer[0..<max(count, 0)], as: UTF8.self), "report")
  }

  /// The other way round: a link to a regular file when opened, to a pipe just after. The file
  /// is replaced by rename (the link itself), never written through; the pipe gets nothing.
  func testALinkSwappedToAPipeAfterOpeningIsReplacedNotWrittenThrough() throws {
    let folder = try AuditProcess.temporaryFolder()
    let (pipe, victim, link) = (folder + "/pipe", folder + "/victim.txt", folder + "/out")
    XCTAssertEqual(mkfifo(pipe, 0o600), 0)
    let reader = open(pipe, O_RDONLY | O_NONBLOCK)
    defer { close(reader) }
    try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
    XCTAssertEqual(symlink(victim, link), 0)
    try ReportWriter.write(
      [ReportWriter.Output(path: link, text: "report")],
      afterOpening: { _ in
        unlink(link)
        symlink(pipe, link)
      })
    XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious")
    XCTAssertEqual(try String(contentsOfFile: link, encoding: .utf8), "report")
    var buffer = [UInt8](repeating: 0, count: 64)
    XCTAssertLessThanOrEqual(read(reader, &buffer, buffer.count), 0)
  }

  func testTemporaryNamesAreRandom() {
    let names = Set((0..<100).map { _ in ReportWriter.randomToken() })
    XCTAssertEqual(names.count, 100)
    XCTAssertTrue(names.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
  }

  func testAFailedTargetRemovesEveryTemporaryFileAndFolderMadeForTheOthers() throws {
    let folder = try AuditProcess.temporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/taken.md", withIntermediateDirectories: false)
    let outputs = [
      ReportWriter.Output(path: folder + "/new/deeper/a.md", text: "a"),
      ReportWriter.Output(path: folder + "/b.md", text: "b"),
      ReportWriter.Output(path: folder + "/taken.md", text: "c"),
    ]
    XCTAssertThrowsError(try ReportWriter.write(outputs)) { error in
      XCTAssertEqual(
        error as? OutputFailure, OutputFailure(path: folder + "/taken.md", errno: EISDIR))
    }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["taken.md"])
  }

  func testALinkToARegularFileIsReplacedAndItsTargetLeftAlone() throws {
    let folder = try AuditProcess.temporaryFolder()
    try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/elsewhere.md"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/r.md", withDestinationPath: folder + "/elsewhere.md")
    try ReportWriter.write("new", to: folder + "/r.md")
    XCTAssertEqual(
      try FileManager.default.attributesOfItem(atPath: folder + "/r.md")[.type]
        as? FileAttributeType,
      .typeRegular)
    XCTAssertEqual(try String(contentsOfFile: folder + "/r.md", encoding: .utf8), "new")
    XCTAssertEqual(try String(contentsOfFile: folder + "/elsewhere.md", encoding: .utf8), "old")
  }

  func testAReplacedReportKeepsItsMode() throws {
    let folder = try AuditProcess.temporaryFolder()
    let path = folder + "/r.md"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(chmod(path, 0o600), 0)
    try ReportWriter.write("new", to: path)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
  }

  /// A report goes into its temporary file as it is rendered, never held whole: once twice the
  /// writing thread's bound is made, all but that bound and the stream's buffer is on disk.
  func testADocumentIsWrittenWhileItIsRendered() throws {
    let folder = try AuditProcess.temporaryFolder()
    let line = String(repeating: "x", count: 99) + "\n"
    let lines = 2 * WriteBehind.defaultLimit / line.utf8.count
    var onDiskHalfway = 0
    let output = ReportWriter.Output(path: folder + "/big.md") { stream in
      for _ in 0..<lines { stream.write(line) }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      let temporary = names.first { $0.hasPrefix(".big.md.") && $0.hasSuffix(".tmp") }
      let size = temporary.flatMap {
        try? FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] as? Int
      }
      onDiskHalfway = size ?? 0
      for _ in 0..<lines { stream.write(line) }
    }
    try ReportWriter.write([output])
    let rendered = lines * line.utf8.count
    XCTAssertGreaterThanOrEqual(
      onDiskHalfway, rendered - WriteBehind.defaultLimit - ReportStream.defaultCapacity - 4096)
    XCTAssertLessThanOrEqual(onDiskHalfway, rendered)
    let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/big.md"))
    XCTAssertEqual(written, Data(String(repeating: line, count: 2 * lines).utf8))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["big.md"])
  }
}
