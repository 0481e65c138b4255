#!/usr/bin/env bash
# Says, in one line each, what the build needs and this machine lacks, before a build fails
# with a wall of compiler errors: Swift, and libyaml's headers (Debian's libyaml-dev).
# Exit 0 when all is there; 1 otherwise, with the command that installs what is missing.
set -u
missing=()
if ! command -v swift >/dev/null 2>&1; then
  echo "check-prerequisites: swift is not on PATH: install Swift 6 (https://www.swift.org/install/linux/)" >&2
  status=1
fi
if ! { pkg-config --exists yaml-0.1 2>/dev/null || [ -f /usr/include/yaml.h ]; }; then
  missing+=(libyaml-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-prerequisites: the build needs ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
  status=1
fi
exit "${status:-0}"
