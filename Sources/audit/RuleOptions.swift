import ArgumentParser

/// Which rule packs a command loads: the default pack plus each `--rules DIR`.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp(
      "Also load the rule pack in DIR, on top of the default pack (repeatable).",
      valueName: "DIR"),
    completion: .directory)
  var directories: [String] = []

  @Flag(
    name: .customLong("no-default-rules"),
    help: ArgumentHelp(
      "Leave the default pack out: $AUDIT_RULES if set, else ./Rules, else the pack installed with the tool (../share/audit/Rules beside it)."
    ))
  var noDefaultRules = false
}
