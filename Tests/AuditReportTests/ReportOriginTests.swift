import XCTest

@testable import AuditReport

/// The case file a report records, read back from the report's first and last bytes.
final class ReportOriginTests: XCTestCase {
  private func read(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    return ReportOrigin.recordedCase(
      head: Array(bytes.prefix(ReportOrigin.headLimit)),
      tail: Array(bytes.suffix(ReportOrigin.tailLimit)))
  }

  func testEveryMarkerReadsBackThePathItWasGiven() {
    for path in [
      "Cases/arcs.yaml", "<stdin>", "/abs/a b/c%d.yaml", "x-->y\"z'&`.yaml",
      "Cas\u{e9}s/\u{1F600}.yaml",
      "line\nbreak.yaml",
    ] {
      XCTAssertEqual(read("# Report\n\ntext\n\n" + ReportOrigin.markdownLine(path)), path)
      XCTAssertEqual(
        read("<!DOCTYPE html>\n<head>\n" + ReportOrigin.htmlMeta(path) + "\n</head>\n"), path)
      let marker = ReportOrigin.markdownLine(path)
      XCTAssertFalse(marker.dropLast(4).contains("-->"), marker)
      XCTAssertEqual(marker.filter { $0 == "\n" }.count, 1, marker)
    }
  }

  func testTheJSONReportsCasePathIsFoundAfterItsSummary() {
    let json = """
      {
        "schema": "audit-report/2",
        "case": {
          "id": "x",
          "period": {"from": "2023", "to": "2024"},
          "tags": [1, true, null, {"path": "not this"}],
          "summary": "a \\"quoted\\" \\u00e9 summary with path: \\"y\\"",
          "path": "Cases/\\u003cx\\u003e \\ud83d\\ude00.yaml"
        },
        "inputs": [{"path": "Cases/other.yaml"}]
      }
      """
    XCTAssertEqual(read(json), "Cases/<x> \u{1F600}.yaml")
    // Cut before `path`: no answer rather than a wrong one.
    let cut = String(json.prefix(upTo: json.range(of: "\"path\": \"Cases")!.lowerBound))
    XCTAssertNil(read(cut))
  }

  func testAFileThatIsNoReportRecordsNoCase() {
    XCTAssertNil(read("notes of my own\n"))
    XCTAssertNil(read("{\"case\": 3}"))
    XCTAssertNil(read(""))
    XCTAssertNil(read("<!-- audit-case: unterminated\n"))
  }
}
