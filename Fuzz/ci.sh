#!/usr/bin/env bash
# Fuzzing on every change (.ci/run calls this): builds the fuzz targets as Fuzz/run.sh does,
# then runs each target for a short fixed budget — FUZZ_CI_SECONDS, 45 s by default — starting
# from the committed corpus Fuzz/corpus/TARGET (and fresh seeds from the fixtures), so that a
# regression in the YAML reader, the case decoder or the expression engine is caught within a
# minute of fuzzing. Exits non-zero if any target crashed, leaked, hung (a unit slower than
# 10 s) or ran out of memory; the input is kept in Fuzz/work/TARGET/artifacts.
#
# What a run adds to the corpus stays in Fuzz/work/TARGET/corpus (not committed). To grow the
# committed corpus after a longer campaign (Fuzz/run.sh TARGET 1800), merge it back, keeping
# only inputs that add coverage:
#   Fuzz/ci.sh --grow          (FUZZ_NO_BUILD=1 to skip the build)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
targets=(yaml-reader case-decoder expression)
seconds=${FUZZ_CI_SECONDS:-45}

if [[ ${1:-} == --grow ]]; then
  build_flags=(-c release --package-path "$here" -Xswiftc -sanitize=fuzzer,address
    -Xswiftc -parse-as-library)
  [[ ${FUZZ_NO_BUILD:-0} == 1 ]] || swift build "${build_flags[@]}"
  bin=$(swift build "${build_flags[@]}" --show-bin-path)
  for name in "${targets[@]}"; do
    case $name in
      yaml-reader) executable=FuzzYAMLReader ;;
      case-decoder) executable=FuzzCaseDecoder ;;
      expression) executable=FuzzExpression ;;
    esac
    mkdir -p "$here/corpus/$name"
    (cd "$here/.." && AUDIT_FUZZ_ROOT="$PWD" LSAN_OPTIONS="suppressions=$here/lsan.supp" \
      "$bin/$executable" -merge=1 -timeout=10 "$here/corpus/$name" "$here/work/$name/corpus")
  done
  exit 0
fi

for name in "${targets[@]}"; do
  work="$here/work/$name"
  rm -rf "$work/corpus"
  mkdir -p "$work/corpus"
  if [[ -d $here/corpus/$name ]]; then
    cp -R "$here/corpus/$name/." "$work/corpus/"
  fi
done
"$here/run.sh" all "$seconds"
