#!/usr/bin/env python3
"""Counts the instructions `audit` runs in each stage of a run, all threads together, with
valgrind's callgrind: figures that do not move with the machine's load (a benchmark's aid, not
a test).

Usage (from the repository's root):
  bench/callgrind-stages.py CASE [--binary .build/release/audit] [--format markdown|json]
                            [--work /tmp/audit-callgrind]

callgrind dumps its counters (`--dump-before`) on entering the first function of each stage,
each one called across a module boundary and so never inlined: `CaseLoader.load` (load),
`ArchiveVerifier.verify` (verify), `Evaluator.evaluate(_:verified:)` (evaluate, with the
assessment), `PreparedReport.init` (report: the report's model) and `ReportWriter.Batch.stage`
(write: rendering into the temporary file, putting it in place, then the summary on the
terminal). The first dump holds the
start and the rule pack. Counts cover every thread: the parsing and hashing threads count
with load, the evaluator's workers with evaluate. One case a run. Under valgrind the threads
run one
at a time, so the run takes 50 to 100 times as long as without it.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


STAGES = [
    ("load", "AuditLoading.CaseLoader.load(path:"),
    ("verify", "AuditEngine.ArchiveVerifier.verify("),
    ("evaluate", "AuditEngine.Evaluator.evaluate(_: AuditCore.AuditCase, verified:"),
    ("report", "AuditReport.PreparedReport.init("),
    ("write", "audit.ReportWriter.Batch.stage(_:"),
]


def stage_symbols(binary):
    """The mangled names of the functions that start the stages, in `binary`'s symbol table."""
    mangled = [line.split()[-1] for line in subprocess.run(
        ["nm", binary], capture_output=True, text=True, check=True).stdout.splitlines()]
    plain = subprocess.run(["swift", "demangle", "--compact"], input="\n".join(mangled),
                           capture_output=True, text=True, check=True).stdout.splitlines()
    found = []
    for name, prefix in STAGES:
        hits = [m for m, d in zip(mangled, plain)
                if d.removeprefix("static ").startswith(prefix) and not m.endswith("TA")]
        if not hits:
            sys.exit(f"{prefix} not found in {binary}")
        found.append(hits[0])
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/audit"))
    parser.add_argument("--format", default="markdown", choices=["markdown", "json"])
    parser.add_argument("--work", default="/tmp/audit-callgrind")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    for old in glob.glob(os.path.join(args.work, "callgrind.out*")):
        os.remove(old)
    out = os.path.join(args.work, "callgrind.out")
    # Valgrind 3.19 gives up on the DWARF 5 this toolchain writes: a copy without it (the
    # symbol table stays, for the dumps and the names).
    binary = os.path.join(args.work, "audit")
    subprocess.run(["strip", "--strip-debug", "-o", binary, args.binary], check=True)
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
    command += [f"--dump-before={symbol}" for symbol in stage_symbols(binary)]
    command += [binary, args.case, "--format", args.format,
                "-o", os.path.join(args.work, "report." + ("md" if args.format == "markdown" else "json")),
                "--timings", "--force"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode})\n{result.stderr[-2000:]}")
    dumps = sorted(glob.glob(out + "*"),
                   key=lambda p: int(re.search(r"\.(\d+)$", p).group(1)) if re.search(r"\.(\d+)$", p) else 10**9)
    totals = []
    for path in dumps:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        m = re.search(r"^(?:totals|summary): (\d+)", text, re.M)
        totals.append(int(m.group(1)) if m else 0)
    labels = ["start, rules"] + [name for name, _ in STAGES]
    if len(labels) != len(totals):
        labels = [f"dump {n}" for n in range(len(totals))]
    print(f"{os.path.basename(args.case)}, {args.format}: instructions by stage (all threads)")
    for label, count in zip(labels, totals):
        print(f"  {label:<17} {count / 1e9:8.3f} G")
    print(f"  {'total':<17} {sum(totals) / 1e9:8.3f} G")

if __name__ == "__main__":
    main()
