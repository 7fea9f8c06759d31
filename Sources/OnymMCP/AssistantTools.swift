import MCP

/// The tools `onym mcp` offers, with input schemas that say what each argument is and
/// give examples. None changes anything: all carry `readOnlyHint`.
enum AssistantTools {
    static let all: [Tool] = [
        Tool(name: "lookup_name", title: "Look up a name",
             description: "Finds the glossary concepts a name refers to, in any language or script, as written or misspelled (exact forms first, then case and diacritics folded, then Latin transliteration, then near misses), and gives each concept's preferred and other forms in every language. The JSON of `onym lookup --format json`.",
             inputSchema: schema(["query": string("A name as written in a text, in any language or script; misspellings are found too.", ["Kiev", "Київ", "Zelenskiy"]),
                                  "lang": language("The query's language: its case rules apply and its forms rank first.")], required: ["query"]),
             annotations: .init(title: "Look up a name", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)),
        Tool(name: "check_text", title: "Check a text's names",
             description: "Checks a text's names against the glossary: variants, forbidden forms, wrong diacritics or case, misspellings, look-alike letters. The JSON of `onym lint --format json` for one file: each finding with its line, column, byte offset, found text, suggestion, concept, kind, severity and message.",
             inputSchema: schema(["text": string("The text to check.", ["Talks in Kiev with President Zelensky."]),
                                  "format": format, "lang": language("The text's language (else from the text, else the configured default).")],
                                 required: ["text"]),
             annotations: .init(title: "Check a text's names", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)),
        Tool(name: "fix_text", title: "Fix a text's names",
             description: "Applies the glossary's safe suggestions to a text (variants, forbidden forms, diacritics, case, look-alikes; not near misses) and returns the fixed text, a unified diff of the change, the findings fixed and those left. Nothing is written anywhere.",
             inputSchema: schema(["text": string("The text to fix.", ["Talks in Kiev with President Zelensky."]),
                                  "format": format, "lang": language("The text's language (else from the text, else the configured default).")],
                                 required: ["text"]),
             annotations: .init(title: "Fix a text's names", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)),
        Tool(name: "get_concept", title: "Read a concept",
             description: "One concept of the glossary by its id (as lookup_name and check_text give it): its kind, note, date, sources and each language's preferred, admitted, variant, forbidden, allowed and generated forms.",
             inputSchema: schema(["id": string("A concept's id.", ["kyiv", "zelenskyy"])], required: ["id"]),
             annotations: .init(title: "Read a concept", readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)),
    ]

    static let format: Value = [
        "type": "string", "enum": ["plain", "markdown", "html"], "default": "plain",
        "description": "How the text is written: plain text, Markdown or HTML (code, URLs and markup are not checked).",
    ]

    static func string(_ description: String, _ examples: [String]) -> Value {
        ["type": "string", "description": .string(description), "examples": .array(examples.map { .string($0) })]
    }

    static func language(_ description: String) -> Value {
        ["type": "string", "description": .string(description + " A BCP 47 tag."), "examples": ["en", "de", "uk"]]
    }

    static func schema(_ properties: [String: Value], required: [String]) -> Value {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }), "additionalProperties": false]
    }
}
