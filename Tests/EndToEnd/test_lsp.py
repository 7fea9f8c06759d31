"""`onym lsp` driven by pytest-lsp (a real LSP client, pygls) end to end: initialize in
both position encodings, diagnostics with exact ranges after non-BMP characters, an edit
that clears a finding, each code action and command, hover, pull diagnostics, a
configuration reload and shutdown/exit."""
import asyncio
import json
import subprocess
import pathlib
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import BINARY, GLOSSARY

TEXT = "😀 Talks in Kiev.\nCafé — Turkey's capital, Kyivv.\n"


def project():
    """A folder with the glossary and an .onym.yaml that names it (so edits go there)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="onym-lsp-"))
    (folder / "house.yaml").write_text(GLOSSARY, encoding="utf-8")
    (folder / ".onym.yaml").write_text("glossaries: [house.yaml]\n", encoding="utf-8")
    return folder


def config(folder):
    return ClientServerConfig(server_command=[BINARY, "lsp", "--author", "tester"],
                              server_env={"ONYM_CACHE_DIR": str(folder / "cache"), "PATH": "/usr/bin:/bin"})


FOLDER = project()
PULL_FOLDER = project()


def capabilities(encodings, pull=False):
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings),
        workspace=types.WorkspaceClientCapabilities(apply_edit=True),
        text_document=types.TextDocumentClientCapabilities(diagnostic=types.DiagnosticClientCapabilities() if pull else None),
    )


async def start(client, folder, encodings, pull=False):
    client.applied = []

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        client.applied.append(params.edit)
        return types.ApplyWorkspaceEditResult(applied=True)

    result = await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(encodings, pull), root_uri=folder.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name="project")]))
    return result


@pytest_lsp.fixture(config=config(FOLDER))
async def utf16(lsp_client: LanguageClient):
    lsp_client.init_result = await start(lsp_client, FOLDER, ["utf-16"])
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=config(FOLDER))
async def utf8(lsp_client: LanguageClient):
    lsp_client.init_result = await start(lsp_client, FOLDER, ["utf-8", "utf-16"])
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=config(PULL_FOLDER))
async def pulling(lsp_client: LanguageClient):
    lsp_client.init_result = await start(lsp_client, PULL_FOLDER, ["utf-16"], pull=True)
    yield
    await lsp_client.shutdown_session()


def open_text(client, name, text, language="plaintext", version=1):
    uri = (FOLDER / name).as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return uri


async def diagnostics_of(client, uri, timeout=10):
    """The diagnostics published for `uri`, once there are some."""
    for _ in range(int(timeout / 0.05)):
        if uri in client.diagnostics:
            return client.diagnostics[uri]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no diagnostics for {uri}")


def shape(diagnostics):
    return [((d.range.start.line, d.range.start.character), (d.range.end.line, d.range.end.character),
             d.code, d.severity, d.source, d.message) for d in diagnostics]


KIEV = "Kiev → Kyiv (variant of place \"kyiv\"; Capital of Ukraine.)"
TURKEY = "Turkey's → Türkiye's (variant of country \"turkiye\")"
KYIVV = "Kyivv → Kyiv (misspelling of place \"kyiv\"; Capital of Ukraine.)"
W = types.DiagnosticSeverity.Warning


@pytest.mark.asyncio
async def test_utf16_ranges_after_non_bmp_characters(utf16: LanguageClient):
    assert utf16.init_result.capabilities.position_encoding == "utf-16"
    assert utf16.init_result.server_info.name == "onym"
    uri = open_text(utf16, "a.txt", TEXT)
    found = await diagnostics_of(utf16, uri)
    assert shape(found) == [((0, 12), (0, 16), "variant", W, "onym", KIEV),
                            ((1, 7), (1, 15), "variant", W, "onym", TURKEY),
                            ((1, 25), (1, 30), "misspelling", W, "onym", KYIVV)]
    assert found[0].data == {"concept": "kyiv", "found": "Kiev", "suggestion": "Kyiv"}


@pytest.mark.asyncio
async def test_utf8_ranges_and_an_edit_that_clears_a_finding(utf8: LanguageClient):
    assert utf8.init_result.capabilities.position_encoding == "utf-8"
    uri = open_text(utf8, "b.txt", TEXT)
    found = await diagnostics_of(utf8, uri)
    assert shape(found) == [((0, 14), (0, 18), "variant", W, "onym", KIEV),
                            ((1, 10), (1, 18), "variant", W, "onym", TURKEY),
                            ((1, 28), (1, 33), "misspelling", W, "onym", KYIVV)]
    # Kiev → Kyiv typed over the finding (an incremental change, UTF-8 positions).
    utf8.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=0, character=14), end=types.Position(line=0, character=18)), text="Kyiv")]))
    await asyncio.sleep(0.6)
    assert shape(utf8.diagnostics[uri]) == [((1, 10), (1, 18), "variant", W, "onym", TURKEY),
                                            ((1, 28), (1, 33), "misspelling", W, "onym", KYIVV)]


def describe(action):
    """A code action's title and kind, or a command's title and name."""
    if isinstance(action, types.CodeAction):
        return (action.title, action.kind, action.is_preferred)
    return (action.title, "command", action.command)


@pytest.mark.asyncio
async def test_code_actions(utf16: LanguageClient):
    uri = open_text(utf16, "c.md", "Talks in Kiev.\n", language="markdown")
    found = await diagnostics_of(utf16, uri)
    actions = await utf16.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=found[0].range,
        context=types.CodeActionContext(diagnostics=list(found))))
    # What the server carries out itself comes as LSP's plain Command.
    assert [describe(a) for a in actions] == [
        ("Replace “Kiev” with “Kyiv”", "quickfix", True),
        ("Allow “Kiev” here", "command", "onym.allowHere"),
        ("Add “Kiev” to the glossary as an allowed phrase of kyiv", "command", "onym.allowPhrase"),
        ("Fix every name Onym can (1)", "source.fixAll.onym", None),
    ]
    fix = actions[0].edit.changes[uri]
    assert [(e.range.start.character, e.range.end.character, e.new_text) for e in fix] == [(9, 13, "Kyiv")]
    only = await utf16.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=found[0].range,
        context=types.CodeActionContext(diagnostics=[], only=["source.fixAll"])))
    assert [a.kind for a in only] == ["source.fixAll.onym"]
    assert [(e.range.start.character, e.range.end.character, e.new_text) for e in only[0].edit.changes[uri]] == [(9, 13, "Kyiv")]
    # "Allow here": the server asks the editor to insert the Markdown suppression comment.
    allow = actions[1]
    assert list(allow.arguments) == [{"uri": uri, "line": 0}]
    assert await utf16.workspace_execute_command_async(types.ExecuteCommandParams(command=allow.command, arguments=allow.arguments)) is None
    await asyncio.sleep(0.3)
    edit = utf16.applied[-1].changes[uri][0]
    assert (edit.range.start.line, edit.range.start.character, edit.new_text) == (0, 0, "<!-- onym-disable-next-line -->\n")


@pytest.mark.asyncio
async def test_hover_cards_for_right_and_wrong_names(utf16: LanguageClient):
    uri = open_text(utf16, "d.txt", "Kiev and Türkiye.\n")
    await diagnostics_of(utf16, uri)
    wrong = await utf16.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=2)))
    assert wrong.contents.value == "\n".join([
        "**Kyiv** · place · `kyiv`", "", KIEV.replace("(", "\\(").replace(")", "\\)"), "",
        "| language | preferred | other forms |", "|---|---|---|",
        "| en | Kyiv | variants: Kiev |", "| uk | Київ | variants: Киев |", "| de | Kyjiw | variants: Kiew |",
        "", "Capital of Ukraine."])
    right = await utf16.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=11)))
    lines = right.contents.value.split("\n")
    assert lines[:3] == ["**Türkiye** · country · `turkiye`", "", "“Türkiye” is the preferred en form"]
    assert (right.range.start.character, right.range.end.character) == (9, 16)
    nothing = await utf16.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=6)))
    assert nothing is None


@pytest.mark.asyncio
async def test_pull_diagnostics(pulling: LanguageClient):
    uri = (PULL_FOLDER / "e.txt").as_uri()
    pulling.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=TEXT)))
    report = await pulling.text_document_diagnostic_async(types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert report.kind == "full"
    assert shape(report.items) == [((0, 12), (0, 16), "variant", W, "onym", KIEV),
                                   ((1, 7), (1, 15), "variant", W, "onym", TURKEY),
                                   ((1, 25), (1, 30), "misspelling", W, "onym", KYIVV)]
    again = await pulling.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=report.result_id))
    assert again.kind == "unchanged"
    assert pulling.diagnostics == {}  # nothing pushed to a client that pulls


@pytest.mark.asyncio
async def test_commands_edit_the_glossary_and_a_reload_rechecks(pulling: LanguageClient):
    uri = (PULL_FOLDER / "f.txt").as_uri()
    pulling.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text="Talks in Kyivv and Chicken Kiev.\n")))
    ask = lambda: pulling.text_document_diagnostic_async(types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert [(d.code, d.message) for d in (await ask()).items] == [
        ("misspelling", "Kyivv → Kyiv (misspelling of place \"kyiv\"; Capital of Ukraine.)"),
        ("variant", KIEV)]
    added = await pulling.workspace_execute_command_async(types.ExecuteCommandParams(
        command="onym.addVariant", arguments=[{"concept": "kyiv", "form": "Kyivv", "language": "en"}]))
    assert added == {"concept": "kyiv", "added": "Kyivv", "as": "variant", "in": str(PULL_FOLDER / "house.yaml")}
    assert "Kyivv" in (PULL_FOLDER / "house.yaml").read_text(encoding="utf-8")
    assert [(d.code, d.message) for d in (await ask()).items] == [
        ("variant", "Kyivv → Kyiv (variant of place \"kyiv\"; Capital of Ukraine.)"), ("variant", KIEV)]
    allowed = await pulling.workspace_execute_command_async(types.ExecuteCommandParams(
        command="onym.allowPhrase", arguments=[{"concept": "kyiv", "form": "Chicken Kiev", "language": "en"}]))
    assert allowed["as"] == "allowed phrase"
    assert [d.code for d in (await ask()).items] == ["variant"]
    assert pulling.diagnostic_refresh_count == 0  # the client did not offer refreshSupport
    # .onym.yaml changes on disk: the server reloads it by itself (within a second or two).
    (PULL_FOLDER / ".onym.yaml").write_text("glossaries: [house.yaml]\nseverity: { variant: off }\n", encoding="utf-8")
    for _ in range(40):
        await asyncio.sleep(0.1)
        if not (await ask()).items:
            break
    assert list((await ask()).items) == []


@pytest.mark.asyncio
async def test_unknown_requests_and_bad_commands_are_errors(utf16: LanguageClient):
    with pytest.raises(Exception, match="unknown command onym.nothing"):
        await utf16.workspace_execute_command_async(types.ExecuteCommandParams(command="onym.nothing", arguments=[]))
    with pytest.raises(Exception, match="unknown method textDocument/definition"):
        await utf16.text_document_definition_async(types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=(FOLDER / "x.txt").as_uri()), position=types.Position(line=0, character=0)))


def frame(message):
    body = json.dumps(message).encode() if isinstance(message, dict) else message
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def answers(stdout):
    """The messages in a server's whole output."""
    out, rest = [], stdout
    while rest:
        head, rest = rest.split(b"\r\n\r\n", 1)
        length = int(head.split(b":")[1])
        out.append(json.loads(rest[:length]))
        rest = rest[length:]
    return out


