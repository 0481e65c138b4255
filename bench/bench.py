#!/usr/bin/env python3
"""Times `audit` on synthetic monitoring cases of growing size (a benchmark, not a test).

Usage (from the repository's root):
  bench/bench.py [--sizes 10000,100000,1000000] [--shapes plain,rich] [--breach-rate 0.05]
                 [--runs 3] [--binary PATH] [--no-build] [--work DIR]
                 [--stages check,markdown,json]

It writes each case once with bench/make-case.py (deterministic: same size, shape, rate and
seed, same bytes; the plain shape's acts are about 480 bytes, the rich shape's about 1.36 KB,
copied from the shipped case with their evidence), builds `audit` in release mode as
scripts/install.sh does, the Swift runtime linked in (unless --binary or --no-build), builds
bench/yaml-events.c (libyaml's event parser alone: the floor for reading a file), then for
each size runs, --runs times each:

  libyaml   the C event loop over the file (wall and CPU time);
  check     `audit check CASE` (load and validate);
  markdown  `audit CASE -o FILE --timings` (load, evaluate, report);
  json      the same with --format json;

and prints the medians: seconds, MB/s of the case file, the ratio to libyaml (the stage's wall
time over libyaml's on the same file, and its CPU time, user and system, over libyaml's),
peak resident memory (/usr/bin/time -v, in MB of 10^6 bytes like the file, and its ratio to
the file's size) and, from `--timings` (a binary
without it shows only end-to-end figures), the time of each stage and the rule evaluations
per second. `valgrind --tool=callgrind` on the same commands gives instruction counts that do
not move with the machine's load.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def timed(command):
    """Runs `command` under /usr/bin/time -v: (seconds, peak RSS in MB, stderr, CPU seconds).

    MB are 10^6 bytes, as the case file's size is given: time(1) reports kibibytes."""
    result = run(["/usr/bin/time", "-v"] + command, cwd=ROOT)
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    parts = [float(p) for p in wall.group(1).split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", result.stderr).group(1))
              for kind in ("User", "System"))
    return seconds, int(rss.group(1)) * 1024 / 1e6, result.stderr, cpu


def stages(stderr):
    """The `timing:` lines of --timings: {stage: seconds}, and the rule evaluations."""
    found = {}
    evaluations = None
    for line in stderr.splitlines():
        m = re.match(r"timing: (\S+) ([0-9.]+) s", line)
        if m:
            found[m.group(1)] = float(m.group(2))
        m = re.search(r"(\d+) rule evaluations", line)
        if m:
            evaluations = int(m.group(1))
    return found, evaluations


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default="plain,rich")
    parser.add_argument("--breach-rate", type=float, default=0.05)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--work", default="/tmp/audit-bench")
    parser.add_argument("--stages", default="check,markdown,json")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binary = args.binary or os.path.join(ROOT, ".build/release/audit")
    if not args.binary and not args.no_build:
        # As scripts/install.sh builds it: the Swift runtime inside the program.
        print("building audit in release mode…", file=sys.stderr)
        subprocess.run(
            ["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "audit"],
            cwd=ROOT,
            check=True,
        )
    events = os.path.join(args.work, "yaml-events")
    cflags = run(["pkg-config", "--cflags", "--libs", "yaml-0.1"]).stdout.split()
    subprocess.run(
        ["cc", "-O2", "-o", events, os.path.join(ROOT, "bench/yaml-events.c")] + cflags,
        check=True)
    timings = "--timings" in run([binary, "run", "--help-hidden"], cwd=ROOT).stdout
    print(f"binary: {binary}  runs: {args.runs} (medians)  breach rate: {args.breach_rate}")
    header = (f"{'acts':>8} {'shape':<5} {'stage':<9} {'seconds':>8} {'MB/s':>7} {'×libyaml':>8} "
              f"{'CPU s':>7} {'×CPU':>6} {'peak MB':>8} {'×file':>6}  detail")
    print(header)
    print("-" * len(header))
    for size in [int(s) for s in args.sizes.split(",")]:
        for shape in args.shapes.split(","):
            measure(args, binary, events, timings, size, shape)
            sys.stdout.flush()


def measure(args, binary, events, timings, size, shape):
    """Writes (once) and times the case of `size` acts in `shape`, printing one row a stage."""
    suffix = "" if shape == "plain" else f"-{shape}"
    case = os.path.join(args.work, f"case-{size}-{args.breach_rate}{suffix}.yaml")
    if not os.path.exists(case):
        with open(case + ".tmp", "w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, os.path.join(ROOT, "bench/make-case.py"), str(size),
                 "--shape", shape, "--breach-rate", str(args.breach_rate)],
                stdout=out, cwd=ROOT, check=True)
        os.rename(case + ".tmp", case)
    mb = os.path.getsize(case) / 1e6
    floor, floor_cpu = [], []
    for _ in range(args.runs):
        started = os.times()
        out = run([events, case]).stdout
        ended = os.times()
        floor.append(float(re.search(r"seconds=([0-9.]+)", out).group(1)))
        floor_cpu.append(ended.children_user - started.children_user
                         + ended.children_system - started.children_system)
    floor_s = statistics.median(floor)
    floor_c = max(statistics.median(floor_cpu), 0.01)  # os.times counts in hundredths
    count = int(re.search(r"events=(\d+)", out).group(1))
    print(f"{size:>8} {shape:<5} {'libyaml':<9} {floor_s:>8.3f} {mb / floor_s:>7.1f} {'1.00':>8} "
          f"{floor_c:>7.2f} {'1.00':>6} {'':>8} {'':>6}  {count / floor_s / 1e6:.2f} M events/s, "
          f"{mb:.1f} MB, {mb * 1e6 / size:.0f} bytes an act")
    commands = {
        "check": [binary, "check", case],
        # --force: every size and shape writes the same output file (their case ids are alike).
        "markdown": [binary, case, "-o", os.path.join(args.work, "out.md"), "--force"],
        "json": [binary, case, "--format", "json", "-o", os.path.join(args.work, "out.json"),
                 "--force"],
    }
    for stage, command in commands.items():
        if stage not in args.stages.split(","):
            continue
        if timings and stage != "check":
            command = command + ["--timings"]
        samples = [timed(command) for _ in range(args.runs)]
        seconds = statistics.median(s[0] for s in samples)
        rss = statistics.median(s[1] for s in samples)
        cpu = statistics.median(s[3] for s in samples)
        detail = ""
        if timings and stage != "check":
            per = [stages(s[2]) for s in samples]
            names = list(per[0][0])
            medians = {n: statistics.median(p[0].get(n, 0) for p in per) for n in names}
            detail = " ".join(f"{n} {v:.2f}" for n, v in medians.items())
            evaluations = per[0][1]
            if evaluations and medians.get("evaluate"):
                detail += f"; {evaluations / medians['evaluate'] / 1e6:.1f} M rule-evals/s"
            if medians.get("load"):
                detail += (f"; load {mb / medians['load']:.1f} MB/s, "
                           f"{medians['load'] / floor_s:.2f}× libyaml")
        print(f"{size:>8} {shape:<5} {stage:<9} {seconds:>8.2f} {mb / seconds:>7.1f} "
              f"{seconds / floor_s:>8.2f} {cpu:>7.2f} {cpu / floor_c:>6.2f} {rss:>8.0f} {rss / mb:>6.2f}  {detail}")

if __name__ == "__main__":
    main()
