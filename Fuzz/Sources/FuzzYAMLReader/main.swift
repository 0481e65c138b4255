import AuditCore
import AuditLoading
import FuzzSupport

// Bytes → the YAML reader (libyaml events → located nodes). Any diagnostic is a fine answer;
// a crash, a hang or a leak is not.

private let path = "fuzz.yaml"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = FuzzEnvironment.text(data, size)
  do {
    let root = try YAMLReader().read(text, path: path)
    _ = walk(root)
  } catch {
    FuzzEnvironment.render(error, in: SourceText(path: path, text: text))
  }
  return 0
}

/// Visits every node, reading what the decoders read: the kind, the scalar, its location.
private func walk(_ node: YAMLNode) -> Int {
  var count = node.location.line &+ node.kindName.utf8.count
  switch node.content {
  case .scalar(let text, _):
    count &+= text.utf8.count &+ (node.isNull ? 1 : 0)
    _ = node.origin.location(ofOffset: text.unicodeScalars.count / 2)
  case .sequence(let items):
    for item in items { count &+= walk(item) }
  case .mapping(let pairs):
    for pair in pairs { count &+= walk(pair.key) &+ walk(pair.value) }
  }
  return count
}

/// The entry point SwiftPM's link expects (see `runFuzzer`).
@_cdecl("FuzzYAMLReader_main")
public func main(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  runFuzzer(argc, argv, fuzzYAMLReader)
}
