import ArgumentParser
import AuditCore
import AuditReport
import Foundation

/// `audit vocabulary [WORD]`: the terms cases and rules may use, or those a word finds.
struct VocabularyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vocabulary",
    abstract: "List the vocabulary's terms with their definitions, or find those a word names.",
    discussion: """
      A word finds a term by its name (parliament: member_of_parliament), one of its synonyms \\
      (mp: member_of_parliament) or the words of its definition (prime minister: \\
      head_of_government), closest first. Exit 1 when the word finds nothing.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  @Argument(help: ArgumentHelp("Words to look for (all of them).", valueName: "WORD"))
  var words: [String] = []

  @OptionGroup var rules: RuleOptions

  @OptionGroup var settings: ConfigOptions

  @Option(help: "Output: text (a line a term) or markdown (the page docs/vocabulary.md).")
  var format: Format = .text

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write to PATH instead of standard output ('-').", valueName: "PATH"))
  var output: String?

  func validate() throws {
    if format == .markdown, !words.isEmpty {
      throw ValidationError("--format markdown writes the whole vocabulary: give no WORD")
    }
  }

  func run() throws {
    let (catalogue, _) = try RulesCommand.load(rules, settings)
    let vocabulary = catalogue.vocabulary
    let document: String
    switch format {
    case .markdown:
      let here = FileManager.default.currentDirectoryPath + "/"
      let files = vocabulary.files.map {
        $0.hasPrefix(here) ? String($0.dropFirst(here.count)) : $0
      }
      document = VocabularyDocument().markdown(vocabulary, source: files.joined(separator: ", "))
    case .text:
      let matches = words.isEmpty ? nil : vocabulary.search(words.joined(separator: " "))
      document = VocabularyDocument().text(vocabulary, matches: matches)
      if matches?.isEmpty == true {
        Session().note(
          "audit: no term is named, called or defined by '\(VisibleText.escaped(words.joined(separator: " ")))'; "
            + "`audit vocabulary` lists them all")
        throw ExitCode(1)
      }
    }
    do {
      try ReportWriter.write(document, to: output ?? "-")
    } catch {
      Session().note(error.rendered("the vocabulary"))
      throw ExitCode(3)
    }
  }
}
