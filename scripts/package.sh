#!/usr/bin/env bash
# Builds a release archive that installs by unpacking:
#   audit-VERSION-linux-ARCH.tar.gz       bin/audit, share/audit/Rules, share/audit/schemas,
#                                         shell completions, README.md, LICENSE if present
#   audit-VERSION-linux-ARCH.tar.gz.sha256  its SHA-256, as `sha256sum -c` reads it
# Unpack it anywhere (tar -xzf FILE -C DIR) and run DIR/audit-VERSION-linux-ARCH/bin/audit:
# the tool finds its pack beside itself.
#
# usage: scripts/package.sh [--output DIR] [--binary PATH]
#   --output DIR    where to write the archive (default: .build/package)
#   --binary PATH   package this already-built executable instead of building one in release
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=$root/.build/package
binary=

while [ $# -gt 0 ]; do
  case $1 in
    --output) output=${2:?--output needs a folder}; shift 2 ;;
    --output=*) output=${1#--output=}; shift ;;
    --binary) binary=${2:?--binary needs a path}; shift 2 ;;
    --binary=*) binary=${1#--binary=}; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "$binary" ]; then
  # On Linux with the Swift runtime and Foundation inside the program: it starts sooner and
  # needs no Swift libraries where it is installed.
  (cd "$root" && swift build -c release --static-swift-stdlib --product audit)
  binary=$(cd "$root" && swift build -c release --static-swift-stdlib --show-bin-path)/audit
fi
if [ ! -x "$binary" ]; then
  echo "package.sh: '$binary' is not an executable" >&2
  exit 2
fi

version=$("$binary" --version)
name=audit-$version-linux-$(uname -m)
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
"$root/scripts/install.sh" --prefix "$staging/$name" --binary "$binary" >/dev/null
install -m 0644 "$root/README.md" "$staging/$name/README.md"
[ -f "$root/LICENSE" ] && install -m 0644 "$root/LICENSE" "$staging/$name/LICENSE"

mkdir -p "$output"
archive=$output/$name.tar.gz
# Sorted names, fixed owner and times: the same inputs give the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='@0' \
  -C "$staging" -cf - "$name" | gzip -n >"$archive.tmp"
mv "$archive.tmp" "$archive"
(cd "$output" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "wrote $archive"
echo "verify it with: (cd $output && sha256sum -c $name.tar.gz.sha256)"
