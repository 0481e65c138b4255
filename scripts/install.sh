#!/usr/bin/env bash
# Installs audit with its rule pack:
#   PREFIX/bin/audit               the tool, built in release mode
#   PREFIX/share/audit/Rules/      the default rule pack, which the tool finds beside itself
#   PREFIX/share/audit/schemas/    the input formats' JSON Schemas (`audit new` points at them)
#   PREFIX/share/bash-completion/completions/audit, PREFIX/share/zsh/site-functions/_audit,
#   PREFIX/share/fish/vendor_completions.d/audit.fish   shell completion
#
# usage: scripts/install.sh [--prefix DIR] [--binary PATH]
#   --prefix DIR    where to install (default: $PREFIX, else /usr/local)
#   --binary PATH   install this already-built executable instead of building one
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${PREFIX:-/usr/local}
binary=

while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --binary) binary=${2:?--binary needs a path}; shift 2 ;;
    --binary=*) binary=${1#--binary=}; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "$binary" ]; then
  # On Linux with the Swift runtime and Foundation inside the program: it starts sooner and
  # needs no Swift libraries where it is installed.
  (cd "$root" && swift build -c release --static-swift-stdlib --product audit)
  binary=$(cd "$root" && swift build -c release --static-swift-stdlib --show-bin-path)/audit
fi
if [ ! -x "$binary" ]; then
  echo "install.sh: '$binary' is not an executable" >&2
  exit 2
fi

mkdir -p "$prefix/bin" "$prefix/share/audit"
install -m 0755 "$binary" "$prefix/bin/audit"
# The pack is replaced whole, so a rule removed from the repository is removed here too.
# Files, not links: a link in the pack would be installed still pointing wherever it points
# (the tool refuses a pack file leading outside its pack, E-PACK-PATH). A link inside the pack
# to a regular file or folder is copied as what it leads to; any other link, or a device or
# pipe, stops the install before anything is replaced.
rules=$(cd "$root/Rules" && pwd -P)
while IFS= read -r -d '' link; do
  real=$(realpath -e -- "$link" 2>/dev/null) || {
    echo "install.sh: '$link' is a link that leads nowhere" >&2
    exit 2
  }
  case $real in
    "$rules"/*) ;;
    *) echo "install.sh: '$link' is a link leading outside Rules/" >&2; exit 2 ;;
  esac
  if [ ! -f "$real" ] && [ ! -d "$real" ]; then
    echo "install.sh: '$link' leads to neither a file nor a folder" >&2
    exit 2
  fi
done < <(find "$rules" -type l -print0)
if [ -n "$(find "$rules" ! -type f ! -type d ! -type l -print -quit)" ]; then
  echo "install.sh: Rules/ holds something neither a file nor a folder: $(find "$rules" ! -type f ! -type d ! -type l -print -quit)" >&2
  exit 2
fi
staged=$(mktemp -d "$prefix/share/audit/.Rules.XXXXXX")
cp -RL "$rules/." "$staged/"
chmod -R u=rwX,go=rX "$staged"
rm -rf "$prefix/share/audit/Rules"
mv "$staged" "$prefix/share/audit/Rules"

# The schemas and completions are plain files, replaced one by one.
mkdir -p "$prefix/share/audit/schemas"
for schema in "$root"/docs/schemas/*.schema.json; do
  install -m 0644 "$schema" "$prefix/share/audit/schemas/"
done
completions=$(mktemp -d)
trap 'rm -rf "$completions"' EXIT
"$binary" --generate-completion-script bash >"$completions/audit"
"$binary" --generate-completion-script zsh >"$completions/_audit"
"$binary" --generate-completion-script fish >"$completions/audit.fish"
install -D -m 0644 "$completions/audit" "$prefix/share/bash-completion/completions/audit"
install -D -m 0644 "$completions/_audit" "$prefix/share/zsh/site-functions/_audit"
install -D -m 0644 "$completions/audit.fish" "$prefix/share/fish/vendor_completions.d/audit.fish"

echo "installed $prefix/bin/audit and its rule pack $prefix/share/audit/Rules"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH to run 'audit' from any folder" ;;
esac
