#!/usr/bin/env bash
# Onym beside GNU grep (and typos) as issue 17 measures them: the kit's 100 MB corpus,
# the same corpus cut into an archive of ~4 KB files, and the first compile of the
# 100,000-concept matcher. Every program of a comparison runs in one hyperfine call,
# interleaved, so that the machine's drift touches all of them alike.
#
#   Benchmarks/Grep/run.sh ONYM KIT [ARCHIVE]
#
# ONYM: a release onym; KIT: a copy of the bench kit whose data/adapted/ holds
# onym-100000.yaml, phrases-100000.tsv and typos-100000.toml; ARCHIVE: where the tree
# is made (default /tmp/onym-archive; made once by Benchmarks/Archive/make-tree.py).
#
# Output goes to a pipe (hyperfine --output=pipe), never /dev/null: GNU grep stops at
# its first match when it sees its output is /dev/null, and would look ten times faster.
set -euo pipefail
onym=$(realpath "$1"); kit=$(realpath "$2"); archive=${3:-/tmp/onym-archive}
here=$(cd "$(dirname "$0")/.." && pwd)
glossary=$kit/data/adapted/onym-100000.yaml
corpus=$kit/data/corpus-100MB.txt
mkdir -p "$archive"
# grep's pattern file: every listed variant phrase of the glossary, once.
cut -f1 "$kit/data/adapted/phrases-100000.tsv" | sort -u > "$archive/patterns.txt"
[ -d "$archive/tree" ] || python3 "$here/Archive/make-tree.py" "$kit" "$archive/tree"
"$onym" lint "$corpus" --glossary "$glossary" --format json > /dev/null || [ $? -eq 1 ]   # the matcher cache, warm (exit 1: findings)

echo "== one 100 MB file"
hyperfine -N -i --output=pipe --warmup 1 --runs 5 \
  "grep -F -w -o -b -f $archive/patterns.txt $corpus" \
  "$onym lint $corpus --glossary $glossary --format json --jobs 1" \
  "$onym lint $corpus --glossary $glossary --format json --jobs 2"

echo "== the archive"
typos=()
[ -x "$kit/.venv/bin/typos" ] && typos=("$kit/.venv/bin/typos --isolated --config $kit/data/adapted/typos-100000.toml --no-check-filenames --format json $archive/tree")
hyperfine -N -i --output=pipe --warmup 1 --runs 3 \
  "grep -r -F -w -o -b -f $archive/patterns.txt $archive/tree" \
  "$onym lint $archive/tree --glossary $glossary --format json --jobs 2" \
  "$onym lint $archive/tree --glossary $glossary --format json --jobs 1" \
  "${typos[@]}"

echo "== first compile of the matcher (the glossary's own cache warm, the matcher's removed before each run)"
cache=$(mktemp -d)
echo Kiev > "$cache/kiev.txt"
ONYM_CACHE_DIR=$cache "$onym" lint "$cache/kiev.txt" --glossary "$glossary" > /dev/null
ONYM_CACHE_DIR=$cache hyperfine --runs 10 --prepare "rm -f $cache/matcher-*" "$onym lint $cache/kiev.txt --glossary $glossary"
for _ in 1 2 3; do
  rm -f "$cache"/matcher-*
  ONYM_CACHE_DIR=$cache /usr/bin/time -f "peak %M KB, %e s" "$onym" lint "$cache/kiev.txt" --glossary "$glossary" > /dev/null
done
rm -rf "$cache"
