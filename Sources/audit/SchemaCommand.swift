import ArgumentParser
import AuditCore
import AuditLoading
import Foundation

/// `audit schema NAME` and `audit schema --all -o DIR`: the JSON Schemas of the input files,
/// generated from the declarations the loader reads them by (`docs/schemas/`).
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Write the JSON Schema of a case, rule or catalogue file, for editors.",
    discussion: """
      NAME is one of: \(FormatDocument.all.map(\.name).joined(separator: ", ")). \
      Regenerate the committed schemas with `audit schema --all -o docs/schemas`.
      """)

  @Argument(help: ArgumentHelp("Which file's schema.", valueName: "NAME"))
  var name: String?

  @Flag(help: "Write every schema, as DIR/NAME.schema.json (with -o DIR).")
  var all = false

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "Write to PATH instead of standard output ('-'); with --all, the folder.",
      valueName: "PATH"))
  var output: String?

  func validate() throws {
    if all {
      guard name == nil else { throw ValidationError("give either NAME or --all, not both") }
      guard output != nil else { throw ValidationError("--all needs -o DIR") }
    } else {
      guard let name else { throw ValidationError("give NAME or --all") }
      guard FormatDocument.named(name) != nil else {
        let names = FormatDocument.all.map(\.name).joined(separator: ", ")
        throw ValidationError("unknown schema '\(VisibleText.escaped(name))': one of \(names)")
      }
    }
  }

  func run() throws {
    let outputs: [ReportWriter.Output]
    if all, let folder = output {
      outputs = FormatDocument.all.map {
        .init(path: folder + "/" + $0.fileName, text: JSONSchemaWriter.schema(of: $0))
      }
    } else if let name, let document = FormatDocument.named(name) {
      outputs = [.init(path: output ?? "-", text: JSONSchemaWriter.schema(of: document))]
    } else {
      return
    }
    do {
      try ReportWriter.write(outputs)
    } catch {
      Session().note(error.rendered("the schema"))
      throw ExitCode(3)
    }
  }
}
