#!/usr/bin/env bash
# The server's speed and footprint (issue "onym serve"), beside the CLI's whole-process
# lookup, in one run: the bench kit's 100,000 concepts in a SQLite store (and in
# PostgreSQL when PG names a server), wrk on loopback with 2 threads and 16 connections.
#   Benchmarks/Server/run.sh [ONYM] [KIT]      (PG=postgres://onym@127.0.0.1:55432/postgres to add PostgreSQL,
#   importing the concepts there; PGSTORE=postgres://…/db for a database that has them; SKIP_SQLITE=1)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# ONYM must be built with the Server trait (swift build -c release --traits Server).
onym=${1:-$here/../../.build/release/onym}
kit=${2:-/tmp/onym-bench}
work=${WORK:-/tmp/onym-server-bench}
mkdir -p "$work"
export ONYM_CACHE_DIR=$work/cache
python3 "$here/make-inputs.py" "$kit" "$work"
store=$work/store.sqlite
if [ ! -f "$store" ]; then
  "$onym" import "$kit/data/adapted/onym-100000.yaml" --store "$store" -m bench >/dev/null
fi
port=18181
rss() { ps -o rss= -p "$1" | tr -d ' '; }

serve() {  # serve STORE: starts the server, prints the ms from start to the first answer
  local start=$(date +%s%N)
  "$onym" serve --store "$1" --port $port 2>>"$work/serve.log" &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/v1/lookup?q=Kyiv" >/dev/null 2>&1; do sleep 0.01; done
  echo "start to first answer: $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

load() {  # load NAME CONNECTIONS ARGS…: wrk for 20 s, with the peak resident memory meanwhile
  local name=$1 connections=$2; shift 2
  local peak=0
  ( while kill -0 $pid 2>/dev/null; do r=$(rss $pid); [ "$r" -gt "$(cat "$work/peak" 2>/dev/null || echo 0)" ] && echo "$r" > "$work/peak"; sleep 0.2; done ) &
  local watcher=$!
  echo 0 > "$work/peak"
  echo "== $name, $connections connections"
  wrk -t2 -c"$connections" -d20s --latency "$@" | grep -E "Requests/sec|^\s+(50|99)%|Non-2xx|Socket errors"
  kill $watcher 2>/dev/null || true
  echo "peak RSS: $(( $(cat "$work/peak") / 1024 )) MiB"
}

run_backend() {
  # A first start fills the cache (the compiled matcher, the store's concepts); the second is measured.
  serve "$1" >/dev/null
  kill -TERM $pid; wait $pid || true
  serve "$1"
  sleep 3
  echo "idle RSS: $(( $(rss $pid) / 1024 )) MiB"
  # Throughput with 16 connections (a queue on 2 cores); latency with 2 (one a core), where
  # a request's time is its own and not its wait behind 15 others.
  for c in 16 2; do
    QUERIES=$work/exact.txt load "exact lookup" $c -s "$here/lookup.lua" "http://127.0.0.1:$port"
    QUERIES=$work/fuzzy.txt load "fuzzy lookup" $c -s "$here/lookup.lua" "http://127.0.0.1:$port"
    FORM=$work/article.form load "/v2/check, 800 words" $c -s "$here/check.lua" "http://127.0.0.1:$port/v2/check"
  done
  kill -TERM $pid; wait $pid || true
}

if [ -z "${SKIP_SQLITE:-}" ]; then
  echo "### SQLite"
  run_backend "$store"
fi
if [ -n "${PGSTORE:-}" ]; then  # a PostgreSQL store already holding the 100,000 concepts
  echo "### PostgreSQL"
  run_backend "$PGSTORE"
elif [ -n "${PG:-}" ]; then
  echo "### PostgreSQL"
  db=onym_server_bench
  psql "$PG" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  pgstore=${PG%/*}/$db
  "$onym" import "$kit/data/adapted/onym-100000.yaml" --store "$pgstore" -m bench >/dev/null
  run_backend "$pgstore"
fi
echo "### the CLI, whole process, same store"
q=$(head -1 "$work/exact.txt" | python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.stdin.read().strip()))')
hyperfine -N -i --warmup 2 --runs 20 "$onym lookup --store $store '$q'" 2>&1 | grep -E "Time|Range"
