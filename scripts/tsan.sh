#!/usr/bin/env bash
# The loading and evaluation tests under ThreadSanitizer: the streamed YAML reader's threads,
# the bounded event queue and the evaluation on every core; and ManyCasesTests, whose runs of
# the built tool (built here with ThreadSanitizer too) work on several cases at once, each
# rendered on its own thread (a race there makes the tool exit 66, which fails the test). Any data race fails the run, as
# does a failing test. Its own build folder (.build-tsan), so the normal build is not rebuilt.
#
# usage: scripts/tsan.sh [extra swift test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# halt_on_error: the first race stops the test process, so `swift test` fails with it.
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"

set +e
swift test --sanitize=thread --scratch-path .build-tsan \
  --filter 'AuditLoadingTests|AuditEngineTests|ManyCasesTests' "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# A report that did not stop the process (one from a thread XCTest does not wait for) still
# fails the run.
if grep -q "WARNING: ThreadSanitizer" "$log"; then
  echo "tsan: ThreadSanitizer reported a data race (above)"
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "tsan: swift test failed under ThreadSanitizer (status $status)"
  exit "$status"
fi
echo "tsan: no data race; $(grep -E 'Executed [0-9]+ tests?, with ' "$log" | tail -n 1)"
