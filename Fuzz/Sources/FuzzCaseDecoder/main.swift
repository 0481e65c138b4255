import AuditCore
import AuditEngine
import AuditLoading
import Foundation
import FuzzSupport

// Bytes → a case file → the full load `audit check` does: strict UTF-8, YAML, the case
// decoder and the validator, against the default pack's vocabulary; a case that loads is then
// evaluated by the default pack's rules, as `audit run` would. Diagnostics are fine; a crash,
// a hang or a leak is not, nor a streamed load that differs from the file read whole (one
// tree of nodes, as a pipe is read): the same case, or the same diagnostics, but for the one
// difference docs/limits.md documents.

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
  let streamed = Result { () throws(Diagnostics) in
    try CaseLoader.load(path: casePath, vocabulary: vocabulary)
  }
  let whole = Result { () throws(Diagnostics) in
    try CaseLoader.loadWhole(path: casePath, vocabulary: vocabulary)
  }
  checkAgreement(streamed, whole)
  switch streamed {
  case .success(let loaded):
    let evaluation = evaluator.evaluate(loaded.audit)
    _ = evaluation.hits.count &+ evaluation.outcomes.count &+ loaded.audit.allEvidence.count
  case .failure(let error):
    FuzzEnvironment.render(
      error, in: SourceText(path: casePath, text: FuzzEnvironment.text(data, size)))
  }
  return 0
}

/// Stops the fuzzer when the streamed load and the whole-file load disagree.
private func checkAgreement(
  _ streamed: Result<LoadedCase, Diagnostics>, _ whole: Result<LoadedCase, Diagnostics>
) {
  switch (streamed, whole) {
  case (.success(let a), .success(let b)):
    let (x, y) = (a.audit, b.audit)
    guard
      x.id == y.id, x.title == y.title, x.subject == y.subject, x.summary == y.summary,
      x.period.from == y.period.from, x.period.to == y.period.to,
      x.organizations == y.organizations, x.people == y.people,
      x.sources == y.sources, x.actions == y.actions, x.episodes == y.episodes,
      x.responses == y.responses
    else { fatalError("the streamed case differs from the case read whole") }
  case (.failure(let a), .failure(let b)):
    // The one difference docs/limits.md gives: read whole, a file's bytes are checked before
    // its YAML, so a byte that is not UTF-8 anywhere is its one error; streamed, the first
    // problem met stops the reading.
    let encodingOnlyWhenWhole =
      b.all.map(\.code) == [.ioEncoding] && !a.all.contains { $0.code == .ioEncoding }
    guard a.all == b.all || encodingOnlyWhenWhole else {
      fatalError("streamed and whole-file diagnostics differ:\n\(a.all)\n---\n\(b.all)")
    }
  default:
    fatalError("one load succeeded and the other failed: \(streamed) / \(whole)")
  }
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
