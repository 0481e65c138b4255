#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer, and runs one or all of them.
#
#   Fuzz/run.sh TARGET SECONDS [LIBFUZZER-OPTION...]    TARGET: yaml-reader, case-decoder,
#   Fuzz/run.sh all SECONDS [LIBFUZZER-OPTION...]               expression; all runs each in turn
#
# Seeds come from the fixtures each run (Fuzz/work/TARGET/seeds); what the fuzzer finds is kept
# in Fuzz/work/TARGET/corpus, and any crash, hang (a unit slower than 10 s), leak or
# out-of-memory input in Fuzz/work/TARGET/artifacts. FUZZ_NO_BUILD=1 skips the build.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build_flags=(-c release --package-path "$here" -Xswiftc -sanitize=fuzzer,address
  -Xswiftc -parse-as-library)

usage() {
  echo "usage: Fuzz/run.sh yaml-reader|case-decoder|expression|all SECONDS [LIBFUZZER-OPTION...]" >&2
  exit 64
}

[[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
target=$1
seconds=$2
shift 2

executable() {
  case $1 in
    yaml-reader) echo FuzzYAMLReader ;;
    case-decoder) echo FuzzCaseDecoder ;;
    expression) echo FuzzExpression ;;
    *) usage ;;
  esac
}

# Writes the seed corpus of target $1 into $2, fresh from the fixtures.
seed() {
  local seeds=$2
  rm -rf "$seeds"
  mkdir -p "$seeds"
  case $1 in
    yaml-reader)
      find "$root/Tests/Fixtures" "$root/Cases" "$root/Rules" -name '*.yaml' -print0 |
        while IFS= read -r -d '' file; do
          cp "$file" "$seeds/$(echo "${file#"$root"/}" | tr / _)"
        done
      ;;
    case-decoder)
      find "$root/Tests/Fixtures/cases" "$root/Tests/Fixtures/hostile" \
        "$root/Cases" \
        -name '*.yaml' -print0 |
        while IFS= read -r -d '' file; do
          cp "$file" "$seeds/$(echo "${file#"$root"/}" | tr / _)"
        done
      ;;
    expression)
      cp "$here"/seeds/expression/* "$seeds/"
      python3 "$here/extract-expressions.py" "$seeds" "$root/Rules" \
        "$root/Tests/Fixtures/rules" "$root/Tests/Fixtures/pack" ||
        echo "warning: no PyYAML; seeding from Fuzz/seeds/expression only" >&2
      ;;
  esac
}

# Runs target $1 for $2 seconds; prints its final statistics; fails if it found anything.
run() {
  local name=$1 seconds=$2
  shift 2
  local bin work
  bin="$(swift build "${build_flags[@]}" --show-bin-path)/$(executable "$name")"
  work="$here/work/$name"
  mkdir -p "$work/corpus" "$work/artifacts" "$work/tmp"
  seed "$name" "$work/seeds"
  local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1
    -print_final_stats=1 -artifact_prefix="$work/artifacts/")
  [[ $name == expression ]] && options+=(-dict="$here/expression.dict")
  local log="$work/$(date -u +%Y%m%dT%H%M%SZ).log"
  echo "== $name: ${seconds}s, log $log"
  local status=0
  (cd "$root" && AUDIT_FUZZ_ROOT="$root" LSAN_OPTIONS="suppressions=$here/lsan.supp" \
    TMPDIR="$work/tmp" "$bin" "${options[@]}" "$@" \
    "$work/corpus" "$work/seeds") >"$log" 2>&1 || status=$?
  grep -E '^#[0-9]+[[:space:]]+DONE|^stat::|^SUMMARY|ERROR: libFuzzer|ERROR: AddressSanitizer|ERROR: LeakSanitizer' "$log" || true
  echo "corpus: $(find "$work/corpus" -type f | wc -l) files; artifacts: $(find "$work/artifacts" -type f | wc -l)"
  if [[ $status -ne 0 ]]; then
    echo "== $name: the fuzzer stopped with status $status; see $log and $work/artifacts" >&2
  fi
  return "$status"
}

if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
  swift build "${build_flags[@]}"
fi

if [[ $target == all ]]; then
  failed=0
  for name in yaml-reader case-decoder expression; do
    run "$name" "$seconds" "$@" || failed=1
  done
  exit "$failed"
fi
executable "$target" >/dev/null
run "$target" "$seconds" "$@"
