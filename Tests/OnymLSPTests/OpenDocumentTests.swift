import Testing
@testable import OnymLSP

@Suite struct OpenDocumentTests {
    @Test func incrementalChangesInEitherEncoding() {
        var document = OpenDocument(uri: "file:///a.md", languageID: "markdown", version: 1, text: "😀 Kiev\nzwei")
        #expect(document.format == .markdown)
        // "Kiev" → "Kyiv": UTF-16 positions 3..7 on line 0.
        document.apply(["range": ["start": ["line": 0, "character": 3], "end": ["line": 0, "character": 7]], "text": "Kyiv"], .utf16)
        #expect(String(decoding: document.text, as: UTF8.self) == "😀 Kyiv\nzwei")
        // An insertion at the end, in UTF-8 positions, and a line joined.
        document.apply(["range": ["start": ["line": 0, "character": 9], "end": ["line": 1, "character": 0]], "text": " "], .utf8)
        #expect(String(decoding: document.text, as: UTF8.self) == "😀 Kyiv zwei")
        // No range: the whole text.
        document.apply(["text": "neu"], .utf16)
        #expect(String(decoding: document.text, as: UTF8.self) == "neu")
        #expect(document.lines.starts == [0])
    }

    @Test func theFormatFromTheLanguageIdElseTheName() {
        #expect(OpenDocument(uri: "file:///a.txt", languageID: "html", version: 1, text: "").format == .html)
        #expect(OpenDocument(uri: "file:///a.htm", languageID: "xml", version: 1, text: "").format == .html)
        #expect(OpenDocument(uri: "file:///a.md", languageID: "plaintext", version: 1, text: "").format == .plain)
    }
}
