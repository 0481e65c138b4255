import AuditTestSupport
import Foundation
import XCTest

@testable import audit

/// The conventions shells and CI expect: NO_COLOR as no-color.org defines it, TERM=dumb, the
/// exit statuses listed in --help, and completion of the default command's options.
final class TerminalConventionsTests: XCTestCase {
  func testColourFollowsNOCOLORAndTERM() {
    XCTAssertTrue(TerminalColor.isWanted(environment: [:]))
    XCTAssertTrue(TerminalColor.isWanted(environment: ["NO_COLOR": ""]), "empty does not count")
    XCTAssertFalse(TerminalColor.isWanted(environment: ["NO_COLOR": "1"]))
    XCTAssertFalse(TerminalColor.isWanted(environment: ["TERM": "dumb"]))
    XCTAssertTrue(TerminalColor.isWanted(environment: ["TERM": "xterm-256color"]))
  }

  func testHelpListsEveryExitStatus() throws {
    let help = try AuditProcess.run(["--help"])
    for status in ["0 done", "1 findings", "2 bad input", "3 an output could not be written"] {
      XCTAssertTrue(help.stdout.contains(status), status + "\n" + help.stdout)
    }
  }
}
