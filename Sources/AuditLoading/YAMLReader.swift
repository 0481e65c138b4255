import AuditCore
import CYAML
import Foundation

/// Reads one YAML document into located nodes through libyaml's event API.
///
/// Strict where an audit needs it: duplicate keys, several documents, unknown tags and
/// alias expansion past a bound are errors, never silently resolved.
public struct YAMLReader: Sendable {
  /// The most nodes aliases may add to a document when expanded ("billion laughs" bound);
  /// nodes written out in the file are not counted.
  public var maximumAliasNodes = 100_000
  /// The most bytes of scalar text aliases may add to a document when expanded: a thousand
  /// aliases of one 1 MB scalar would otherwise make a 1 GB document out of a 1 MB file.
  public var maximumAliasBytes = 10_000_000
  /// The deepest nesting accepted.
  public var maximumDepth = 200

  /// Creates a reader with the default bounds.
  public init() {}

  /// `text` in Unicode Normalization Form C: every scalar of a case or a rule passes here,
  /// so "Café" typed precomposed and "Cafe\u{301}" typed decomposed are one string to `==`,
  /// `contains` and `matches` alike. ASCII text (nearly all of it) is left untouched.
  static func normalized(_ text: String) -> String {
    text.utf8.contains { $0 >= 0x80 } ? text.precomposedStringWithCanonicalMapping : text
  }

  /// Parses `text`; the path is used for locations only.
  public func read(_ text: String, path: String) throws(Diagnostics) -> YAMLNode {
    var bytes = Array(text.utf8)
    var state = ParseState(
      path: path, source: SourceText(path: path, text: text), bytes: bytes, reader: self)
    if bytes.isEmpty { bytes = [0x20] }
    let count = bytes.count
    let result: Result<YAMLNode, Diagnostics> = bytes.withUnsafeMutableBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(
          Diagnostics([LoadErrors.yamlSyntax("could not start the YAML parser", at: nil)]))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
      return state.run(&parser)
    }
    return try result.get()
  }
}

/// The mutable state of one parse: the anchors seen and the nodes counted.
private struct ParseState {
  let path: String
  let source: SourceText
  /// The file's bytes, to locate problems libyaml reports by offset.
  let bytes: [UInt8]
  let reader: YAMLReader
  /// The last quoted scalar read that spans several lines: when a syntax error follows, its
  /// closing quote is likely missing, and libyaml notices only lines later.
  var lastQuoted: (start: SourceLocation, end: SourceLocation)?
  var anchors: [String: YAMLNode] = [:]
  var aliasNodeCount = 0
  var aliasByteCount = 0
  /// Problems that do not stop the parse (duplicate keys), reported together at the end,
  /// capped like every other list of errors.
  var problems = DiagnosticBag()

  init(path: String, source: SourceText, bytes: [UInt8], reader: YAMLReader) {
    self.path = path
    self.source = source
    self.bytes = bytes
    self.reader = reader
  }

