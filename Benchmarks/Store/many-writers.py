#!/usr/bin/env python3
"""Many writers on one store at once, then a proof that nothing was lost or half-applied.

    python3 Benchmarks/Store/many-writers.py ONYM STORE [--mode cli|serve] [--writers 8]
            [--edits 500] [--seconds 60] [--hot 20]

STORE is a postgres:// address (or a SQLite file) that already holds the concepts (for
example the bench kit's 100,000, put there with `onym import`). Each writer makes up to
--edits edits to random concepts that have an English term — a new variant, a new kind,
a new note — for at most --seconds; a third of the edits go to --hot concepts shared by
all writers, so that writers often change the same concept at once.

--mode cli: the writers are processes running `onym set` (each edit a process of its
own, as people and scripts run it). --mode serve: two `onym serve` processes on the same
store, each writer a thread sending GET (for the revision) then PATCH with If-Match to
one of them, in turn.

Every edit is either applied (exit 0, HTTP 200) or refused because the concept changed
since it was read (exit 2 with the revision message, HTTP 412); anything else is a
failure. The check then reads the store's history and rows (psql, or sqlite3) and proves:
each applied edit has exactly one history row (found by its message) and each refused one
none; each concept's revisions in the history run without gap or repeat up to the
concept's revision; each concept's stored body is the last history row's; an applied new
variant is among the concept's terms; a concept's note and kind are those of the last
applied edit that set them. It prints the counts and edits a second, and exits 1 when
the proof fails.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from storekit import Server, prove, query

KINDS = ["person", "place", "country", "organisation", "other"]


def plan(writer, args):
    """The edits of one writer, each a dict: concept, action, value and tag (its message)."""
    rng = random.Random(f"{args.run}.{writer}")
    edits = []
    for i in range(args.edits):
        concept = rng.choice(args.hot) if rng.random() < 1 / 3 else rng.choice(args.concepts)
        action = rng.choice(["variant", "kind", "note"])
        value = {"variant": f"Mwvar{args.run}w{writer}q{i}x", "kind": rng.choice(KINDS), "note": f"note {args.run}.{writer}.{i}"}[action]
        edits.append({"concept": concept, "action": action, "value": value, "tag": f"mw:{args.run}:{writer}:{i}:{action}"})
    return edits


def run_cli(args, writer, edits, deadline, record):
    env = dict(os.environ, ONYM_CACHE_DIR=args.cache)
    for e in edits:
        if time.monotonic() > deadline:
            break
        change = {"variant": "--add-variant", "kind": "--kind", "note": "--note"}[e["action"]]
        ran = subprocess.run([args.onym, "set", e["concept"], "--lang", "en", change, e["value"], "--store", args.store,
                              "--author", f"w{writer}", "-m", e["tag"]], capture_output=True, text=True, env=env)
        if ran.returncode == 0:
            record(dict(e, state="unchanged" if " unchanged (revision " in ran.stdout else "applied"))
        elif ran.returncode == 2 and "changed since you read it" in ran.stderr:
            record(dict(e, state="refused"))
        else:
            record(dict(e, state="failed", detail=f"exit {ran.returncode}: {ran.stderr.strip()}"))


def run_http(writer, edits, deadline, record, servers):
    for n, e in enumerate(edits):
        if time.monotonic() > deadline:
            break
        server = servers[(writer + n) % len(servers)]
        url = server.url + "v1/concepts/" + e["concept"]
        headers = {"Authorization": f"Bearer {server.token}"}
        field = {"variant": "addVariant", "kind": "kind", "note": "note"}[e["action"]]
        change = {"lang": "en", "message": e["tag"], field: [e["value"]] if e["action"] == "variant" else e["value"]}
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as got:
                revision = got.headers["ETag"]
            request = urllib.request.Request(url, data=json.dumps(change).encode(), method="PATCH",
                                             headers=dict(headers, **{"If-Match": revision, "Content-Type": "application/json"}))
            with urllib.request.urlopen(request, timeout=60) as answer:
                # The same revision back: the change changed nothing (a kind it already had).
                record(dict(e, state="unchanged" if answer.headers["ETag"] == revision else "applied"))
        except urllib.error.HTTPError as error:
            text = error.read().decode(errors="replace")
            if error.code == 412 and "changed since you read it" in text:
                record(dict(e, state="refused"))
            else:
                record(dict(e, state="failed", detail=f"HTTP {error.code}: {text}"))
        except OSError as error:  # a server that fell over
            record(dict(e, state="failed", detail=repr(error)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("onym")
    parser.add_argument("store")
    parser.add_argument("--mode", choices=["cli", "serve"], default="cli")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--hot", type=int, default=20)
    args = parser.parse_args()
    args.onym = os.path.abspath(args.onym)
    args.cache = tempfile.mkdtemp(prefix="onym-many-writers-cache-")
    args.run = int(time.time())  # in the forms and messages: each run's edits are new
    args.concepts = sorted(r[0] for r in query(args.store, "SELECT DISTINCT concept_id FROM term WHERE language = 'en'"))
    if not args.concepts:
        sys.exit("the store has no concept with an English term: import some first (onym import FILE --store STORE)")
    args.hot = random.Random(0).sample(args.concepts, min(args.hot, len(args.concepts)))
    baseline = int(query(args.store, "SELECT coalesce(max(seq), 0) FROM change")[0][0])

    done = []
    lock = threading.Lock()

    def record(edit):
        with lock:
            done.append(edit)

    servers = []
    if args.mode == "serve":
        env = dict(os.environ, ONYM_CACHE_DIR=args.cache)
        servers = [Server(args.onym, args.store, env) for _ in range(2)]
    started = time.monotonic()
    deadline = started + args.seconds
    try:
        with ThreadPoolExecutor(args.writers) as pool:
            for w in range(args.writers):
                if args.mode == "cli":
                    pool.submit(run_cli, args, w, plan(w, args), deadline, record)
                else:
                    pool.submit(run_http, w, plan(w, args), deadline, record, servers)
        elapsed = time.monotonic() - started
    finally:
        for server in servers:
            server.stop()
    applied = sum(1 for e in done if e["state"] == "applied")
    unchanged = sum(1 for e in done if e["state"] == "unchanged")
    refused = sum(1 for e in done if e["state"] == "refused")
    failed = [e for e in done if e["state"] == "failed"]
    print(f"{args.mode}: {args.writers} writers, {len(done)} edits in {elapsed:.1f} s: {applied} applied, {unchanged} unchanged, {refused} refused "
          f"(changed since read), {len(failed)} failed; {applied / elapsed:.1f} applied edits/s, {len(done) / elapsed:.1f} edits/s")
    for e in failed[:10]:
        print(f"  failed {e['tag']}: {e['detail']}")
    problems = prove(args.store, baseline, done)
    for p in problems[:20]:
        print("  PROBLEM", p)
    print("check: " + ("every edit applied whole with its history row, or refused and absent" if not problems and not failed
                       else f"{len(problems)} problems, {len(failed)} failed edits"))
    sys.exit(1 if problems or failed else 0)


if __name__ == "__main__":
    main()
