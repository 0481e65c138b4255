import AuditCore
import XCTest

@testable import audit

/// What a run of several cases reports when some fail does not depend on which worker got
/// there first: the cases after the first failure report only what their own reading found.
final class SettledCasesTests: XCTestCase {
  private func failedCase(_ name: String, readingErrors: Int, laterErrors: Int, write: Bool)
    -> AuditedCase
  {
    var audited = AuditedCase(argument: name + ".yaml")
    let reading = (0..<readingErrors).map {
      Diagnostic.error(.schemaValue, "\(name): reading error \($0)", at: nil)
    }
    let later = (0..<laterErrors).map {
      Diagnostic.error(.reportOtherCase, "\(name): target error \($0)", at: nil)
    }
    audited.errors = reading + later
    audited.readingErrorCount = readingErrors
    if write { audited.writeFailure = OutputFailure(path: name + ".md", errno: EISDIR) }
    return audited
  }

  /// A later case prepared (and failed) on another core before the earlier case's failure was
  /// known keeps its reading errors only; the first failure keeps everything.
  func testCasesAfterTheFirstFailureKeepOnlyTheirReadingErrors() {
    let cases = [
      AuditedCase(argument: "good.yaml"),
      failedCase("first", readingErrors: 0, laterErrors: 0, write: true),
      failedCase("second", readingErrors: 1, laterErrors: 2, write: true),
      failedCase("third", readingErrors: 0, laterErrors: 1, write: false),
    ]
    let settled = RunCommand.settled(cases)
    XCTAssertEqual(settled.map(\.errors.count), [0, 0, 1, 0])
    XCTAssertEqual(settled.map { $0.writeFailure != nil }, [false, true, false, false])
    XCTAssertEqual(settled[2].errors.first?.message, "second: reading error 0")
  }

  /// A case that failed while being read (its errors all of its reading) keeps them wherever
  /// it stands; with no failure nothing changes.
  func testUnreadCasesKeepEveryErrorAndGoodRunsAreUnchanged() {
    var unread = AuditedCase(argument: "broken.yaml")
    unread.errors = [.error(.yamlSyntax, "broken", at: nil)]
    let cases = [failedCase("first", readingErrors: 1, laterErrors: 0, write: false), unread]
    XCTAssertEqual(RunCommand.settled(cases).map(\.errors.count), [1, 1])
    let good = [AuditedCase(argument: "a.yaml"), AuditedCase(argument: "b.yaml")]
    XCTAssertEqual(RunCommand.settled(good).map(\.argument), ["a.yaml", "b.yaml"])
  }
}
