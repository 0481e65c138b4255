import AuditCore
import AuditTestSupport
import XCTest

@testable import AuditReport

/// Reports written as streams: handed on in pieces, never held whole, the same bytes however
/// they are cut.
final class ReportStreamTests: XCTestCase {
  /// Everything written, and the pieces it was handed on in.
  private final class Pieces {
    var all: [[UInt8]] = []
    var bytes: [UInt8] { all.flatMap { $0 } }
  }

  func testPiecesAreHandedOnWhenTheBufferFills() {
    let pieces = Pieces()
    var stream = ReportStream(capacity: 8) { piece in
      pieces.all.append(Array(piece))
      return true
    }
    for _ in 0..<10 { stream.write("abc") }
    XCTAssertEqual(pieces.all.count, 3, "nothing is handed on before the buffer fills")
    stream.write("é")
    stream.flush()
    XCTAssertEqual(
      String(decoding: pieces.bytes, as: UTF8.self), String(repeating: "abc", count: 10) + "é")
    XCTAssertTrue(pieces.all.dropLast().allSatisfy { $0.count >= 8 && $0.count < 8 + 3 })
    stream.flush()
    XCTAssertEqual(pieces.all.count, 4, "an empty buffer hands on nothing")
  }

  func testARefusedPieceStopsTheStream() {
    let pieces = Pieces()
    var stream = ReportStream(capacity: 4) { piece in
      pieces.all.append(Array(piece))
      return pieces.all.count < 2
    }
    stream.write("1234")
    XCTAssertFalse(stream.isStopped)
    stream.write("5678")
    XCTAssertTrue(stream.isStopped)
    stream.write("9999")
    stream.flush()
    XCTAssertEqual(pieces.all.map { String(decoding: $0, as: UTF8.self) }, ["1234", "5678"])
  }

  /// Every renderer gives the same bytes whether its stream is cut every byte, every few bytes
  /// or not at all: a piece may split a line or a character.
  func testEveryReportIsTheSameBytesHoweverTheStreamIsCut() {
    let renderers: [any ReportRenderer] = [MarkdownReport(), JSONReport(), HTMLReport()]
    for (name, context) in JSONReportTests.contexts() {
      let report = PreparedReport(context)
      for renderer in renderers {
        let whole = renderer.render(report)
        XCTAssertFalse(whole.isEmpty)
        for capacity in [1, 3, 7, 4096] {
          let pieces = Pieces()
          var stream = ReportStream(capacity: capacity) { piece in
            pieces.all.append(Array(piece))
            return true
          }
          renderer.write(report, to: &stream)
          stream.flush()
          XCTAssertEqual(
            String(decoding: pieces.bytes, as: UTF8.self), whole,
            "\(name), \(renderer.fileExtension), pieces of \(capacity)")
          if capacity < 64 {
            XCTAssertGreaterThan(pieces.all.count, 10)
          }
        }
      }
    }
  }

  /// A piece as long as the buffer is handed on whole, after what was buffered before it.
  func testALongPieceGoesOnWholeAfterWhatIsBuffered() {
    let pieces = Pieces()
    var stream = ReportStream(capacity: 8) { piece in
      pieces.all.append(Array(piece))
      return true
    }
    stream.write("abc")
    stream.write("0123456789")
    stream.write("de")
    stream.flush()
    XCTAssertEqual(
      pieces.all.map { String(decoding: $0, as: UTF8.self) }, ["abc", "0123456789", "de"])
  }

