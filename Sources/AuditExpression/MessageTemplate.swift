import AuditCore

/// A finding's message: text with `{expression}` placeholders, compiled once when the rule
/// loads.
public struct MessageTemplate: Sendable {
  /// A run of literal text or a placeholder.
  enum Part: Sendable {
    case text(String)
    case placeholder(CompiledExpression)
  }

  /// The template as written.
  public let text: String
  private let parts: [Part]

  /// Compiles `"{actor.name} ({actor.roles}) endorsed a candidate on {action.date}"`: each
  /// `{…}` is an expression compiled in `scope`; `{{` and `}}` are literal braces. An
  /// unclosed `{` is an error located at it. Every problem is thrown at once.
  public static func compile(_ text: String, origin: TextOrigin, scope: Scope)
    throws(Diagnostics) -> MessageTemplate
  {
    let scalars = Array(text.unicodeScalars)
    var parts: [Part] = []
    var literal = String.UnicodeScalarView()
    var problems: [Diagnostic] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if (scalar == "{" || scalar == "}") && next == scalar {
        literal.append(scalar)
        index += 2
      } else if scalar == "}" {
        problems.append(ExpressionError.unmatchedBrace(at: index).diagnostic(in: origin))
        index += 1
      } else if scalar == "{" {
        guard let close = closingBrace(in: scalars, from: index + 1) else {
          problems.append(ExpressionError.unclosedBrace(at: index).diagnostic(in: origin))
          break
        }
        if !literal.isEmpty { parts.append(.text(String(literal))) }
        literal = String.UnicodeScalarView()
        if !scalars[index + 1..<close].contains(where: { !$0.properties.isWhitespace }) {
          problems.append(ExpressionError.emptyPlaceholder(at: index).diagnostic(in: origin))
          index = close + 1
          continue
        }
        do {
          parts.append(
            .placeholder(
              try placeholder(scalars, index + 1..<close, origin: origin, scope: scope)))
        } catch {
          problems += error.all
        }
        index = close + 1
      } else {
        literal.append(scalar)
        index += 1
      }
    }
    if !problems.isEmpty { throw Diagnostics(problems) }
    if !literal.isEmpty { parts.append(.text(String(literal))) }
    return MessageTemplate(text: text, parts: parts)
  }

  /// The message for `bindings`: each placeholder's value as `Value.rendered` shows it
  /// (lists joined by ", ", null as "(none)").
  public func render(_ bindings: [Value]) -> String {
    var message = ""
    for part in parts {
      switch part {
      case .text(let text): message += text
      case .placeholder(let expression): message += expression.evaluate(bindings).rendered
      }
    }
    return message
  }

  private static func placeholder(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, origin: TextOrigin, scope: Scope
  ) throws(Diagnostics) -> CompiledExpression {
    let source = String(String.UnicodeScalarView(scalars[range]))
    let inner = origin.shifted(by: range.lowerBound)
    let expression = try CompiledExpression.compile(
      source, origin: inner, scope: scope, expecting: nil)
    if expression.type.containsObject {
      let error = ExpressionError.objectInMessage(expression.type, at: 0)
      throw Diagnostics([error.diagnostic(in: inner)])
    }
    return expression
  }

  /// The offset of the `}` closing a placeholder, skipping braces inside string literals.
  private static func closingBrace(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var quote: Unicode.Scalar?
    var index = start
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == "\\" {
          index += 1
        } else if scalar == open {
          quote = nil
        }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == "}" {
        return index
      }
      index += 1
    }
    return nil
  }
}
