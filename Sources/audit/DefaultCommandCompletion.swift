/// The shell completion scripts with `run`, the default subcommand, completed at the top level.
///
/// swift-argument-parser's generated scripts complete a subcommand's options only after the
/// subcommand's name: `audit run CASE --fail-on <TAB>` completes, but the documented form
/// `audit CASE --fail-on <TAB>` offered the subcommand names, since the scripts know nothing of
/// a default subcommand. `audit --generate-completion-script SHELL` therefore hands out the
/// generated script amended here: where the top level meets a word that names no subcommand,
/// it completes as `run` would, that word being run's first case; the first word is completed
/// as a subcommand name or as run's (a case file, a run option). A script whose expected text
/// is not found (another version of the library) is returned unchanged.
enum DefaultCommandCompletion {
  /// The default subcommand's name.
  static let subcommand = "run"

  /// `script` amended for its shell, recognised by its first line.
  static func amended(_ script: String, command: String) -> String {
    if script.hasPrefix("#!/bin/bash") { return bash(script, command: command) }
    if script.hasPrefix("#compdef") { return zsh(script, command: command) }
    if script.contains("function __\(command)_parse_tokens") {
      return fish(script, command: command)
    }
    return script
  }

  /// Bash: the top-level function's fallback branch, which offered the subcommand names for
  /// any word, offers them only for the first word, then completes as `run`.
  static func bash(_ script: String, command: String) -> String {
    guard let root = script.range(of: "\n_\(command)() {\n"),
      let branch = script.range(
        of: "    *)\n        # Offer subcommand completions\n",
        range: root.upperBound..<script.endIndex),
      let end = script.range(of: "        ;;\n", range: branch.upperBound..<script.endIndex)
    else { return script }
    let offer = script[branch.upperBound..<end.lowerBound]
    let replacement = """
          *)
              if [[ "${#unparsed_words[@]}" -eq 0 ]]; then
                  # Offer subcommand completions
      \(offer.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
              fi
              # '\(subcommand)' is the default subcommand: a word that names no subcommand is
              # its first case (`\(command) CASE --fail-on <TAB>`)
              unparsed_words=("${subcommand}" "${unparsed_words[@]}")
              _\(command)_\(subcommand)

      """
    return script.replacingCharacters(in: branch.lowerBound..<end.lowerBound, with: replacement)
  }

  /// Zsh: a first word completes as a subcommand name or as `run`'s; a later word after one
  /// that names no subcommand completes as `run`'s, with `run` put in front of the words.
  static func zsh(_ script: String, command: String) -> String {
    guard let root = script.range(of: "\n_\(command)() {\n"),
      let describe = script.range(
        of: "        _describe -V subcommand subcommands && ret=0\n",
        range: root.upperBound..<script.endIndex),
      let arguments = script.range(
        of: "            \"_\(command)_${words[1]}\" && ret=0\n            ;;\n",
        range: describe.upperBound..<script.endIndex)
    else { return script }
    var amended = script
    // The later insertion first, so the earlier range stays valid.
    amended.insert(
      contentsOf: """
                *)
                    # '\(subcommand)' is the default subcommand: a word that names no subcommand
                    # is its first case (`\(command) CASE --fail-on <TAB>`)
                    words=(\(subcommand) "${words[@]}")
                    (( CURRENT += 1 ))
                    _\(command)_\(subcommand) && ret=0
                    ;;

        """, at: arguments.upperBound)
    amended.insert(
      contentsOf: """
                # or a case file or an option of '\(subcommand)', the default subcommand
                _\(command)_\(subcommand) && ret=0

        """, at: describe.upperBound)
    return amended
  }

  /// Fish: the token parser treats a first word that names no subcommand as `run`'s first
  /// case, so the completions declared for `run` apply.
  static func fish(_ script: String, command: String) -> String {
    guard let parser = script.range(of: "function __\(command)_parse_tokens"),
      let runCase = script.range(
        of: "        case '\(subcommand)'\n", range: parser.upperBound..<script.endIndex),
      let runLineEnd = script.range(
        of: "\n", range: runCase.upperBound..<script.endIndex),
      let end = script.range(
        of: "\n        end\n    end\nend\n", range: runLineEnd.upperBound..<script.endIndex)
    else { return script }
    let parseRun = script[runCase.upperBound..<runLineEnd.lowerBound]
    let branch = """

              case '*'
                  # '\(subcommand)' is the default subcommand: a word that names no subcommand is
                  # its first case (`\(command) CASE --fail-on <TAB>`)
                  if set -q unparsed_tokens[1]
                      set -p unparsed_tokens \(subcommand)
          \(parseRun)
                  end
      """
    var amended = script
    amended.insert(contentsOf: branch, at: end.lowerBound)
    return amended
  }
}
