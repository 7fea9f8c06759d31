#!/usr/bin/env bash
# Time and peak memory of `onym lint` on the bench kit's 100 MB corpus and on two degenerate
# inputs of the same size (make-inputs.py), JSON and text reports, all in one run.
#
#   cd /tmp/onym-bench && ONYM=/path/to/onym /path/to/run.sh
#
# Needs the kit set up (setup.sh, gen.py all, adapters/adapt.py data/glossary-100000.jsonl),
# hyperfine, and GNU time (/usr/bin/time). The report goes to /dev/null: what is measured is
# the linting and the writing of the report, not a terminal.
set -euo pipefail
: "${ONYM:?set ONYM to the onym binary}"
export ONYM_CACHE_DIR=${ONYM_CACHE_DIR:-/tmp/onym-cache-bench}
G=data/adapted/onym-100000.yaml
[ -f data/oneline-100MB.txt ] || python3 "$(dirname "$0")/make-inputs.py" data/corpus-100MB.txt data/glossary-100000.jsonl data
"$ONYM" lint --glossary $G --format json /dev/null >/dev/null || true   # the matcher cached first
commands=()
for input in corpus oneline dense; do
  for format in json text; do
    commands+=(-n "$input $format" "$ONYM lint --glossary $G --format $format data/$input-100MB.txt")
  done
done
hyperfine -N -i --warmup 1 --runs "${RUNS:-3}" --export-markdown degenerate-times.md "${commands[@]}"
echo
echo "peak memory (GNU time, one run each):"
for input in corpus oneline dense; do
  for format in json text; do
    /usr/bin/time -f "$input $format: %e s, %M KB" "$ONYM" lint --glossary $G --format $format data/$input-100MB.txt > /dev/null 2> >(tail -1 >&2) || true
  done
done