  mutating func run(_ parser: inout yaml_parser_t) -> Result<YAMLNode, Diagnostics> {
    var root: YAMLNode?
    var documents = 0
    do throws(Diagnostics) {
      while true {
        var event = try next(&parser)
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_STREAM_END_EVENT:
          guard let root else {
            let start = SourceLocation(path: path, line: 1, column: 1)
            return .failure(Diagnostics([LoadErrors.emptyDocument(at: start)]))
          }
          guard problems.hasErrors else { return .success(root) }
          return .failure(Diagnostics(problems.diagnostics + LoadErrors.truncation(problems)))
        case YAML_DOCUMENT_START_EVENT:
          documents += 1
          if documents > 1 {
            throw Diagnostics([LoadErrors.severalDocuments(at: location(event.start_mark))])
          }
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
          continue
        default:
          root = try node(from: &event, parser: &parser, depth: 0)
        }
      }
    } catch {
      return .failure(error)
    }
  }

  private func next(_ parser: inout yaml_parser_t) throws(Diagnostics) -> yaml_event_t {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else {
      let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
      var context = parser.context.map { " " + String(cString: $0) } ?? ""
      if parser.context != nil {
        let start = location(parser.context_mark)
        context += " (which started at line \(start.line), column \(start.column))"
      }
      // A reader error (a control character, a byte libyaml cannot decode) has an offset
      // but no mark.
      let at =
        parser.error == YAML_READER_ERROR
        ? SourceLocation(path: path, byteOffset: parser.problem_offset, in: bytes)
        : location(parser.problem_mark)
      var diagnostics = [LoadErrors.yamlSyntax(problem + context, at: at)]
      if let quoted = lastQuoted, quoted.end <= at {
        diagnostics.append(LoadErrors.quoteOpened(quoted.start, closedAt: quoted.end))
      }
      throw Diagnostics(diagnostics)
    }
    return event
  }

  private func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
  }

  private mutating func countAlias(_ added: (nodes: Int, bytes: Int), at where_: SourceLocation)
    throws(Diagnostics)
  {
    aliasNodeCount += added.nodes
    aliasByteCount += added.bytes
    if aliasNodeCount > reader.maximumAliasNodes {
      throw Diagnostics([LoadErrors.tooManyNodes(reader.maximumAliasNodes, at: where_)])
    }
    if aliasByteCount > reader.maximumAliasBytes {
      throw Diagnostics([LoadErrors.tooManyBytes(reader.maximumAliasBytes, at: where_)])
    }
  }

  private func checkTag(_ tag: String?, at where_: SourceLocation, allowed: Set<String>)
    throws(Diagnostics)
  {
    guard let tag, !allowed.contains(tag) else { return }
    throw Diagnostics([LoadErrors.unsupportedTag(tag, at: where_)])
  }

  private mutating func node(
    from event: inout yaml_event_t, parser: inout yaml_parser_t, depth: Int
  ) throws(Diagnostics) -> YAMLNode {
    let start = location(event.start_mark)
    guard depth <= reader.maximumDepth else {
      throw Diagnostics([LoadErrors.tooDeep(reader.maximumDepth, at: start)])
    }
    let result: YAMLNode
    let anchor: String?
    switch event.type {
    case YAML_ALIAS_EVENT:
      let name = string(event.data.alias.anchor) ?? ""
      guard let target = anchors[name] else {
        throw Diagnostics([LoadErrors.unknownAlias(name, at: start)])
      }
      try countAlias(target.size, at: start)
      // Located at the alias, so that a problem with it (a duplicate key) points where it is
      // used; its text keeps the anchor's origin, where its characters stand.
      var used = target
      used.location = start
      return used
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      anchor = string(scalar.anchor)
      try checkTag(
        string(scalar.tag), at: start, allowed: ["tag:yaml.org,2002:str", "!"])
      let text = YAMLReader.normalized(
        scalar.value.map {
          String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
        } ?? "")
      let style = Self.style(scalar.style)
      let end = location(event.end_mark)
      let quoted = style == .singleQuoted || style == .doubleQuoted
      lastQuoted = quoted && end.line > start.line ? (start, end) : nil
      result = YAMLNode(
        .scalar(text, style), at: start,
        origin: origin(of: text, style: style, start: start, end: end))
    case YAML_SEQUENCE_START_EVENT:
      anchor = string(event.data.sequence_start.anchor)
      try checkTag(
        string(event.data.sequence_start.tag), at: start, allowed: ["tag:yaml.org,2002:seq"])
      var items: [YAMLNode] = []
      while true {
        var child = try next(&parser)
        defer { yaml_event_delete(&child) }
        if child.type == YAML_SEQUENCE_END_EVENT { break }
        items.append(try node(from: &child, parser: &parser, depth: depth + 1))
      }
      result = YAMLNode(.sequence(items), at: start)
    case YAML_MAPPING_START_EVENT:
      anchor = string(event.data.mapping_start.anchor)
      try checkTag(
        string(event.data.mapping_start.tag), at: start, allowed: ["tag:yaml.org,2002:map"])
      result = YAMLNode(.mapping(try pairs(&parser, depth: depth)), at: start)
    default:
      throw Diagnostics([LoadErrors.yamlSyntax("unexpected YAML event", at: start)])
    }
    if let anchor { anchors[anchor] = result }
    return result
  }

  private mutating func pairs(_ parser: inout yaml_parser_t, depth: Int) throws(Diagnostics)
    -> [(key: YAMLNode, value: YAMLNode)]
  {
    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
    var seen: [String: SourceLocation] = [:]
    while true {
      var keyEvent = try next(&parser)
      defer { yaml_event_delete(&keyEvent) }
      if keyEvent.type == YAML_MAPPING_END_EVENT { break }
      let key = try node(from: &keyEvent, parser: &parser, depth: depth + 1)
      var valueEvent = try next(&parser)
      defer { yaml_event_delete(&valueEvent) }
      let value = try node(from: &valueEvent, parser: &parser, depth: depth + 1)
      if let name = key.scalar {
        if name == "<<" {
          problems.report(LoadErrors.mergeKey(at: key.location))
        } else if let first = seen[name] {
          problems.report(LoadErrors.duplicateKey(name, first: first, at: key.location))
        } else {
          seen[name] = key.location
        }
      } else {
        problems.report(LoadErrors.complexKey(at: key.location))
      }
      pairs.append((key, value))
    }
    return pairs
  }

  private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  /// Finds where each line of a scalar's value stands in the file, so an offset inside the
  /// value (a column in a rule's `when`) maps back to the file's line and column.
  private func origin(
    of text: String, style: YAMLNode.ScalarStyle, start: SourceLocation, end: SourceLocation
  ) -> TextOrigin {
    let quoted = style == .singleQuoted || style == .doubleQuoted
    let block = style == .literal || style == .folded
    if !block && end.line == start.line {
      return TextOrigin(startingAt: start.advanced(byColumns: quoted ? 1 : 0))
    }
    let value = Array(text.unicodeScalars)
    var segments: [TextOrigin.Segment] = []
    var offset = 0
    let firstLine = block ? start.line + 1 : start.line
    for lineNumber in firstLine...max(firstLine, end.line) {
      guard let line = source.line(lineNumber) else { break }
      let scalars = Array(line.unicodeScalars)
      var column = lineNumber == start.line ? start.column - 1 + (quoted ? 1 : 0) : 0
      while column < scalars.count, scalars[column] == " " || scalars[column] == "\t" {
        column += 1
      }
      var content = Array(scalars[min(column, scalars.count)...])
      while let last = content.last, last == " " || last == "\t" { content.removeLast() }
      if content.contains(where: { !$0.isASCII }) {
        // Found in the value as the value was stored: normalised.
        content = Array(
          YAMLReader.normalized(String(String.UnicodeScalarView(content))).unicodeScalars)
      }
      if quoted, lineNumber == end.line, !content.isEmpty { content.removeLast() }
      guard !content.isEmpty, let found = Self.find(content, in: value, from: offset) else {
        continue
      }
      segments.append(
        .init(
          offset: found, location: SourceLocation(path: path, line: lineNumber, column: column + 1))
      )
      offset = found + content.count
    }
    return segments.isEmpty ? TextOrigin(startingAt: start) : TextOrigin(segments: segments)
  }

  private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int)
    -> Int?
  {
    guard needle.count <= haystack.count else { return nil }
    var index = from
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle {
        return index
      }
      index += 1
    }
    return nil
  }
}
