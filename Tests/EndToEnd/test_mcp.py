"""`onym mcp` driven by the `mcp` package (the Python SDK's client over stdio): the tools
and their read-only hints, each tool called with exact results, tool errors, and the
concept resources."""
import json
import subprocess

import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from conftest import BINARY, folder_with_glossary

FOLDER, ENV = folder_with_glossary()
GLOSSARY = str(FOLDER / "house.yaml")


async def with_session(body):
    params = StdioServerParameters(command=BINARY, args=["mcp", "--glossary", GLOSSARY], env=ENV, cwd=str(FOLDER))
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            info = await session.initialize()
            return info, await body(session)


def text_of(result):
    assert len(result.content) == 1 and result.content[0].type == "text"
    return result.content[0].text


@pytest.mark.asyncio
async def test_tools_are_listed_read_only_with_schemas():
    info, tools = await with_session(lambda s: s.list_tools())
    assert info.server_info.name == "onym"
    assert [t.name for t in tools.tools] == ["lookup_name", "check_text", "fix_text", "get_concept"]
    assert all(t.annotations.read_only_hint for t in tools.tools)
    lookup = tools.tools[0].input_schema
    assert lookup["required"] == ["query"] and lookup["properties"]["query"]["examples"] == ["Kiev", "Київ", "Zelenskiy"]
    assert tools.tools[1].input_schema["properties"]["format"]["enum"] == ["plain", "markdown", "html"]


@pytest.mark.asyncio
async def test_lookup_name_answers_as_the_cli():
    _, result = await with_session(lambda s: s.call_tool("lookup_name", {"query": "Kiev", "lang": "en"}))
    cli = subprocess.run([BINARY, "lookup", "Kiev", "--glossary", GLOSSARY, "--format", "json"], capture_output=True, text=True, env=ENV, check=True)
    assert result.is_error is False
    assert text_of(result) == cli.stdout.strip()
    assert json.loads(text_of(result))["matches"][0]["terms"]["en"]["preferred"] == "Kyiv"


@pytest.mark.asyncio
async def test_check_text_and_fix_text():
    async def both(session):
        return (await session.call_tool("check_text", {"text": "Talks in Kiev with Turkey.\n"}),
                await session.call_tool("fix_text", {"text": "Talks in Kiev with Turkey.\nNothing here.\n", "format": "plain"}))
    _, (checked, fixed) = await with_session(both)
    report = json.loads(text_of(checked))
    assert [(f["found"], f["suggestion"], f["kind"], f["line"], f["column"]) for f in report["files"][0]["findings"]] == [
        ("Kiev", "Kyiv", "variant", 1, 10), ("Turkey", "Türkiye", "variant", 1, 20)]
    assert report["files"][0]["lang"] == "en" and report["summary"]["warnings"] == 2
    fix = json.loads(text_of(fixed))
    assert fix["text"] == "Talks in Kyiv with Türkiye.\nNothing here.\n"
    assert fix["diff"] == ("--- a/<text>\n+++ b/<text>\n@@ -1,2 +1,2 @@\n-Talks in Kiev with Turkey.\n"
                           "+Talks in Kyiv with Türkiye.\n Nothing here.\n")
    assert [f["found"] for f in fix["fixed"]] == ["Kiev", "Turkey"] and fix["findings"] == []


@pytest.mark.asyncio
async def test_get_concept_and_tool_errors():
    async def calls(session):
        return [await session.call_tool("get_concept", {"id": "turkiye"}),
                await session.call_tool("get_concept", {"id": "atlantis"}),
                await session.call_tool("check_text", {"text": "x", "format": "rtf"}),
                await session.call_tool("lookup_name", {"query": "Kiev", "lang": "not a tag!"}),
                await session.call_tool("lookup_name", {})]
    _, (concept, missing, bad_format, bad_lang, no_query) = await with_session(calls)
    assert json.loads(text_of(concept)) == {
        "id": "turkiye", "kind": "country", "sources": [],
        "terms": {"de": {"admitted": [], "allow": [], "forbidden": [], "generated": [], "preferred": "Türkei", "variants": []},
                  "en": {"admitted": [], "allow": [], "forbidden": [], "generated": [], "preferred": "Türkiye", "variants": ["Turkey"]}}}
    assert (missing.is_error, text_of(missing)) == (True, "no concept has the id 'atlantis'")
    assert (bad_format.is_error, text_of(bad_format)) == (True, "format must be plain, markdown or html, not 'rtf'")
    assert bad_lang.is_error and text_of(bad_lang).startswith("'lang': ")
    assert (no_query.is_error, text_of(no_query)) == (True, "'query' is required, as a string")


@pytest.mark.asyncio
async def test_a_resource_per_concept():
    async def resources(session):
        return (await session.list_resource_templates(), await session.list_resources(),
                await session.read_resource("onym://concept/kyiv"))
    _, (templates, listed, read) = await with_session(resources)
    assert [t.uri_template for t in templates.resource_templates] == ["onym://concept/{id}"]
    assert [(str(r.uri), r.name, r.title) for r in listed.resources] == [
        ("onym://concept/kyiv", "kyiv", "Kyiv"), ("onym://concept/turkiye", "turkiye", "Türkiye")]
    card = json.loads(read.contents[0].text)
    assert (card["id"], card["note"], card["terms"]["uk"]["preferred"]) == ("kyiv", "Capital of Ukraine.", "Київ")