  /// Elements rendered in blocks on several threads are the bytes of writing them one by one,
  /// for every count and block size, wherever the array stands: first in its object or after
  /// other elements, deep or not, its elements holding empty and escaped values.
  func testElementsRenderedInBlocksAreTheBytesOfWritingThemOneByOne() {
    @Sendable func element(_ position: Int, _ json: inout JSONWriter) {
      json.beginObject()
      json.field("n", position)
      json.field("text", position % 3 == 0 ? "a \"quoted\" <b>\u{202E}" : nil)
      json.field("list", strings: (0..<abs(position) % 4).map { "item \($0)" })
      json.end()
    }
    for count in [0, 1, 2, 3, 5, 6, 7, 13, 40] {
      for block in [1, 2, 3, 8] {
        for before in 0..<2 {
          func document(_ write: (inout JSONWriter) -> Void) -> String {
            JSONWriter.document { json in
              json.object { json in
                json.field("first", 1)
                json.object("deep") { json in
                  json.array("rows") { json in
                    for position in 0..<before { element(-1 - position, &json) }
                    write(&json)
                  }
                  json.field("after", "end")
                }
              }
            }
          }
          let oneByOne = document { json in
            for position in 0..<count { element(position, &json) }
          }
          let inBlocks = document { json in json.elements(count, block: block, element) }
          XCTAssertEqual(
            inBlocks, oneByOne, "\(count) elements, blocks of \(block), \(before) before")
        }
      }
    }
  }

  /// The JSON report with its acts and people rendered a few at a time on several threads is
  /// the report rendered on one.
  func testTheJSONReportIsTheSameBytesWhateverItsBlocks() throws {
    for (name, context) in JSONReportTests.contexts() {
      let report = PreparedReport(context)
      let whole = JSONReport(block: .max / 4).render(report)
      for block in [1, 2, 5] {
        XCTAssertEqual(
          JSONReport(block: block).render(report), whole, "\(name), blocks of \(block)")
      }
      XCTAssertEqual(JSONReport().render(report), whole, name)
    }
  }

  /// The layout the reports have always had: two spaces a level, `[]` and `{}` when empty.
  func testJSONLayout() {
    let document = JSONWriter.document { json in
      json.object { json in
        json.array("empty") { _ in }
        json.object("nested") { json in
          json.array("values") { json in
            json.int(-1)
            json.string("x")
            json.string(nil)
            json.bool(true)
            json.null()
            json.object { _ in }
          }
          json.field("no", false)
          json.field("strings", strings: ["a"])
          json.field("ints", ints: [])
        }
      }
    }
    XCTAssertEqual(
      document,
      """
      {
        "empty": [],
        "nested": {
          "values": [
            -1,
            "x",
            null,
            true,
            null,
            {}
          ],
          "no": false,
          "strings": [
            "a"
          ],
          "ints": []
        }
      }

      """)
  }

  /// Escapes for every kind of character, ASCII or not, in runs and alone.
  func testJSONStringsEscapeHiddenCharactersOfEveryLength() throws {
    let text =
      "a\u{7F}b\u{85}c\u{61C}d\u{200B}e\u{FEFF}f\u{E007F}g é中😀\u{2029}\"\\/\u{1}"
    let document = JSONWriter.document { $0.string(text) }
    XCTAssertEqual(
      document,
      "\"a\\u007fb\\u0085c\\u061cd\\u200be\\ufefff\\udb40\\udc7fg é中😀\\u2029\\\"\\\\/\\u0001\"\n")
    let parsed = try JSONSerialization.jsonObject(
      with: Data(document.utf8), options: .fragmentsAllowed)
    XCTAssertEqual(parsed as? String, text)
  }

