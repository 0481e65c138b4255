import AuditCore
import AuditDigest
import AuditEngine
import AuditLoading
import AuditTestSupport
import Foundation
import XCTest

final class ArchiveVerifierTests: XCTestCase {
  let folder = FixturePaths.fixtures + "/archive"

  func audit(sha256: String, quotes: [String], path: String = "article.txt") -> AuditCase {
    let source = Source(
      id: "article", title: "Article", type: "investigative_report", reliability: .B,
      archive: .init(path: path, sha256: sha256, location: archiveKey))
    let actions = quotes.enumerated().map { index, quote in
      Action(
        id: "a\(index)", date: DateRange(PartialDate(year: 2023)!), actor: "ns",
        type: "public_statement",
        summary: "s",
        evidence: [Evidence(source: "article", quote: quote, credibility: 2, kind: .fact)])
    }
    return AuditCase(
      id: "t", title: "t", subject: "ns",
      period: (PartialDate(year: 2023)!, PartialDate(year: 2023)!),
      summary: "t", organizations: [], people: [], sources: [source], actions: actions,
      responses: [],
      path: "t.yaml")
  }

  var digest: String {
    SHA256.hex(FileManager.default.contents(atPath: folder + "/article.txt")!)
  }

  func testQuotesMatchAfterNormalisingWhiteSpaceAndTypographicQuotes() {
    let c = audit(sha256: digest, quotes: ["president said: \"we support him.\"", "Nothing else"])
    let (verification, problems) = ArchiveVerifier.verify(
      c, caseFolder: folder, archiveDirectory: nil)
    XCTAssertEqual(problems, [])
    XCTAssertEqual(c.actions.map { verification.status(of: $0.evidence[0]) }, [true, true])
  }

  func testAnAlteredQuoteIsAnError() {
    let c = audit(sha256: digest, quotes: ["we support them."])
    let (verification, problems) = ArchiveVerifier.verify(
      c, caseFolder: folder, archiveDirectory: nil)
    XCTAssertEqual(problems.map(\.code), [.archiveQuote])
    XCTAssertEqual(verification.status(of: c.actions[0].evidence[0]), false)
  }

  func testAHashMismatchIsAnErrorAndAMissingCopyAWarning() {
    let wrong = audit(sha256: String(repeating: "0", count: 64), quotes: ["Nothing else"])
    XCTAssertEqual(
      ArchiveVerifier.verify(wrong, caseFolder: folder, archiveDirectory: nil).1.map(\.code),
      [.archiveHash])
    let missing = audit(sha256: digest, quotes: ["Nothing else"])
    let (verification, problems) = ArchiveVerifier.verify(
      missing, caseFolder: "/nonexistent", archiveDirectory: nil)
    XCTAssertEqual(problems.map(\.code), [.archiveMissing])
    XCTAssertNil(verification.status(of: missing.actions[0].evidence[0]))
    XCTAssertEqual(
      ArchiveVerifier.verify(missing, caseFolder: "/nonexistent", archiveDirectory: folder).1, [])
  }

  let archiveKey = SourceLocation(path: "t.yaml", line: 7, column: 5)

  /// A case folder inside a scratch folder that also holds a file outside the case's folder.
  func scratch() throws -> (caseFolder: String, outside: String) {
    let root = try TemporaryFolder.make("archive")
    try FileManager.default.createDirectory(
      atPath: root + "/case", withIntermediateDirectories: true)
    let outside = root + "/outside.txt"
    try Data("secret president said".utf8).write(to: URL(fileURLWithPath: outside))
    return (root + "/case", outside)
  }

