"""A PostgreSQL store that goes away while the server runs: what needs the store is 503
with a message, what is in memory (lookups, checks) goes on, nothing is half-written, and
the server takes the store back by itself when it returns."""
import json
import os
import socket
import tempfile
import time
import urllib.error
import urllib.request

import pytest

from conftest import Postgres, folder_with_glossary, serve_store


def request(url, method="GET", body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    call = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}, **({"Content-Type": "application/json"} if data else {})))
    try:
        with urllib.request.urlopen(call, timeout=10) as answer:
            return answer.status, json.loads(answer.read() or b"null"), answer.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null"), error.headers


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def postgres():
    folder = tempfile.mkdtemp(prefix="onym-e2e-pg-")
    os.chmod(folder, 0o755)
    cluster = Postgres(folder, free_port())
    cluster.start()
    yield cluster
    try:
        cluster.stop()
    except Exception:
        pass


def test_a_store_that_goes_away_is_503_and_is_taken_back(postgres):
    folder, env = folder_with_glossary()
    for server in serve_store(postgres.url, folder, env):
        editor = {"Authorization": f"Bearer {server.token}"}
        status, concept, headers = request(server.url + "v1/concepts/kyiv")
        assert status == 200 and concept["id"] == "kyiv"
        revision = headers["ETag"]

        postgres.stop()
        status, body, _ = request(server.url + "v1/concepts/kyiv")
        assert status == 503
        assert list(body) == ["error"] and body["error"].startswith("the glossaries cannot be read: "), body
        # The glossaries in memory still answer.
        status, found, _ = request(server.url + "v1/lookup?q=Kiev")
        assert (status, [m["concept"] for m in found["matches"]]) == (200, ["kyiv"])
        status, body, _ = request(server.url + "v1/concepts/kyiv", "PATCH", {"lang": "en", "note": "Written during the outage."},
                                  dict(editor, **{"If-Match": revision}))
        assert status == 503, body

        postgres.start()
        deadline = time.monotonic() + 10
        while True:
            status, concept, headers = request(server.url + "v1/concepts/kyiv")
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert status == 200, concept
        # The edit refused during the outage was not written: the revision and note are as before.
        assert headers["ETag"] == revision and concept.get("note") == "Capital of Ukraine."
        status, body, _ = request(server.url + "v1/concepts/kyiv", "PATCH", {"lang": "en", "note": "Capital of Ukraine since 1991."},
                                  dict(editor, **{"If-Match": revision}))
        assert status == 200, body
        status, history, _ = request(server.url + "v1/concepts/kyiv/history")
        assert status == 200
        # The import, then the one edit made after the store came back, by the token's name.
        assert [entry["action"] for entry in history] == ["added", "changed"], history
        assert (history[1]["author"], history[1]["concept"]) == ("editor", "kyiv")
