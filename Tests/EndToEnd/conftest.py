"""End-to-end tests of `onym serve` with the clients people use: language_tool_python,
schemathesis and a real browser (Selenium with headless Chromium). Each starts the built
binary (ONYM_BIN, else .build/debug/onym) on a free port with a small glossary."""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Benchmarks" / "Store"))
from storekit import Cluster, initdb_path  # noqa: E402  (the store checks' PostgreSQL cluster)
GLOSSARY = """\
glossary: house
concepts:
  - id: kyiv
    kind: place
    note: Capital of Ukraine.
    terms:
      en: { preferred: Kyiv, variants: [Kiev] }
      uk: { preferred: Київ, variants: [Киев] }
      de: { preferred: Kyjiw, variants: [Kiew] }
  - id: turkiye
    kind: country
    generate: false
    terms:
      en: { preferred: Türkiye, variants: [Turkey] }
      de: { preferred: Türkei }
"""


BINARY = os.path.abspath(os.environ.get("ONYM_BIN", str(ROOT / ".build/debug/onym")))


def need_built_in(part, trait):
    """Skips the test, saying why, when `onym --version` says `part` is not built in."""
    version = subprocess.run([BINARY, "--version"], capture_output=True, text=True).stdout
    if f"{part} built in" not in version:
        pytest.skip(f"{BINARY} was built without the {trait} trait (swift build --traits {trait})")


class Server:
    def __init__(self, process, url, log, token=None):
        self.process, self.url, self.log, self.token = process, url, log, token


def folder_with_glossary():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="onym-e2e-"))
    (folder / "house.yaml").write_text(GLOSSARY, encoding="utf-8")
    return folder, dict(os.environ, ONYM_CACHE_DIR=str(folder / "cache"))


@pytest.fixture(scope="session")
def server():
    """The server of a glossary file: read-only, no tokens."""
    folder, env = folder_with_glossary()
    yield from serve(["--glossary", str(folder / "house.yaml")], folder, env)


@pytest.fixture(scope="session")
def store_server():
    """The server of a SQLite store with a tokens file: anonymous requests read, the
    token `editor` edits."""
    folder, env = folder_with_glossary()
    yield from serve_store(str(folder / "onym.sqlite"), folder, env)


def serve_store(store, folder, env):
    """Imports the glossary into `store` and serves it with the token `editor` for edits."""
    subprocess.run([BINARY, "import", str(folder / "house.yaml"), "--store", store], check=True, env=env, capture_output=True)
    need_built_in("server", "Server")
    made = subprocess.run([BINARY, "serve", "--new-token", "editor", "--scope", "edit"], check=True, env=env, capture_output=True, text=True)
    token, line = made.stdout.strip(), made.stderr.strip().splitlines()[-1]
    (folder / "tokens.yaml").write_text("anonymous: read\ntokens:\n" + line + "\n", encoding="utf-8")
    yield from serve(["--store", store, "--tokens", str(folder / "tokens.yaml")], folder, env, token)


class Postgres(Cluster):
    """A throw-away PostgreSQL cluster of the test's own, which it can stop and start again
    (Benchmarks/Store/storekit.py's, skipped where it cannot run)."""

    def __init__(self, folder, port):
        need_built_in("PostgreSQL", "PostgreSQL")
        if not initdb_path():
            pytest.skip("PostgreSQL's initdb is not installed (Debian: postgresql)")
        super().__init__(port, folder)


def serve(arguments, folder, env, token=None):
    need_built_in("server", "Server")
    process = subprocess.Popen([BINARY, "serve", "--port", "0"] + arguments, stderr=subprocess.PIPE, text=True, env=env, cwd=folder)
    log = []
    url = None
    for line in process.stderr:
        log.append(line)
        found = re.search(r"serving on (http://\S+/)", line)
        if found:
            url = found.group(1)
            break
    assert url, "the server did not start:\n" + "".join(log)
    yield Server(process, url, log, token)
    process.terminate()
    rest = process.stderr.read()
    log.append(rest)
    assert process.wait(timeout=10) == 0, "SIGTERM must end the server with 0"
