/// Tracing: the value of every sub-expression, for explanations.
extension Interpreter {
  /// The trace of `node`. Every operand is evaluated (no short-circuit), so that an
  /// explanation shows each condition's value; evaluation is pure, so the result is the same.
  mutating func trace(_ node: Node) -> Trace {
    let result = value(of: node)
    var children: [Trace] = []
    var isConjunction = false
    var isPath = false
    var isField = false
    switch node.kind {
    case .constant:
      break
    case .variable, .local:
      isPath = true
    case .field:
      (isPath, isField) = (true, true)
    case .macro(_, let list, let slot, let condition):
      let listTrace = trace(list)
      var iterations: [Trace.Iteration] = []
      if case .list(let items) = listTrace.value, locals.indices.contains(slot) {
        for item in items {
          // The trace walks a macro again; it shares the evaluation's budget.
          macroSteps += 1
          if macroBudgetSpent { break }
          locals[slot] = item
          let detail = trace(condition)
          iterations.append(
            Trace.Iteration(element: item, result: detail.value, condition: [detail]))
        }
      }
      let conditionTrace = Trace(
        text: condition.text, value: .list(iterations.map(\.result)), children: [],
        isConjunction: false, isConstant: false, iterations: iterations, isPath: false,
        isField: false, isCondition: false)
      children = [listTrace, conditionTrace]
    case .and:
      isConjunction = true
      children = node.children.map { trace($0) }
    default:
      children = node.children.map { trace($0) }
    }
    return Trace(
      text: node.text, value: result, children: children, isConjunction: isConjunction,
      isConstant: node.isConstant, iterations: nil, isPath: isPath,
      isField: isField, isCondition: node.type == .bool && !isPath)
  }
}
