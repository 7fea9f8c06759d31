"""What the store checks share: reading a store with SQL, a throw-away PostgreSQL cluster,
`onym serve` on a store with an edit token, and the proof that every edit sent was either
applied whole with its history row or refused and left no trace."""
import glob
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile

SEP, END = "\x1f", "\x1e"


def query(store, sql):
    """Rows of `sql` on the store (psql for postgres://, else SQLite), as lists of strings (None for NULL)."""
    if store.startswith(("postgres://", "postgresql://")):
        out = subprocess.run(["psql", store, "-X", "-q", "-A", "-t", "-F", SEP, "-R", END, "-P", "null=\\N", "-c", sql],
                             capture_output=True, text=True, check=True).stdout
        out = out[:-1] if out.endswith("\n") else out  # psql's newline after the last record
        return [[None if c == "\\N" else c for c in r.split(SEP)] for r in out.split(END) if r.strip("\n")]
    with sqlite3.connect(store) as db:
        return [[None if c is None else str(c) for c in r] for r in db.execute(sql)]


def initdb_path():
    """PostgreSQL's initdb (on the PATH, else Debian's newest), or None."""
    return shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[-1:]), None)


class Cluster:
    """A PostgreSQL cluster of the check's own (initdb refuses root: as root, it is the
    postgres user's), which it can stop and start again; in `folder`, else a new one.
    The end-to-end tests use it too (Tests/EndToEnd/conftest.py)."""

    def __init__(self, port, folder=None):
        found = initdb_path()
        if not found:
            raise SystemExit("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)")
        self.bin, self.port = os.path.dirname(found), port
        self.folder = folder or tempfile.mkdtemp(prefix="onym-check-pg-")
        os.chmod(self.folder, 0o755)
        if os.getuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.url = f"postgres://onym@127.0.0.1:{port}/postgres"
        self.run(f"'{self.bin}/initdb' -D '{self.folder}/data' -A trust -U onym")

    def run(self, command):
        argv = ["su", "postgres", "-s", "/bin/sh", "-c", command] if os.getuid() == 0 else ["sh", "-c", command]
        subprocess.run(argv, check=True, capture_output=True)

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        self.run(f"'{self.bin}/pg_ctl' -D '{self.folder}/data' -l '{self.folder}/log' -w -o \"{options}\" start")

    def stop(self):
        self.run(f"'{self.bin}/pg_ctl' -D '{self.folder}/data' -m fast -w stop")

    def remove(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


class Server:
    """`onym serve` on `store` with a tokens file whose one token (`self.token`) may edit."""

    def __init__(self, onym, store, env):
        folder = tempfile.mkdtemp(prefix="onym-check-serve-")
        made = subprocess.run([onym, "serve", "--new-token", "checker", "--scope", "edit"], capture_output=True, text=True, check=True, env=env)
        self.token = made.stdout.strip()
        tokens = os.path.join(folder, "tokens.yaml")
        with open(tokens, "w", encoding="utf-8") as f:
            f.write("tokens:\n" + made.stderr.strip().splitlines()[-1] + "\n")
        self.process = subprocess.Popen([onym, "serve", "--store", store, "--port", "0", "--tokens", tokens],
                                        stderr=subprocess.PIPE, text=True, env=env)
        self.url = None
        for line in self.process.stderr:
            found = re.search(r"serving on (http://\S+/)", line)
            if found:
                self.url = found.group(1)
                break
        if not self.url:
            raise SystemExit("onym serve did not start")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def prove(store, baseline, edits):
    """Problems with the history after `baseline` (a change seq) given `edits`: dicts with
    `tag` (the edit's message), `state` (applied, unchanged: nothing to change, refused,
    failed, or unavailable: the
    store went away while it was sent), `concept`, `action` (variant, kind, note) and
    `value`, in no particular order. Empty when every applied edit has exactly one
    history row and the stored concepts show them, and no refused or failed edit left a
    trace. An unavailable edit may have been committed just before the store went away
    (the answer lost with the connection): then it must be there whole, like an applied one."""
    problems = []
    outcome = {e["tag"]: e for e in edits}
    seen = {}
    for seq, concept, message in query(store, f"SELECT seq, concept_id, message FROM change WHERE seq > {baseline} ORDER BY seq"):
        if message in seen:
            problems.append(f"two history rows for {message}")
        seen[message] = (int(seq), concept)
    for tag, e in outcome.items():
        if e["state"] == "applied" and tag not in seen:
            problems.append(f"{tag} was applied but has no history row")
        if e["state"] in ("unchanged", "refused", "failed") and tag in seen:
            problems.append(f"{tag} was {e['state']} but has a history row")
        if e["state"] == "unavailable" and tag in seen:
            e["state"] = "applied"  # committed as the store went away: checked whole below
    problems += [f"a history row for {m}, which no writer sent" for m in seen if m not in outcome]
    touched = sorted({c for (_, c) in seen.values()})
    stored = {}
    for chunk in range(0, len(touched), 500):
        members = touched[chunk:chunk + 500]
        ids = ",".join("'" + c.replace("'", "''") + "'" for c in members)
        history = {}
        for concept, revision, new in query(store, f"SELECT concept_id, revision, new FROM change WHERE concept_id IN ({ids}) ORDER BY seq"):
            history.setdefault(concept, []).append((int(revision), new))
        for concept, revision, body in query(store, f"SELECT id, revision, body FROM concept WHERE id IN ({ids})"):
            revisions = [r for r, _ in history.get(concept, [])]
            if revisions != list(range(1, len(revisions) + 1)) or revisions[-1] != int(revision):
                problems.append(f"{concept}: history revisions …{revisions[-5:]} against the concept's revision {revision}")
            elif history[concept][-1][1] != body:
                problems.append(f"{concept}: the stored body is not the last history row's")
            stored[concept] = json.loads(body)
        forms = {}
        for concept, form in query(store, f"SELECT concept_id, form FROM term WHERE concept_id IN ({ids})"):
            forms.setdefault(concept, set()).add(form)
        for e in outcome.values():
            if e["state"] == "applied" and e["action"] == "variant" and e["concept"] in members and e["value"] not in forms.get(e["concept"], set()):
                problems.append(f"{e['tag']}: its variant is not among {e['concept']}'s terms")
    # A concept's note and kind are those of the last applied edit that set them.
    latest = {}
    for tag, (seq, concept) in seen.items():
        e = outcome.get(tag)
        if e and e["action"] in ("note", "kind") and seq > latest.get((concept, e["action"]), (0, None))[0]:
            latest[(concept, e["action"])] = (seq, e)
    for (concept, action), (_, e) in latest.items():
        have = stored.get(concept, {}).get(action)
        if have != e["value"]:
            problems.append(f"{concept}: {action} is {have!r}, the last applied edit ({e['tag']}) set {e['value']!r}")
    return problems
