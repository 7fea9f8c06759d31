#!/usr/bin/env bash
# Builds the release tarball: a stripped onym with the Swift runtime linked in
# (--static-swift-stdlib), PostgreSQL and the server built in, its manual page, its shell
# completions (bash, zsh, fish), the README and the licence, and a SHA-256 file.
#
#   Scripts/release.sh [OUT]          build, then package into OUT (default dist/)
#   Scripts/release.sh --package BIN [OUT]
#                                     package an onym already built (the tests do this)
#
# The build has its own scratch folder (.build-release), so it never disturbs a
# developer's .build; a first one takes as long as any first release build (10
# minutes or more on two cores). The binary still needs glibc, the system's ICU
# (libicu72 on Debian 12) and libcurl (libcurl4); everything Swift is inside it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=$root/.build-release

binary=""
if [ "${1:-}" = "--package" ]; then
  binary=$(realpath "$2")
  shift 2
fi
out=$(mkdir -p "${1:-dist}" && realpath "${1:-dist}")

if [ -z "$binary" ]; then
  # The static Foundation's URLSession (the MCP SDK's HTTP transport) links libcurl: where
  # only the library is installed (libcurl4, not its -dev package), a link to it is made
  # for the linker. The binary then needs libcurl4 at run time, as it needs ICU.
  links=$scratch/link
  mkdir -p "$links"
  if ! ldconfig -p | grep -q 'libcurl\.so '; then
    curl=$(ldconfig -p | awk '/libcurl\.so\.4 /{print $NF; exit}')
    [ -n "$curl" ] && ln -sf "$curl" "$links/libcurl.so"
  fi
  swift build -c release --product onym --traits PostgreSQL,Server --static-swift-stdlib --scratch-path "$scratch" -Xlinker -L"$links"
  binary=$scratch/release/onym
fi

# "onym 0.1.0 (ICU 72.1; PostgreSQL built in; server built in)" → 0.1.0
version=$("$binary" --version | awk '{print $2}')
arch=$(uname -m)
os=$(uname -s | tr '[:upper:]' '[:lower:]')
name=onym-$version-$os-$arch
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir=$stage/$name
mkdir -p "$dir/bin" "$dir/share/man/man1" "$dir/share/bash-completion/completions" \
  "$dir/share/zsh/site-functions" "$dir/share/fish/vendor_completions.d"

cp "$binary" "$dir/bin/onym"
strip "$dir/bin/onym"

# Completions from swift-argument-parser's generators, built into every command.
"$dir/bin/onym" --generate-completion-script bash > "$dir/share/bash-completion/completions/onym"
"$dir/bin/onym" --generate-completion-script zsh > "$dir/share/zsh/site-functions/_onym"
"$dir/bin/onym" --generate-completion-script fish > "$dir/share/fish/vendor_completions.d/onym.fish"

# The manual page from swift-argument-parser's generate-manual tool (what its
# generate-manual plugin runs), built from the checkout the package resolved.
parser=""
for candidate in "$scratch/checkouts/swift-argument-parser" "$root/.build/checkouts/swift-argument-parser"; do
  [ -d "$candidate" ] && parser=$candidate && break
done
if [ -z "$parser" ]; then
  swift package resolve --scratch-path "$scratch"
  parser=$scratch/checkouts/swift-argument-parser
fi
swift build -c release --package-path "$parser" --product generate-manual --scratch-path "$scratch/manual-tool" >/dev/null
mkdir -p "$stage/man"
"$scratch/manual-tool/release/generate-manual" "$dir/bin/onym" --output-directory "$stage/man" \
  --authors "The Onym authors" --section 1 --date "$(git log -1 --format=%cs 2>/dev/null || date +%F)" >/dev/null
# A blank line inside a command's discussion is a paragraph break to mdoc (as a blank
# line it draws a warning from man for each).
sed 's/^$/.Pp/' "$stage/man/onym.1" > "$dir/share/man/man1/onym.1"

cp README.md LICENSE "$dir/"

tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "$out/$name.tar.gz"