  func testArchivePathsOutsideTheFolderAreLocatedErrorsThatNeverShowTheirHash() throws {
    let (caseFolder, outside) = try scratch()
    let secretHash = SHA256.hex(FileManager.default.contents(atPath: outside)!)
    try FileManager.default.createSymbolicLink(
      atPath: caseFolder + "/link.txt", withDestinationPath: outside)
    let expected = [
      "../outside.txt": "leaves the case's folder (or --archive-dir) through '..'",
      "sub/../../outside.txt": "leaves the case's folder (or --archive-dir) through '..'",
      outside: "is absolute; give it relative to the case's folder or --archive-dir",
      "link.txt":
        "leads, through a symbolic link, outside the case's folder (or --archive-dir)",
    ]
    for (path, reason) in expected {
      // Even the outside file's true hash certifies nothing.
      let c = audit(sha256: secretHash, quotes: ["president said"], path: path)
      let (verification, problems) = ArchiveVerifier.verify(
        c, caseFolder: caseFolder, archiveDirectory: nil)
      XCTAssertEqual(
        problems,
        [
          .error(
            .archivePath, "archive path '\(path)' of source 'article' \(reason)", at: archiveKey
          )
        ],
        path)
      XCTAssertFalse(problems.contains { $0.message.contains(secretHash) }, path)
      XCTAssertNil(verification.status(of: c.actions[0].evidence[0]), path)
    }
    // With --archive-dir the same rule holds relative to that folder.
    let c = audit(sha256: secretHash, quotes: [], path: "../outside.txt")
    XCTAssertEqual(
      ArchiveVerifier.verify(c, caseFolder: "/nonexistent", archiveDirectory: caseFolder).1.map(
        \.code), [.archivePath])
  }

  func testAPathThatStaysInsideAfterNormalisingIsRead() throws {
    let c = audit(sha256: digest, quotes: ["Nothing else"], path: "./sub/../article.txt")
    XCTAssertEqual(ArchiveVerifier.verify(c, caseFolder: folder, archiveDirectory: nil).1, [])
  }

  func testAFolderOrANamedPipeIsNamedForWhatItIs() throws {
    let (caseFolder, _) = try scratch()
    try FileManager.default.createDirectory(
      atPath: caseFolder + "/folder.txt", withIntermediateDirectories: false)
    XCTAssertEqual(mkfifo(caseFolder + "/pipe.txt", 0o644), 0)
    for (path, kind) in [("folder.txt", "a folder"), ("pipe.txt", "a named pipe (FIFO)")] {
      let c = audit(sha256: digest, quotes: [], path: path)
      XCTAssertEqual(
        ArchiveVerifier.verify(c, caseFolder: caseFolder, archiveDirectory: nil).1,
        [
          .error(
            .archivePath,
            "archive path '\(path)' of source 'article' is \(kind), not a regular file",
            at: archiveKey)
        ])
    }
  }

  /// Issue 23: a sparse archive of gigabytes took memory for all of them. Past its bound it is
  /// a located error, judged on its size before a byte is read.
  func testAnArchiveOverItsBoundIsALocatedErrorAndIsNotRead() throws {
    let (caseFolder, _) = try scratch()
    let path = caseFolder + "/huge.txt"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    XCTAssertEqual(ftruncate(descriptor, off_t(InputKind.archive.limit + 1)), 0)
    close(descriptor)
    let c = audit(sha256: digest, quotes: ["Nothing else"], path: "huge.txt")
    let problems = ArchiveVerifier.verify(c, caseFolder: caseFolder, archiveDirectory: nil).1
    XCTAssertEqual(problems.map(\.code), [.inputSize])
    XCTAssertEqual(problems.first?.location, archiveKey)
    XCTAssertTrue(problems.first?.message.contains("256 MiB") ?? false, "\(problems)")
  }

  func testSHA256OfKnownVectors() {
    XCTAssertEqual(
      SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(
      SHA256.hex(Array("abc".utf8)),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array(String(repeating: "a", count: 1000).utf8)
    XCTAssertEqual(
      SHA256.hex(long), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    // FIPS 180-2's two-block message (448 bits: the padding needs a second block).
    let twoBlocks = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    XCTAssertEqual(
      SHA256.hex(twoBlocks), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }
}
