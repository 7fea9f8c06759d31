"""language_tool_python, a real LanguageTool client, with Onym as its server."""
import language_tool_python

TEXT = "𝒳 😀 Talks in Kiev and Turkey ended. 🇺🇦 Kiev again."


def test_matches_and_corrected_text(server):
    tool = language_tool_python.LanguageTool("en-US", remote_server=server.url)
    matches = tool.check(TEXT)
    # The client turns LanguageTool's UTF-16 offsets into Python's code points.
    assert [(m.offset, m.error_length, m.rule_id, m.replacements, TEXT[m.offset:m.offset + m.error_length]) for m in matches] == [
        (13, 4, "ONYM_VARIANT", ["Kyiv"], "Kiev"),
        (22, 6, "ONYM_VARIANT", ["Türkiye"], "Turkey"),
        (39, 4, "ONYM_VARIANT", ["Kyiv"], "Kiev"),
    ]
    assert matches[0].category == "ONYM_NAMES"
    assert matches[0].rule_issue_type == "misspelling"
    assert tool.correct(TEXT) == "𝒳 😀 Talks in Kyiv and Türkiye ended. 🇺🇦 Kyiv again."
    tool.close()


def test_disabled_rules_and_other_languages(server):
    tool = language_tool_python.LanguageTool("de-DE", remote_server=server.url)
    assert [m.replacements for m in tool.check("Gespräche in Kiew.")] == [["Kyjiw"]]
    tool.disabled_rules = {"ONYM_VARIANT"}
    assert tool.check("Gespräche in Kiew.") == []
    tool.close()
