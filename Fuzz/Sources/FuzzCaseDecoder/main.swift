import AuditCore
import AuditEngine
import AuditLoading
import Foundation
import FuzzSupport

// Bytes → a case file → the full load `audit check` does: strict UTF-8, YAML, the case
// decoder and the validator, against the default pack's vocabulary; a case that loads is then
// evaluated by the default pack's rules, as `audit run` would. Diagnostics are fine; a crash,
// a hang or a leak is not.

private let vocabulary = FuzzEnvironment.catalogue.vocabulary

/// Compiled on this thread, inside the global's one-time initialiser (not on every core as the
/// command line does): the leak check exempts only what that initialiser allocates.
private let evaluator: Evaluator = {
  do {
    return Evaluator(
      rules: try CompiledRule.compileAll(FuzzEnvironment.catalogue, parallel: false),
      thresholds: FuzzEnvironment.catalogue.strength)
  } catch {
    fatalError("fuzz setup: the default pack's rules do not compile:\n\(error)")
  }
}()

/// One file per fuzzer process, rewritten for each input: the loader reads from a path, and
/// going through it tests the byte-level checks (invalid UTF-8, a byte-order mark) too.
private let casePath: String = {
  let folder =
    NSTemporaryDirectory() + "audit-fuzz-case-\(ProcessInfo.processInfo.processIdentifier)"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder + "/case.yaml"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  guard FileManager.default.createFile(atPath: casePath, contents: bytes) else {
    fatalError("fuzz setup: cannot write \(casePath)")
  }
  do {
    let loaded = try CaseLoader.load(path: casePath, vocabulary: vocabulary)
    let evaluation = evaluator.evaluate(loaded.audit)
    _ = evaluation.hits.count &+ evaluation.outcomes.count &+ loaded.audit.allEvidence.count
  } catch {
    FuzzEnvironment.render(
      error, in: SourceText(path: casePath, text: FuzzEnvironment.text(data, size)))
  }
  return 0
}

/// The entry point SwiftPM's link expects (see `runFuzzer`).
@_cdecl("FuzzCaseDecoder_main")
public func main(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  // Set up before the first input, so no input is charged with the setup's allocations.
  _ = (vocabulary, evaluator, casePath)
  return runFuzzer(argc, argv, fuzzCaseDecoder)
}
