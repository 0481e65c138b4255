import AuditCore
import AuditEngine
import AuditExpression
import AuditLoading
import FuzzSupport

// Bytes → an expression → lexer, parser and checker in the engine's action and person scopes
// (the default pack's vocabulary); an expression that compiles is evaluated and traced
// against bindings from Cases/arcs.yaml. The same text is compiled as a message template and
// rendered. Diagnostics are fine; a crash, a hang or a leak is not.

private let path = "rule.yaml"
private let origin = TextOrigin(startingAt: SourceLocation(path: path, line: 7, column: 7))
private let scopes = RuleScopes(FuzzEnvironment.catalogue.vocabulary)
private let actionScope = scopes.action
private let personScope = scopes.person

/// A few actions and people of the ARCS case, as the engine binds them: the first and last of
/// each, and one from the middle, so lists, dates and missing fields all occur.
private let bindings: (actions: [[Value]], people: [[Value]]) = {
  let loaded: LoadedCase
  do {
    loaded = try CaseLoader.load(
      path: FuzzEnvironment.root + "/Cases/arcs.yaml",
      vocabulary: FuzzEnvironment.catalogue.vocabulary)
  } catch {
    fatalError("fuzz setup: Cases/arcs.yaml does not load:\n\(error)")
  }
  let values = CaseValues(loaded.audit)
  func sample<T>(_ items: [T]) -> [T] {
    guard items.count > 3 else { return items }
    return [items[0], items[items.count / 2], items[items.count - 1]]
  }
  return (sample(values.actions.map(\.bindings)), sample(values.people.map(\.bindings)))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = FuzzEnvironment.text(data, size)
  let source = SourceText(path: path, text: text)
  exercise(text, source: source, scope: actionScope, bindings: bindings.actions)
  exercise(text, source: source, scope: personScope, bindings: bindings.people)
  return 0
}

/// Compiles `text` as a `group_by` key (any type), evaluating and tracing it when it compiles,
/// and as a `when` condition when it is not boolean (the E-EXPR-NOT-BOOL path); then as a
/// message template in `scope`, rendered when it compiles.
private func exercise(_ text: String, source: SourceText, scope: Scope, bindings: [[Value]]) {
  do {
    let expression = try CompiledExpression.compile(
      text, origin: origin, scope: scope, expecting: nil)
    for values in bindings {
      let value = expression.evaluate(values)
      let trace = expression.trace(values)
      _ = value.rendered.utf8.count &+ trace.rendered().utf8.count
    }
    if expression.type != .bool {
      do {
        _ = try CompiledExpression.compile(text, origin: origin, scope: scope, expecting: .bool)
      } catch {
        FuzzEnvironment.render(error, in: source)
      }
    }
  } catch {
    FuzzEnvironment.render(error, in: source)
  }
  do {
    let template = try MessageTemplate.compile(text, origin: origin, scope: scope)
    for values in bindings { _ = template.render(values).utf8.count }
  } catch {
    FuzzEnvironment.render(error, in: source)
  }
}

/// The entry point SwiftPM's link expects (see `runFuzzer`).
@_cdecl("FuzzExpression_main")
public func main(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  // Set up before the first input, so no input is charged with the setup's allocations.
  _ = (actionScope, personScope, bindings)
  return runFuzzer(argc, argv, fuzzExpression)
}