  /// The writer copies a string whole when it finds nothing to escape, and decodes only the
  /// scalars whose first byte could start an escape: random strings of plain text, controls,
  /// quotes, backslashes, `< > &`, hidden and bidi characters, separators, accented letters,
  /// CJK and emoji come out exactly as escaping scalar by scalar writes them, whatever the
  /// stream's capacity, long strings (past the stream's reserve) included.
  func testJSONStringsMatchScalarByScalarEscapingOnRandomText() throws {
    let pool: [Unicode.Scalar] = [
      "a", "Z", "0", " ", "/", "~", "\u{0}", "\u{1}", "\u{1F}", "\n", "\r", "\t", "\"", "\\",
      "<", ">", "&", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{AD}", "é", "\u{600}",
      "\u{61C}", "\u{61D}", "\u{200A}", "\u{200B}", "\u{200E}", "\u{2014}", "\u{2019}",
      "\u{201C}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{206A}",
      "\u{2060}", "中", "\u{FEFE}", "\u{FEFF}", "\u{FFFD}", "😀", "\u{E0000}", "\u{E0041}",
      "\u{E007F}", "\u{E0080}", "\u{F0000}",
    ]
    var generator = SeededGenerator(seed: 22)
    for round in 0..<600 {
      // Mostly plain text, some strings with one rare scalar, some dense with them.
      let length =
        round % 50 == 0
        ? Int.random(in: 4000...9000, using: &generator)
        : Int.random(in: 0...40, using: &generator)
      let density = [0.0, 0.02, 0.3, 1.0][round % 4]
      var text = String.UnicodeScalarView()
      for _ in 0..<length {
        if Double.random(in: 0..<1, using: &generator) < density {
          text.append(pool.randomElement(using: &generator)!)
        } else {
          text.append(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator)))
        }
      }
      let string = String(text)
      let expected = "\"" + string.unicodeScalars.map(Self.escaped).joined() + "\"\n"
      XCTAssertEqual(JSONWriter.document { $0.string(string) }, expected, "round \(round)")
      var bytes: [UInt8] = []
      var small = ReportStream(capacity: 5) { piece in
        bytes.append(contentsOf: piece)
        return true
      }
      var writer = JSONWriter(small)
      writer.string(string)
      small = writer.finish()
      small.flush()
      XCTAssertEqual(
        String(decoding: bytes, as: UTF8.self), expected, "round \(round), pieces of 5")
    }
  }

  /// Every scalar past ASCII that is escaped starts with a byte the writer decodes.
  func testEveryEscapedScalarStartsWithADecodedByte() {
    for value in UInt32(0x80)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), JSONWriter.isEscaped(scalar) else { continue }
      let lead = String(scalar).utf8.first!
      XCTAssertTrue(JSONWriter.mayLeadEscape(lead), "U+\(String(value, radix: 16))")
    }
  }

  /// Whole numbers of every length and sign, as Swift writes them.
  func testJSONIntsAreWrittenAsDecimal() {
    var generator = SeededGenerator(seed: 7)
    var values = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
    for digits in 1...18 {
      let bound = Int(pow(10, Double(digits)))
      values.append(Int.random(in: -bound...bound, using: &generator))
    }
    for value in values {
      XCTAssertEqual(JSONWriter.document { $0.int(value) }, String(value) + "\n")
    }
  }

  /// A scalar as the report escapes it, one at a time: the rules the writer's fast paths keep.
  private static func escaped(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "<", ">", "&", "\u{2028}", "\u{2029}": break
    default:
      if !VisibleText.isHidden(scalar) { return String(scalar) }
    }
    return String(scalar).utf16.map { "\\u" + String(format: "%04x", $0) }.joined()
  }
}

/// The report's chronology sorts by precomputed days; it must order acts exactly as comparing
/// their dates does, ties between different dates of the same days included.
final class ChronologyOrderTests: XCTestCase {
  func testActsAreOrderedAsTheirDatesCompare() {
    // Dates that share their days with another written differently (`2023-01` and
    // `2023-01-01/2023-01-31`), ranges, and exact days.
    let dates = [
      "2023", "2023-01", "2023-01-01/2023-01-31", "2023-01-01", "2023-01-31", "2022-12/2023-01",
      "2023-01/2023-02", "2023-01-15", "2023-01-01/2023-12-31", "2022", "2022-06-30",
    ].map { DateRange(parsing: $0)! }
    var generator = SeededGenerator(seed: 11)
    let actions = (0..<2_000).map { n in
      Action(
        id: "act-\(Int.random(in: 0..<500, using: &generator))-\(n)",
        date: dates.randomElement(using: &generator)!, actor: "x", type: "t", summary: "s",
        evidence: [])
    }
    let expected = actions.sorted { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }
    XCTAssertEqual(
      ReportContents.chronological(actions).map { actions[$0].id }, expected.map(\.id))
    let reversed = Array(actions.reversed())
    XCTAssertEqual(
      ReportContents.chronological(reversed).map { reversed[$0].id }, expected.map(\.id))
  }
}
