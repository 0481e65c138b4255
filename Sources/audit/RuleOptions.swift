import ArgumentParser

/// Which rule packs a command loads: the default pack plus each `--rules DIR`.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("Also load the rule pack in DIR (repeatable).", valueName: "DIR"))
  var directories: [String] = []

  @Flag(name: .customLong("no-default-rules"), help: "Leave the default pack (./Rules) out.")
  var noDefaultRules = false
}
