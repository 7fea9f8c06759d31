#!/usr/bin/env python3
"""`onym lsp` on the bench kit's 100,000-concept glossary (issue "Editors and assistants"):
how long after the debounce a 10,000-word Markdown document's diagnostics arrive, and what
typing costs — 2,000 single-character edits replayed at typing speed, the server's CPU
(user + system, from /proc) over the replay and its resident memory before and after.

    Benchmarks/LSP/run.py [ONYM] [KIT] [--interval SECONDS] [--edits N]
"""
import argparse
import json
import os
import queue
import statistics
import subprocess
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("onym", nargs="?", default=os.path.join(os.path.dirname(__file__), "../../.build/release/onym"))
parser.add_argument("kit", nargs="?", default="/tmp/onym-bench")
parser.add_argument("--interval", type=float, default=0.2, help="seconds between edits (0.2 s: 60 words a minute)")
parser.add_argument("--edits", type=int, default=2000)
args = parser.parse_args()

work = os.environ.get("WORK", "/tmp/onym-lsp-bench")
os.makedirs(work, exist_ok=True)
words = open(os.path.join(args.kit, "data/corpus-1MB.txt"), encoding="utf-8").read().split()[:10000]
paragraphs = [" ".join(words[i:i + 100]) for i in range(0, len(words), 100)]
text = "# A long article\n\n" + "\n\n".join(paragraphs) + "\n"
glossary = os.path.join(args.kit, "data/adapted/onym-100000.yaml")
env = dict(os.environ, ONYM_CACHE_DIR=os.path.join(work, "cache"))
server = subprocess.Popen([args.onym, "lsp", "--glossary", glossary], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, env=env, cwd=work)
incoming = queue.Queue()


def reader():
    out = server.stdout
    while True:
        length = None
        while True:
            line = out.readline()
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        incoming.put((time.monotonic(), json.loads(out.read(length))))


threading.Thread(target=reader, daemon=True).start()


def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()


def wait(predicate, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        at, message = incoming.get(timeout=max(0.001, deadline - time.monotonic()))
        if predicate(message):
            return at, message


def cpu_seconds():
    fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib():
    for line in open(f"/proc/{server.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


uri = "file://" + os.path.join(work, "article.md")
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": "file://" + work}})
wait(lambda m: m.get("id") == 1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
published = lambda version: (lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)

started = time.monotonic()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
at, message = wait(published(1), timeout=600)
print(f"open (glossary read or mapped, first check): {1000 * (at - started):.1f} ms, {len(message['params']['diagnostics'])} findings")
time.sleep(3)  # the lookup index is built in the background after the first check

version = 1
line_count = text.count("\n")


def edit(version, line, character, inserted):
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version},
                     "contentChanges": [{"range": {"start": {"line": line, "character": character},
                                                   "end": {"line": line, "character": character}}, "text": inserted}]}})


after_debounce = []
for n in range(30):
    version += 1
    sent = time.monotonic()
    edit(version, 2 + 2 * (n % 50), 0, "x")
    at, _ = wait(published(version))
    after_debounce.append(1000 * (at - sent) - 150)
    time.sleep(0.3)
print(f"diagnostics after the 150 ms debounce, 30 single edits: median {statistics.median(after_debounce):.1f} ms, "
      f"max {max(after_debounce):.1f} ms")

rss_start, cpu_start, wall_start = rss_mib(), cpu_seconds(), time.monotonic()
for n in range(args.edits):
    version += 1
    edit(version, 2 + 2 * ((n // 40) % 50), n % 40, "a")
    time.sleep(args.interval)
wait(published(version))
cpu, wall = cpu_seconds() - cpu_start, time.monotonic() - wall_start
print(f"{args.edits} edits every {args.interval * 1000:.0f} ms: {wall:.1f} s, server CPU {cpu:.2f} s = "
      f"{100 * cpu / wall:.1f} % of a core; RSS {rss_start:.0f} MiB before, {rss_mib():.0f} MiB after")
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
wait(lambda m: m.get("id") == 2)
send({"jsonrpc": "2.0", "method": "exit"})
print(f"exit code {server.wait(timeout=10)}")
