#!/usr/bin/env python3
"""A PostgreSQL store that goes away mid-run and comes back: the check.

    python3 Benchmarks/Store/restart-check.py ONYM [--port 55499] [--writers 4] [--seconds 20]

ONYM must be built with PostgreSQL (`onym --version` says so). The check makes a
PostgreSQL cluster of its own (initdb; as root, the postgres user's), puts the bundled
glossaries in a store there, starts `onym serve` on it, and sets writers going (`onym
set` processes, and PATCH requests to the server). A third of the way through it stops
PostgreSQL (pg_ctl -m fast), and starts it again at two thirds. It proves that:

- every command that needed the store while it was away failed with exit 2 and one line
  on stderr, and every request that needed it was 503 with {"error": …}, while the
  server's lookups (in memory) went on answering 200;
- the server took the store back by itself (the first concept read after the restart
  that is 200, within 10 seconds);
- nothing was half-written: every edit is applied whole with its history row, refused,
  or (sent as the store went away) absent or whole (storekit.prove).

It prints what it saw and exits 1 when anything is off.
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

from storekit import Cluster, Server, prove, query


def call(url, method="GET", body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers=dict(headers or {}, **({"Content-Type": "application/json"} if data else {})))
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"null"), answer.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("onym")
    parser.add_argument("--port", type=int, default=55499)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    onym = os.path.abspath(args.onym)
    if "PostgreSQL built in" not in subprocess.run([onym, "--version"], capture_output=True, text=True).stdout:
        sys.exit(f"{onym} was built without PostgreSQL (swift build --traits PostgreSQL)")
    env = dict(os.environ, ONYM_CACHE_DIR=tempfile.mkdtemp(prefix="onym-restart-cache-"))
    cluster = Cluster(args.port)
    cluster.start()
    problems = []
    try:
        store = cluster.url
        subprocess.run([onym, "store", "init", "--from-bundled", "--store", store], check=True, capture_output=True, env=env)
        concepts = sorted(r[0] for r in query(store, "SELECT DISTINCT concept_id FROM term WHERE language = 'en'"))
        baseline = int(query(store, "SELECT coalesce(max(seq), 0) FROM change")[0][0])
        server = Server(onym, store, env)
        editor = {"Authorization": f"Bearer {server.token}"}
        done, lock = [], threading.Lock()
        down = threading.Event()
        outage = {"cli": [], "http": [], "lookups": []}
        start = time.monotonic()
        deadline = start + args.seconds

        def cli_writer(w):
            rng, i = random.Random(w), 0
            while time.monotonic() < deadline:
                concept, i = rng.choice(concepts), i + 1
                e = {"concept": concept, "action": "note", "value": f"note c{w}.{i}", "tag": f"rc:cli{w}:{i}:note"}
                ran = subprocess.run([onym, "set", concept, "--lang", "en", "--note", e["value"], "--store", store,
                                      "--author", f"c{w}", "-m", e["tag"]], capture_output=True, text=True, env=env)
                lines = ran.stderr.strip().splitlines()
                if ran.returncode == 0:
                    state = "applied"
                elif ran.returncode == 2 and "changed since you read it" in ran.stderr:
                    state = "refused"
                elif ran.returncode == 2 and len(lines) == 1:
                    state = "unavailable"
                    with lock:
                        outage["cli"].append(lines[0])
                else:
                    state = "failed"
                    problems.append(f"onym set during the run: exit {ran.returncode}, stderr {ran.stderr!r}")
                with lock:
                    done.append(dict(e, state=state))

        def http_writer(w):
            rng, i = random.Random(100 + w), 0
            while time.monotonic() < deadline:
                concept, i = rng.choice(concepts), i + 1
                e = {"concept": concept, "action": "note", "value": f"note h{w}.{i}", "tag": f"rc:http{w}:{i}:note"}
                status, body, headers = call(server.url + "v1/concepts/" + concept, headers=editor)
                if status == 200:
                    status, body, _ = call(server.url + "v1/concepts/" + concept, "PATCH",
                                           {"lang": "en", "note": e["value"], "message": e["tag"]},
                                           dict(editor, **{"If-Match": headers["ETag"]}))
                state = {200: "applied", 412: "refused", 503: "unavailable"}.get(status, "failed")
                if state == "failed":
                    problems.append(f"HTTP {status} during the run: {body}")
                if status == 503:
                    with lock:
                        outage["http"].append(body)
                with lock:
                    done.append(dict(e, state=state))
                # What is in memory answers whether the store is there or not.
                if down.is_set():
                    found, answer, _ = call(server.url + "v1/lookup?q=Kiev", headers=editor)
                    with lock:
                        outage["lookups"].append(found == 200 and [m["concept"] for m in answer["matches"]] == ["kyiv"])
                time.sleep(0.05)

        threads = [threading.Thread(target=cli_writer, args=(w,)) for w in range(args.writers)]
        threads += [threading.Thread(target=http_writer, args=(w,)) for w in range(2)]
        for t in threads:
            t.start()
        time.sleep(args.seconds / 3)
        cluster.stop()
        down.set()
        stopped = time.monotonic()
        time.sleep(args.seconds / 3)
        cluster.start()
        down.clear()
        restarted = time.monotonic()
        back = None
        while time.monotonic() < restarted + 10:
            if call(server.url + "v1/concepts/kyiv", headers=editor)[0] == 200:
                back = time.monotonic() - restarted
                break
            time.sleep(0.1)
        for t in threads:
            t.join()
        server.stop()

        states = {s: sum(1 for e in done if e["state"] == s) for s in ("applied", "refused", "unavailable", "failed")}
        print(f"{len(done)} edits: {states}; store away {restarted - stopped:.1f} s")
        print(f"during the outage: {len(outage['cli'])} commands failed with one line and exit 2, e.g. {outage['cli'][:1]}")
        print(f"  {len(outage['http'])} requests were 503, e.g. {outage['http'][:1]}; "
              f"lookups from memory: {sum(outage['lookups'])} of {len(outage['lookups'])} answered")
        if not outage["cli"] or not outage["http"]:
            problems.append("the outage was not seen by both the commands and the server")
        if not all(outage["lookups"]) or not outage["lookups"]:
            problems.append("lookups from memory did not all answer during the outage")
        if not all(isinstance(b, dict) and list(b) == ["error"] for b in outage["http"]):
            problems.append("a 503 was not {\"error\": …}")
        if back is None:
            problems.append("the server did not take the store back within 10 s")
        else:
            print(f"the server took the store back {back:.2f} s after PostgreSQL started again")
        problems += prove(store, baseline, done)
    finally:
        cluster.remove()
    for p in problems[:20]:
        print("  PROBLEM", p)
    print("check: " + ("nothing half-written; the outage was one clear line, 503, and taken back" if not problems else f"{len(problems)} problems"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
