"""End-to-end tests of `onym serve` with the clients people use: language_tool_python,
schemathesis and a real browser (Selenium with headless Chromium). Each starts the built
binary (ONYM_BIN, else .build/debug/onym) on a free port with a small glossary."""
import os
import pathlib
import re
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
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


class Server:
    def __init__(self, process, url, log):
        self.process, self.url, self.log = process, url, log


@pytest.fixture(scope="session")
def server():
    binary = os.path.abspath(os.environ.get("ONYM_BIN", str(ROOT / ".build/debug/onym")))
    folder = pathlib.Path(tempfile.mkdtemp(prefix="onym-e2e-"))
    (folder / "house.yaml").write_text(GLOSSARY, encoding="utf-8")
    env = dict(os.environ, ONYM_CACHE_DIR=str(folder / "cache"))
    process = subprocess.Popen([binary, "serve", "--port", "0", "--glossary", str(folder / "house.yaml")],
                               stderr=subprocess.PIPE, text=True, env=env, cwd=folder)
    log = []
    url = None
    for line in process.stderr:
        log.append(line)
        found = re.search(r"serving on (http://\S+/)", line)
        if found:
            url = found.group(1)
            break
    assert url, "the server did not start:\n" + "".join(log)
    yield Server(process, url, log)
    process.terminate()
    rest = process.stderr.read()
    log.append(rest)
    assert process.wait(timeout=10) == 0, "SIGTERM must end the server with 0"
