import AuditCore
import AuditTestSupport
import Foundation
import XCTest

@testable import AuditLoading

/// `.audit.yaml`: found upward like `.swiftlint.yml`, read strictly like a case file.
final class AuditConfigTests: XCTestCase {
  private func folder() throws -> String {
    try TemporaryFolder.make("config")
  }

  private func write(_ text: String, _ path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  func testTheNearestFileUpwardIsFoundAndTheSearchStopsAtTheCheckoutsRoot() throws {
    let root = try folder()
    try FileManager.default.createDirectory(
      atPath: root + "/a/b/c", withIntermediateDirectories: true)
    XCTAssertNil(AuditConfig.find(from: root + "/a/b/c"))
    try write("format: json\n", root + "/.audit.yaml")
    XCTAssertEqual(AuditConfig.find(from: root + "/a/b/c"), "../../../.audit.yaml")
    XCTAssertEqual(AuditConfig.find(from: root), ".audit.yaml")
    try write("format: html\n", root + "/a/b/.audit.yaml")
    XCTAssertEqual(AuditConfig.find(from: root + "/a/b/c"), "../.audit.yaml")
    // A checkout's root ends the search: a file above it belongs to no checkout of it.
    try FileManager.default.removeItem(atPath: root + "/a/b/.audit.yaml")
    try FileManager.default.createDirectory(
      atPath: root + "/a/.git", withIntermediateDirectories: true)
    XCTAssertNil(AuditConfig.find(from: root + "/a/b/c"))
    try write("format: html\n", root + "/a/.audit.yaml")
    XCTAssertEqual(AuditConfig.find(from: root + "/a/b/c"), "../../.audit.yaml")
  }

  func testEveryKeyIsReadAndFoldersAreResolvedAgainstTheFilesFolder() throws {
    let path = FixturePaths.fixtures + "/config/full.yaml"
    let config = try AuditConfig.read(path: path)
    let base = FixturePaths.fixtures + "/config/"
    XCTAssertEqual(config.rules, [base + "../pack"])
    XCTAssertEqual(config.defaultRules, false)
    XCTAssertEqual(config.failOn, .high)
    XCTAssertEqual(config.archiveDirectory, base + "../archive")
    XCTAssertEqual(config.format, "json")
    XCTAssertEqual(config.keysSet, ["rules", "default_rules", "fail_on", "archive_dir", "format"])
    // Found in the current folder: paths as written; absolute paths as they are.
    let here = AuditConfig(path: ".audit.yaml")
    XCTAssertEqual(here.resolved("my-rules"), "my-rules")
    XCTAssertEqual(AuditConfig(path: "../../.audit.yaml").resolved("my-rules"), "../../my-rules")
    XCTAssertEqual(here.resolved("/srv/pack"), "/srv/pack")
  }

  func testAFileOfCommentsSetsNothing() throws {
    let path = try folder() + "/.audit.yaml"
    try write("# nothing yet\n\n  # indented\n", path)
    XCTAssertEqual(try AuditConfig.read(path: path), AuditConfig(path: path))
  }

  func testEveryProblemIsLocatedAtOnce() throws {
    let path = try folder() + "/.audit.yaml"
    try write(
      """
      rules: my-rules
      fail_on: severe
      format: pdf
      default_rules: yes
      formt: x

      """, path)
    XCTAssertThrowsError(try AuditConfig.read(path: path)) { error in
      let rendered = (error as? Diagnostics)?.all.map(\.description) ?? []
      XCTAssertEqual(rendered.count, 5, "\(rendered)")
      let expected = [
        "\(path):1:8: error: ", "\(path):2:10: error: ", "\(path):3:9: error: ",
        "\(path):4:16: error: ",
        "\(path):5:1: error: unknown key 'formt' in .audit.yaml; did you mean 'format'?",
      ]
      for (line, prefix) in zip(rendered, expected) {
        XCTAssertTrue(line.hasPrefix(prefix), "\(line) does not start with \(prefix)")
      }
      XCTAssertTrue(rendered[1].contains("'severe'") && rendered[1].contains("critical"))
      XCTAssertTrue(rendered[2].contains("'pdf'") && rendered[2].contains("markdown"))
    }
  }

  func testTheSchemaAndTheReaderAgreeOnTheFormats() {
    XCTAssertEqual(
      FormatSchema.config.keyNames, ["rules", "default_rules", "fail_on", "archive_dir", "format"])
    XCTAssertNotNil(FormatDocument.named("config"))
  }
}
