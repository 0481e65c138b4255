/// A fuzz target's test function, as libFuzzer calls it.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ test: FuzzTest
) -> CInt

/// Hands the process to libFuzzer's driver. SwiftPM links an executable on Linux with its
/// `main` aliased to `<Target>_main`, which `-parse-as-library` never emits; each target
/// defines that symbol and calls this.
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ test: FuzzTest
) -> CInt {
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return withUnsafeMutablePointer(to: &arguments) { arguments in
    // LLVMFuzzerRunDriver takes `char ***`; its arguments are never null.
    arguments.withMemoryRebound(
      to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?.self, capacity: 1
    ) { runDriver(&count, $0, test) }
  }
}
