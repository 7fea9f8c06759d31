#!/usr/bin/env bash
# Import of the bench kit's 100,000 concepts into an empty SQLite store and an empty
# PostgreSQL database, one after the other in the same run, then a re-import of the same
# glossary with 1 % of its concepts changed (a note added to every hundredth), which must
# write exactly those: the history gains 1,000 "changed" rows and nothing else.
#
#   Benchmarks/Store/import.sh ONYM KIT POSTGRES_ADMIN_URL
#
# ONYM built with PostgreSQL; KIT the bench kit (data/adapted/onym-100000.yaml);
# POSTGRES_ADMIN_URL a server where databases may be made, e.g.
# postgres://onym@127.0.0.1:55432/postgres (a database onym_import_bench is made there).
set -euo pipefail
onym=$(realpath "$1"); kit=$(realpath "$2"); admin=$3
glossary=$kit/data/adapted/onym-100000.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same glossary with a note on every hundredth concept.
python3 - "$glossary" "$work/changed.yaml" <<'PY'
import sys
n = 0
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        out.write(line)
        if line.startswith("    kind: "):
            n += 1
            if n % 100 == 0:
                out.write('    note: "Reviewed in the 1 % re-import."\n')
PY
psql "$admin" -X -q -c "DROP DATABASE IF EXISTS onym_import_bench" -c "CREATE DATABASE onym_import_bench"
pg=${admin%/*}/onym_import_bench
export ONYM_CACHE_DIR=$work/cache
for store in "$work/bench.sqlite" "$pg"; do
  echo "== $store"
  /usr/bin/time -f "import: %e s, peak %M KB" "$onym" import "$glossary" --store "$store" --author bench -m first > /dev/null
  /usr/bin/time -f "re-import of 1 %%: %e s, peak %M KB" "$onym" import "$work/changed.yaml" --store "$store" --author bench -m second
  case $store in
    postgres*) q() { psql "$store" -X -t -A -c "$1"; } ;;
    *) q() { sqlite3 "$store" "$1"; } ;;
  esac
  echo "rows: $(q 'SELECT count(*) FROM concept') concepts, $(q 'SELECT count(*) FROM term') terms, $(q 'SELECT count(*) FROM near') near-miss parts"
  echo "history of the re-import: $(q "SELECT action || ' ' || count(*) FROM change WHERE message = 'second' GROUP BY action")"
done