def test_protocol_errors_and_exit_codes():
    folder = project()
    env = {"ONYM_CACHE_DIR": str(folder / "cache"), "PATH": "/usr/bin:/bin"}
    # A request before initialize, a body that is not JSON, then shutdown and exit: 0.
    script = frame({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {}}) + frame(b"{not json}") \
        + frame({"jsonrpc": "2.0", "id": 2, "method": "initialize", "params": {"capabilities": {}, "rootUri": folder.as_uri()}}) \
        + frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "method": "exit"})
    done = subprocess.run([BINARY, "lsp"], input=script, capture_output=True, env=env, cwd=folder, timeout=60)
    assert done.returncode == 0, done.stderr
    messages = answers(done.stdout)
    assert messages[0] == {"jsonrpc": "2.0", "id": 1, "error": {"code": -32002, "message": "the server is not initialized"}}
    assert messages[1] == {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "the message is not JSON"}}
    assert messages[2]["id"] == 2 and messages[2]["result"]["capabilities"]["positionEncoding"] == "utf-16"
    assert messages[3] == {"jsonrpc": "2.0", "id": 3, "result": None}
    # exit without shutdown, and input that ends without exit: 1, as the protocol says.
    for script in [frame({"jsonrpc": "2.0", "method": "exit"}), b""]:
        assert subprocess.run([BINARY, "lsp"], input=script, capture_output=True, env=env, cwd=folder, timeout=60).returncode == 1
